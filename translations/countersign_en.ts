<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CsvRowCounter</name>
        <message>
            <source>file not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaneContext</name>
        <message>
            <source>Sign in as a %1 to do this (top right, or Ctrl+Shift+I).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not hold the %2 role on the roster.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Model Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security Engineer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ops Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk &amp; Compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ml-guardrails pipeline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not evaluated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditBrowser</name>
        <message>
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From (UTC, ISO 8601)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To (UTC, ISO 8601)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search in records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verify store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-hash every record, check the chain, the columns, the tree and every signed checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verification progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%v of %m records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the selected records (or all shown) as JSON lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verifying…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✓ Store verified: %n record(s)</source>
            <translation>
                <numerusform>✓ Store verified: %n record</numerusform>
                <numerusform>✓ Store verified: %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n signed checkpoint(s) checked.</source>
            <translation>
                <numerusform>, %n signed checkpoint checked.</numerusform>
                <numerusform>, %n signed checkpoints checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Verification cancelled after %n record(s).</source>
            <translation>
                <numerusform>Verification cancelled after %n record.</numerusform>
                <numerusform>Verification cancelled after %n records.</numerusform>
            </translation>
        </message>
        <message>
            <source>✗ TAMPERING FOUND (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No audit store open.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s), no checkpoint yet</source>
            <translation>
                <numerusform>%n record, no checkpoint yet</numerusform>
                <numerusform>%n records, no checkpoint yet</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 records · checkpoint %2 · root %3…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n record(s).</source>
            <translation>
                <numerusform>Exported %n record.</numerusform>
                <numerusform>Exported %n records.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export audit records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON lines (*.jsonl)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditPane</name>
        <message>
            <source>Open a workspace to see its audit store: File &gt; Open Workspace (Ctrl+O).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last written:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not created yet: the first gate run or sign-off creates it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditRecordDetail</name>
        <message>
            <source>Select a record to see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inclusion proof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inclusion proof:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record %1 · hash %2
