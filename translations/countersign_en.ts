<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CsvRowCounter</name>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneContext</name>
    <message>
        <source>Sign in as a %1 to do this (top right, or Ctrl+Shift+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the %2 role on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Model Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp; Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-guardrails pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::AuditBrowser</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hash every record, check the chain, the columns, the tree and every signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected records (or all shown) as JSON lines</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit store open.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601 in UTC, e.g. 2026-11-03T02:00:00Z or 2026-11-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;&amp; inclusion proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a checkpoint of the store now and save it for an auditor, who can later prove that nothing it covers was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 records and every signed checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the signed checkpoint of %1 records to %2; the store&apos;s verifier key is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export checkpoint for an auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints (*.checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::AuditConsistencyView</name>
    <message>
        <source>Proves that the tree of the later size extends the earlier one: nothing of the first records was changed, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From tree size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tree size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No proof from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The tree of %1 records extends the tree of %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The proof from %1 to %2 records does not verify: the store&apos;s tree is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::AuditPane</name>
    <message>
        <source>Open a workspace to see its audit store: File &gt; Open Workspace (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit store is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can be signed or recorded until the store opens again (File &gt; Reload Workspace after fixing it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::AuditRecordDetail</name>
    <message>
        <source>Select a record to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion proof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No proof: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The proof does not verify: the store&apos;s tree disagrees with this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Included in the signed checkpoint of %n record(s).</source>
        <translation>
            <numerusform>✓ Included in the signed checkpoint of %n record.</numerusform>
            <numerusform>✓ Included in the signed checkpoint of %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The proof&apos;s root differs from the signed checkpoint of %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Included in the current tree of %n record(s) (not yet in a signed checkpoint).</source>
        <translation>
            <numerusform>✓ Included in the current tree of %n record (not yet in a signed checkpoint).</numerusform>
            <numerusform>✓ Included in the current tree of %n records (not yet in a signed checkpoint).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1
hash     %2
previous %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash %1
previous %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ This record&apos;s bytes no longer match its hash: it was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::AuditRecordModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::BundleHeader</name>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model version in the navigator on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace folder with File &gt; Open Workspace (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot be read, so no gate can run on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner %1 · created %2 · bundle digest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release state: %1 · no change request open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::BundleTreeModel</name>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotfix candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between states</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::CalendarPanel</name>
    <message>
        <source>Release calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retraining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature freeze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retraining on the first %1 of each month; feature snapshot frozen the %2 before at %3 %4; a %n-hour evaluation window.</source>
        <translation>
            <numerusform>Retraining on the first %1 of each month; feature snapshot frozen the %2 before at %3 %4; a %n-hour evaluation window.</numerusform>
            <numerusform>Retraining on the first %1 of each month; feature snapshot frozen the %2 before at %3 %4; a %n-hour evaluation window.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the window: it closes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the window: it opens in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the window: it closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::FindingModel</name>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No severity: blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No severity: warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n finding)</numerusform>
            <numerusform>%1 (%n findings)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance by %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::IntegrityTableModel</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::JsonTree</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an ECDSA P-256 signing key for &lt;b&gt;%1&lt;/b&gt;. The private key is stored encrypted with your passphrase (PBKDF2-HMAC-SHA256, 600,000 iterations, AES-256) and readable only by you. Give the public key below to whoever maintains the roster (config/ml/operators.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (PEM) for the roster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key to see its public key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the public key (SubjectPublicKeyInfo DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt your key file under a new passphrase. The key itself stays the same, so the roster needs no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat new:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists already; choose another file (an existing key is never overwritten here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the key and encrypting it (this takes a moment)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two new passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key written to %1. Copy the public key into the roster for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed for %1 (key id %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::MainActions</name>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bundle &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Bundle Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Audit Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Audit &amp;Store Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Sign-offs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::MainStatusBar</name>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the digest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the audit store path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Countersign %1&lt;/h3&gt;&lt;p&gt;Release console for production ML models: review a retraining bundle through its guardrails, sign off with your own key, approve deployment with a dual approval and browse the tamper-evident audit store.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit store extends the checkpoint of %n record(s) you last saw.</source>
        <translation>
            <numerusform>The audit store extends the checkpoint of %n record you last saw.</numerusform>
            <numerusform>The audit store extends the checkpoint of %n records you last saw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit store inconsistent: signing is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit store inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit store cannot prove that it extends the last checkpoint you saw: records may have been changed, removed or truncated, or this is another copy of the log.

%1

Signing is refused until this is resolved. Keep the file as it is and tell your security team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit store unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit store %1 cannot be opened; nothing can be signed or recorded until this is fixed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit store INCONSISTENT: signing refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit store unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit store: %n record(s)</source>
        <translation>
            <numerusform>Audit store: %n record</numerusform>
            <numerusform>Audit store: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>countersign::ui::Navigator</name>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models and versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::OperatorSelector</name>
    <message>
        <source>, </source>
        <comment>separator between role names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working at this console. The passphrase is asked only when you sign something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::OverviewPane</name>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle digest (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot frozen at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::Pane</name>
    <message>
        <source>Open a workspace to review its bundles: File &gt; Open Workspace (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model version in the navigator on the left (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::ReleaseActions</name>
    <message>
        <source>choose a readable bundle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in first (top right, or Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 rejected? The justification is signed with your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 as %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused and recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release attestation was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release attestation written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 for the deployment webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment webhook notified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deployment webhook failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Deployment webhook failed after %n attempt: %1</numerusform>
            <numerusform>Deployment webhook failed after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a hotfix for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does %1 need the hotfix lane? It then needs the Risk &amp; Compliance approval before deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix lane opened for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drift gate has not been evaluated for this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix lane opened for %1 from the drift breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 rolled back to the last known-good version? The justification is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback of %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (roll back to %2; its integrity %3, result sha256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 is deployed to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as deployed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::ReleaseBoard</name>
    <message>
        <source>Release board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release board: change requests of every bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::ReleaseBoardModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::ReleasePane</name>
    <message>
        <source>Production and rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set in controls.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known good (rollback target):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to review its bundles: File &gt; Open Workspace (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a change request on the board or a version in the navigator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardrails/report.json, %1, written %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guardrails/report.json yet (countersign-cli gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to act on a change request (top right, or Ctrl+Shift+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit store is unavailable, so nothing can be signed or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the next step of this request you may sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not open for approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request with a signed justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the request to the hotfix lane, with a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open scheduled request can move to the hotfix lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drift gate breached: open the hotfix lane from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drift gate has not breached for this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the release attestation and notify the deployment webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release attestation is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation needs the dual approval first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this release is deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved, attested release can be marked deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the last known-good version: a signed, recorded action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deployed release can be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::ReportedMetricsSection</name>
    <message>
        <source>Reported evaluation (model owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As reported in %1. The gates recompute these figures from the bundle&apos;s own data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::RequestPanel</name>
    <message>
        <source>Change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;hotfix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix from &amp;drift breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write release a&amp;ttestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark de&amp;ployed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 lane · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix lane (%1): approvals are not bound to the change window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window: opens with the first record of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window %1 – %2: opens in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window %1 – %2: open, closes in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window %1 – %2: closed; approvals are refused outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual approval: 0 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual approval: %1 of %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release attestation written to %1 at %2 (audit record %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment webhook %1: %2 after %3 attempt(s), HTTP %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Marked deployed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Rolled back to %1 by %2 at %3; post-rollback validation until %4, RCA due %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release attestation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Refused: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::RiskAcceptanceDialog</name>
    <message>
        <source>Accept risk: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accepted finding no longer blocks the security gate of %1 while the acceptance lasts. It is signed with your key and recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed versions covered: &quot;=1.2.3&quot;, &quot;&gt;=1.0 &lt;1.4&quot;, alternatives joined by &quot;||&quot;, &quot;*&quot; for any version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the risk is acceptable (not reachable, mitigated by…, fix scheduled in…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts &amp;through (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::RiskCharts</name>
    <message>
        <source>TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (n/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ⚑ small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed (bound %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — gap %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (95 % CI %1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · bound %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no gap: no group has positives · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI per feature — %1 · max %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI per feature — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bin (baseline deciles, low to high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — PSI %3 · %4 · missing %5 / %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::RiskPane</name>
    <message>
        <source>Bias evaluation set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal-opportunity gap must stay below %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.json has no &quot;evaluation&quot; section, so the bias gate cannot run: it will report an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (positive class: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score column %1, positive when ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1, positive values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows (from controls.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI above %1 breaches (hotfix), above %2 warns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.json has no &quot;drift&quot; section, so the drift gate has no samples to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix requested (audit record %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store is not open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 recorded (audit record %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::RiskReviewWidget</name>
    <message>
        <source>No bundle selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness: equal opportunity (TPR per group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift: population stability index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI per feature chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline and current distribution chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification (required to override a failed bias gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override bias gate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the bias and drift gates for %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Bias: %2 (%3) · Drift: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias gate could not read its input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR per group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion counts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sel. rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drift gate could not read its input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PSI %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an operator key and open the audit store to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias gate failed: only a signed override with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias gate could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the Risk Officer&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed bias gate can be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the justification first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign an override of the failed bias gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hotfix request for the drift breach in the audit store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature breaches PSI &gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override of the bias gate signed and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off signed and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotfix requested (audit record %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::SecurityPane</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve security review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the risk of the selected finding, signed with your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit store is not open, so nothing can be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to accept its risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a finding in a package can be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk accepted: %1 in %2 until %3 (audit record %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the security step for this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject this bundle at the security step, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the integrity check and the scanner findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off records both gate results once they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1 · Security: %2. Approving signs both results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate did not pass: approval will be refused until it does (a finding&apos;s risk may be accepted); you can reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: the audit store is not open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1. Security: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security sign-off recorded (%1, audit record %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security sign-off recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::SecurityPaneView</name>
    <message>
        <source>Integrity: checksums against the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artefacts and their verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, title, target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to accept its risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings (signed risk acceptances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the manifest, not verified yet.</source>
        <translation>
            <numerusform>%n file in the manifest, not verified yet.</numerusform>
            <numerusform>%n files in the manifest, not verified yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scanner reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (blocking at %3 and above; no severity: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not audited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings (%2) · %3 blocking · %4 accepted · showing %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the SHA-256 of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::SignOffActions</name>
    <message>
        <source>Create your signing key or change its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the key belongs to the signed-in operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a decision on the selected bundle with your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every sign-off of the bundle against the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a readable bundle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a readable bundle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in first (top right, or Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1&apos;s roles signs a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 written to %2: put its public key in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 by %3 as %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused and recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused:

%2

The refusal was recorded in the audit store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual approval complete: release attestation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::SignOffChoiceDialog</name>
    <message>
        <source>Sign off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign as %1 (%2). Choose the step and your decision; the next window shows exactly what is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your roles signs a step of a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs a justification: it is signed with your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the %1 step in the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::SignOffListView</name>
    <message>
        <source>No bundle selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs and their verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the sign-offs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-offs yet.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::SignOffsDialog</name>
    <message>
        <source>Sign-offs of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::SigningDialog</name>
    <message>
        <source>signing is not available: no roster or audit store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to sign the following with your key. Your signature says you reviewed exactly this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.json SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on the roster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store&apos;s current checkpoint, taken when you sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now %2 records; the checkpoint taken when you sign is included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate results you saw (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the passphrase of your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking your key and signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and recorded: %1 (audit record %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 can sign an acceptance made out to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in %1 (now %2 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: risk acceptance — %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the risk of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (seen on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC); it stops counting then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and recorded: audit record %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::VerdictBadge</name>
    <message>
        <source>%1 %2</source>
        <comment>verdict, detail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>badge title: state</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countersign::ui::WorkflowHeader</name>
    <message>
        <source>not evaluated for this bundle digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window opens in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit store unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release console for production ML models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as if it were TIME (UTC, ISO 8601) when the console starts, for demos and training; the status bar says so and records carry that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countersign: --clock &quot;%1&quot; is not an ISO 8601 time such as 2026-11-03T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock set to %1 UTC (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with --clock: times, change windows and new records use this clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