previous %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ No proof: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ The proof does not verify: the store's tree disagrees with this record.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✓ Included in the signed checkpoint of %n record(s).</source>
            <translation>
                <numerusform>✓ Included in the signed checkpoint of %n record.</numerusform>
                <numerusform>✓ Included in the signed checkpoint of %n records.</numerusform>
            </translation>
        </message>
        <message>
            <source>✗ The proof's root differs from the signed checkpoint of %1 records.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✓ Included in the current tree of %n record(s) (not yet in a signed checkpoint).</source>
            <translation>
                <numerusform>✓ Included in the current tree of %n record (not yet in a signed checkpoint).</numerusform>
                <numerusform>✓ Included in the current tree of %n records (not yet in a signed checkpoint).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditRecordModel</name>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::BundleHeader</name>
        <message>
            <source>Integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No version selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No workspace open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a model version in the navigator on the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workspace folder with File &gt; Open Workspace (Ctrl+O).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version cannot be read, so no gate can run on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hotfix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner %1 · created %2 · bundle digest %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release state: %1 · no change request open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::BundleTreeModel</name>
        <message>
            <source>invalid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last known good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>superseded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hotfix candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>separator between states</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n version</numerusform>
                <numerusform>%n versions</numerusform>
            </translation>
        </message>
        <message>
            <source>Model %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 cannot be read: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model / version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::JsonTree</name>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n key</numerusform>
                <numerusform>%n keys</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::KeySetupDialog</name>
        <message>
            <source>Key setup — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change &amp;passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an ECDSA P-256 signing key for &lt;b&gt;%1&lt;/b&gt;. The private key is stored encrypted with your passphrase (PBKDF2-HMAC-SHA256, 600,000 iterations, AES-256) and readable only by you. Give the public key below to whoever maintains the roster (config/ml/operators.json).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Generate key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public key (PEM) for the roster:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate a key to see its public key here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public key PEM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Key id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 of the public key (SubjectPublicKeyInfo DER)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy public key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-encrypt your key file under a new passphrase. The key itself stays the same, so the roster needs no change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;epeat new:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose a key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file exists already; choose another file (an existing key is never overwritten here)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generating the key and encrypting it (this takes a moment)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the two new passphrases differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-encrypting the key file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key written to %1. Copy the public key into the roster for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase changed for %1 (key id %2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::MainActions</name>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reload Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign In As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign O&amp;ut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;Navigator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go to Navigator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Bundle &amp;Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy Bundle Digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;Audit Pane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy Audit &amp;Store Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Countersign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show %1 Pane</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::MainStatusBar</name>
        <message>
            <source>No workspace open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n version</numerusform>
                <numerusform>%n versions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n unreadable</source>
            <translation>
                <numerusform>, %n unreadable</numerusform>
                <numerusform>, %n unreadable</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::MainWindow</name>
        <message>
            <source>Countersign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the digest of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the audit store path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear Recent Workspaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be opened as a workspace.

%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit store present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No audit store yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Countersign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Countersign %1&lt;/h3&gt;&lt;p&gt;Release console for production ML models: review a retraining bundle through its guardrails, sign off with your own key, approve deployment with a dual approval and browse the tamper-evident audit store.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::Navigator</name>
        <message>
            <source>&amp;Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models and versions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::OperatorSelector</name>
        <message>
            <source>, </source>
            <comment>separator between role names</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed-in operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who is working at this console. The passphrase is asked only when you sign something.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::OverviewPane</name>
        <message>
            <source>Manifest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hotfix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle digest (SHA-256):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manifest file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training manifest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code revision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feature snapshot:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot frozen at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All fields:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Data hashes (%n dataset(s))</source>
            <translation>
                <numerusform>Data hashes (%n dataset)</numerusform>
                <numerusform>Data hashes (%n datasets)</numerusform>
            </translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Artefacts (%n file(s))</source>
            <translation>
                <numerusform>Artefacts (%n file)</numerusform>
                <numerusform>Artefacts (%n files)</numerusform>
            </translation>
        </message>
        <message>
            <source>Listed in SHA256SUMS, which names no sizes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::Pane</name>
        <message>
            <source>Open a workspace to review its bundles: File &gt; Open Workspace (Ctrl+O).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a model version in the navigator on the left (Ctrl+L).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 is invalid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::ReleasePane</name>
        <message>
            <source>Production and rollback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set in controls.json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (this version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last known good (rollback target):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>defaults (no controls.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline report:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2, written %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no %1 yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-offs and approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any signing role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deployment approvers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1; %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each step signed by a different person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one person may sign several steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sign-offs recorded in %1/ yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled retraining:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first %1 of each month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feature snapshot freeze:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the %1 before, %2 %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change window:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message>
            <source>Release</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::ReportedMetricsSection</name>
        <message>
            <source>Reported evaluation (model owner)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle has no %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As reported in %1. The gates recompute these figures from the bundle's own data.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::RiskPane</name>
        <message>
            <source>Bias evaluation set-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>equal-opportunity gap must stay below %1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bundle.json has no "evaluation" section, so the bias gate cannot run: it will report an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protected attributes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label column:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (positive class: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prediction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>score column %1, positive when ≥ %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column %1, positive values: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum group support:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rows (from controls.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>predictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drift samples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PSI above %1 breaches (hotfix), above %2 warns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bundle.json has no "drift" section, so the drift gate has no samples to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categorical features:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignored columns:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::SecurityPane</name>
        <message>
            <source>Artefacts and expected digests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digests as SHA256SUMS states them (no sizes). The integrity gate hashes every file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digests and sizes as bundle.json states them. The integrity gate hashes every file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size on disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanner reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocking severity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and above; findings without a severity: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No scanner reports (*.json) in %1/.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortcut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt + the underlined letter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::SignOffListView</name>
        <message>
            <source>No bundle selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-offs and their verdicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verifying the sign-offs of %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sign-offs yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sign-off(s): %1 valid, %2 invalid or void.</source>
            <translation>
                <numerusform>%n sign-off: %1 valid, %2 invalid or void.</numerusform>
                <numerusform>%n sign-offs: %1 valid, %2 invalid or void.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::SignOffVerdictModel</name>
        <message>
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed at (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::SigningDialog</name>
        <message>
            <source>signing is not available: no roster or audit store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign: %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are about to sign the following with your key. Your signature says you reviewed exactly this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bundle.json SHA-256:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) as %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change request:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing key id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not on the roster)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the audit store's current checkpoint, taken when you sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (now %2 records; the checkpoint taken when you sign is included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit log:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Justification:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate results you saw (%1):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digest (SHA-256)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enter the passphrase of your key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking your key and signing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed and recorded: %1 (audit record %2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countersign::ui::VerdictBadge</name>
        <message>
            <source>%1 %2</source>
            <comment>verdict, detail</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <comment>badge title: state</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Release console for production ML models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the workspace folder DIR.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
