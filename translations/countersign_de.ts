<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>CsvRowCounter</name>
        <message>
            <source>file not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>empty file</source>
            <translation>leere Datei</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>%1 (%2 bytes)</source>
            <translation>%1 (%2 Byte)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>PaneContext</name>
        <message>
            <source>Sign in as a %1 to do this (top right, or Ctrl+Shift+I).</source>
            <translation>Melden Sie sich dafür als %1 an (oben rechts oder Strg+Umschalt+I).</translation>
        </message>
        <message>
            <source>%1 does not hold the %2 role on the roster.</source>
            <translation>%1 hat laut Dienstplan nicht die Rolle %2.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Model Owner</source>
            <translation>Modellverantwortliche(r)</translation>
        </message>
        <message>
            <source>Risk Officer</source>
            <translation>Risikobeauftragte(r)</translation>
        </message>
        <message>
            <source>Security Engineer</source>
            <translation>Sicherheitsingenieur(in)</translation>
        </message>
        <message>
            <source>Ops Lead</source>
            <translation>Betriebsleitung</translation>
        </message>
        <message>
            <source>Risk &amp; Compliance</source>
            <translation>Risiko &amp; Compliance</translation>
        </message>
        <message>
            <source>ml-guardrails pipeline</source>
            <translation>ml-guardrails-Pipeline</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>Pass</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Nicht bestanden</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>Nicht geprüft</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditBrowser</name>
        <message>
            <source>Actor</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Action prefix</source>
            <translation>Aktionspräfix</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Gegenstand</translation>
        </message>
        <message>
            <source>From (UTC, ISO 8601)</source>
            <translation>Von (UTC, ISO 8601)</translation>
        </message>
        <message>
            <source>To (UTC, ISO 8601)</source>
            <translation>Bis (UTC, ISO 8601)</translation>
        </message>
        <message>
            <source>Search in records</source>
            <translation>In Einträgen suchen</translation>
        </message>
        <message>
            <source>Audit records</source>
            <translation>Prüfeinträge</translation>
        </message>
        <message>
            <source>&amp;Verify store</source>
            <translation>Speicher &amp;verifizieren</translation>
        </message>
        <message>
            <source>Re-hash every record, check the chain, the columns, the tree and every signed checkpoint</source>
            <translation>Jeden Eintrag neu hashen, Kette, Spalten, Baum und jeden signierten Checkpoint prüfen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Verification progress</source>
            <translation>Fortschritt der Verifikation</translation>
        </message>
        <message>
            <source>%v of %m records</source>
            <translation>%v von %m Einträgen</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export the selected records (or all shown) as JSON lines</source>
            <translation>Die ausgewählten (oder alle angezeigten) Einträge als JSON Lines exportieren</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Wird verifiziert…</translation>
        </message>
        <message numerus="yes">
            <source>✓ Store verified: %n record(s)</source>
            <translation>
                <numerusform>✓ Speicher verifiziert: %n Eintrag</numerusform>
                <numerusform>✓ Speicher verifiziert: %n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n signed checkpoint(s) checked.</source>
            <translation>
                <numerusform>, %n signierter Checkpoint geprüft.</numerusform>
                <numerusform>, %n signierte Checkpoints geprüft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Verification cancelled after %n record(s).</source>
            <translation>
                <numerusform>Verifikation nach %n Eintrag abgebrochen.</numerusform>
                <numerusform>Verifikation nach %n Einträgen abgebrochen.</numerusform>
            </translation>
        </message>
        <message>
            <source>✗ TAMPERING FOUND (%1): %2</source>
            <translation>✗ MANIPULATION GEFUNDEN (%1): %2</translation>
        </message>
        <message>
            <source>No audit store open.</source>
            <translation>Kein Prüfspeicher geöffnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s), no checkpoint yet</source>
            <translation>
                <numerusform>%n Eintrag, noch kein Checkpoint</numerusform>
                <numerusform>%n Einträge, noch kein Checkpoint</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 records · checkpoint %2 · root %3…</source>
            <translation>%1 Einträge · Checkpoint %2 · Wurzel %3…</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s).</source>
            <translation>
                <numerusform>%n Eintrag exportiert.</numerusform>
                <numerusform>%n Einträge exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export audit records</source>
            <translation>Prüfeinträge exportieren</translation>
        </message>
        <message>
            <source>JSON lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditPane</name>
        <message>
            <source>Open a workspace to see its audit store: File &gt; Open Workspace (Ctrl+O).</source>
            <translation>Öffnen Sie einen Arbeitsbereich, um seinen Prüfspeicher zu sehen: Datei &gt; Arbeitsbereich öffnen (Strg+O).</translation>
        </message>
        <message>
            <source>Audit store</source>
            <translation>Prüfspeicher</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Ort:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Zustand:</translation>
        </message>
        <message>
            <source>present</source>
            <translation>vorhanden</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>Last written:</source>
            <translation>Zuletzt geschrieben:</translation>
        </message>
        <message>
            <source>not created yet: the first gate run or sign-off creates it</source>
            <translation>noch nicht angelegt: der erste Prüflauf oder die erste Freigabe legt ihn an</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Prüfprotokoll</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditRecordDetail</name>
        <message>
            <source>Select a record to see it.</source>
            <translation>Wählen Sie einen Eintrag, um ihn zu sehen.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Inclusion proof</source>
            <translation>Inklusionsbeweis</translation>
        </message>
        <message>
            <source>Inclusion proof:</source>
            <translation>Inklusionsbeweis:</translation>
        </message>
        <message>
            <source>Record %1 cannot be read: %2</source>
            <translation>Eintrag %1 ist nicht lesbar: %2</translation>
        </message>
        <message>
            <source>Record %1 · hash %2
previous %3</source>
            <translation>Eintrag %1 · Hash %2
vorheriger %3</translation>
        </message>
        <message>
            <source>✗ No proof: %1</source>
            <translation>✗ Kein Beweis: %1</translation>
        </message>
        <message>
            <source>✗ The proof does not verify: the store's tree disagrees with this record.</source>
            <translation>✗ Der Beweis lässt sich nicht verifizieren: der Baum des Speichers widerspricht diesem Eintrag.</translation>
        </message>
        <message numerus="yes">
            <source>✓ Included in the signed checkpoint of %n record(s).</source>
            <translation>
                <numerusform>✓ Enthalten im signierten Checkpoint über %n Eintrag.</numerusform>
                <numerusform>✓ Enthalten im signierten Checkpoint über %n Einträge.</numerusform>
            </translation>
        </message>
        <message>
            <source>✗ The proof's root differs from the signed checkpoint of %1 records.</source>
            <translation>✗ Die Wurzel des Beweises weicht vom signierten Checkpoint über %1 Einträge ab.</translation>
        </message>
        <message numerus="yes">
            <source>✓ Included in the current tree of %n record(s) (not yet in a signed checkpoint).</source>
            <translation>
                <numerusform>✓ Enthalten im aktuellen Baum über %n Eintrag (noch in keinem signierten Checkpoint).</numerusform>
                <numerusform>✓ Enthalten im aktuellen Baum über %n Einträge (noch in keinem signierten Checkpoint).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::AuditRecordModel</name>
        <message>
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Zeit (UTC)</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Gegenstand</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::BundleHeader</name>
        <message>
            <source>Integrity</source>
            <translation>Integrität</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>Fairness</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>CI</source>
            <translation>CI</translation>
        </message>
        <message>
            <source>No version selected</source>
            <translation>Keine Version ausgewählt</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>Kein Arbeitsbereich geöffnet</translation>
        </message>
        <message>
            <source>Choose a model version in the navigator on the left.</source>
            <translation>Wählen Sie links im Navigator eine Modellversion.</translation>
        </message>
        <message>
            <source>Open a workspace folder with File &gt; Open Workspace (Ctrl+O).</source>
            <translation>Öffnen Sie einen Arbeitsbereich mit Datei &gt; Arbeitsbereich öffnen (Strg+O).</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>This version cannot be read, so no gate can run on it.</source>
            <translation>Diese Version ist nicht lesbar, daher kann keine Prüfung darauf laufen.</translation>
        </message>
        <message>
            <source>hotfix</source>
            <translation>Hotfix</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>planmäßig</translation>
        </message>
        <message>
            <source>%1 %2 · %3</source>
            <translation>%1 %2 · %3</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Owner %1 · created %2 · bundle digest %3</source>
            <translation>Verantwortlich %1 · erstellt %2 · Paket-Prüfsumme %3</translation>
        </message>
        <message>
            <source>Invalid: %1</source>
            <translation>Ungültig: %1</translation>
        </message>
        <message>
            <source>Release state: %1 · no change request open</source>
            <translation>Freigabestand: %1 · kein Änderungsantrag offen</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::BundleTreeModel</name>
        <message>
            <source>invalid</source>
            <translation>ungültig</translation>
        </message>
        <message>
            <source>in production</source>
            <translation>in Produktion</translation>
        </message>
        <message>
            <source>last known good</source>
            <translation>letzte funktionierende</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>abgelöst</translation>
        </message>
        <message>
            <source>hotfix candidate</source>
            <translation>Hotfix-Kandidat</translation>
        </message>
        <message>
            <source>candidate</source>
            <translation>Kandidat</translation>
        </message>
        <message>
            <source>, </source>
            <comment>separator between states</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n Version</numerusform>
                <numerusform>%n Versionen</numerusform>
            </translation>
        </message>
        <message>
            <source>Model %1</source>
            <translation>Modell %1</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>%1 %2 cannot be read: %3</source>
            <translation>%1 %2 ist nicht lesbar: %3</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Version %1, %2</translation>
        </message>
        <message>
            <source>Model / version</source>
            <translation>Modell / Version</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::JsonTree</name>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n Schlüssel</numerusform>
                <numerusform>%n Schlüssel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::KeySetupDialog</name>
        <message>
            <source>Key setup — %1</source>
            <translation>Schlüsseleinrichtung — %1</translation>
        </message>
        <message>
            <source>&amp;New key</source>
            <translation>&amp;Neuer Schlüssel</translation>
        </message>
        <message>
            <source>Change &amp;passphrase</source>
            <translation>&amp;Passphrase ändern</translation>
        </message>
        <message>
            <source>Make an ECDSA P-256 signing key for &lt;b&gt;%1&lt;/b&gt;. The private key is stored encrypted with your passphrase (PBKDF2-HMAC-SHA256, 600,000 iterations, AES-256) and readable only by you. Give the public key below to whoever maintains the roster (config/ml/operators.json).</source>
            <translation>Einen ECDSA-P-256-Signaturschlüssel für &lt;b&gt;%1&lt;/b&gt; erzeugen. Der private Schlüssel wird mit Ihrer Passphrase verschlüsselt gespeichert (PBKDF2-HMAC-SHA256, 600.000 Iterationen, AES-256) und ist nur für Sie lesbar. Geben Sie den öffentlichen Schlüssel unten an die Person, die den Dienstplan pflegt (config/ml/operators.json).</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Key &amp;file:</source>
            <translation>Schlüssel&amp;datei:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>&amp;Generate key</source>
            <translation>Schlüssel &amp;erzeugen</translation>
        </message>
        <message>
            <source>Public key (PEM) for the roster:</source>
            <translation>Öffentlicher Schlüssel (PEM) für den Dienstplan:</translation>
        </message>
        <message>
            <source>Generate a key to see its public key here.</source>
            <translation>Erzeugen Sie einen Schlüssel, um hier seinen öffentlichen Schlüssel zu sehen.</translation>
        </message>
        <message>
            <source>Public key PEM</source>
            <translation>Öffentlicher Schlüssel (PEM)</translation>
        </message>
        <message>
            <source>key id</source>
            <translation>Schlüssel-ID</translation>
        </message>
        <message>
            <source>Key id</source>
            <translation>Schlüssel-ID</translation>
        </message>
        <message>
            <source>&amp;Key id:</source>
            <translation>Schlüssel-&amp;ID:</translation>
        </message>
        <message>
            <source>SHA-256 of the public key (SubjectPublicKeyInfo DER)</source>
            <translation>SHA-256 des öffentlichen Schlüssels (SubjectPublicKeyInfo-DER)</translation>
        </message>
        <message>
            <source>&amp;Copy public key</source>
            <translation>Öffentlichen Schlüssel &amp;kopieren</translation>
        </message>
        <message>
            <source>Re-encrypt your key file under a new passphrase. The key itself stays the same, so the roster needs no change.</source>
            <translation>Die Schlüsseldatei mit einer neuen Passphrase neu verschlüsseln. Der Schlüssel selbst bleibt gleich, der Dienstplan muss also nicht geändert werden.</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>Du&amp;rchsuchen…</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>Akt&amp;uelle Passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <source>R&amp;epeat new:</source>
            <translation>Neue wi&amp;ederholen:</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>Passphrase ä&amp;ndern</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Schlüsseldatei</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>choose a key file</source>
            <translation>wählen Sie eine Schlüsseldatei</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation>die beiden Passphrasen unterscheiden sich</translation>
        </message>
        <message>
            <source>the file exists already; choose another file (an existing key is never overwritten here)</source>
            <translation>die Datei existiert bereits; wählen Sie eine andere (ein vorhandener Schlüssel wird hier nie überschrieben)</translation>
        </message>
        <message>
            <source>Generating the key and encrypting it (this takes a moment)…</source>
            <translation>Schlüssel wird erzeugt und verschlüsselt (das dauert einen Moment)…</translation>
        </message>
        <message>
            <source>the two new passphrases differ</source>
            <translation>die beiden neuen Passphrasen unterscheiden sich</translation>
        </message>
        <message>
            <source>Re-encrypting the key file…</source>
            <translation>Schlüsseldatei wird neu verschlüsselt…</translation>
        </message>
        <message>
            <source>Key written to %1. Copy the public key into the roster for %2.</source>
            <translation>Schlüssel nach %1 geschrieben. Kopieren Sie den öffentlichen Schlüssel für %2 in den Dienstplan.</translation>
        </message>
        <message>
            <source>Passphrase changed for %1 (key id %2).</source>
            <translation>Passphrase für %1 geändert (Schlüssel-ID %2).</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::MainActions</name>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>Arbeitsbereich &amp;öffnen…</translation>
        </message>
        <message>
            <source>&amp;Reload Workspace</source>
            <translation>Arbeitsbereich neu &amp;laden</translation>
        </message>
        <message>
            <source>&amp;Sign In As…</source>
            <translation>&amp;Anmelden als…</translation>
        </message>
        <message>
            <source>Sign O&amp;ut</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Show &amp;Navigator</source>
            <translation>&amp;Navigator anzeigen</translation>
        </message>
        <message>
            <source>&amp;Go to Navigator</source>
            <translation>&amp;Zum Navigator</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>&amp;Next Version</source>
            <translation>&amp;Nächste Version</translation>
        </message>
        <message>
            <source>&amp;Previous Version</source>
            <translation>&amp;Vorherige Version</translation>
        </message>
        <message>
            <source>Open Bundle &amp;Folder</source>
            <translation>Paket&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>&amp;Copy Bundle Digest</source>
            <translation>Paket-Prüfsumme &amp;kopieren</translation>
        </message>
        <message>
            <source>Show &amp;Audit Pane</source>
            <translation>&amp;Prüfprotokoll anzeigen</translation>
        </message>
        <message>
            <source>Copy Audit &amp;Store Path</source>
            <translation>Pfad des Prüf&amp;speichers kopieren</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About Countersign</source>
            <translation>&amp;Über Countersign</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Bundle</source>
            <translation>&amp;Paket</translation>
        </message>
        <message>
            <source>&amp;Audit</source>
            <translation>P&amp;rüfung</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Show %1 Pane</source>
            <translation>Bereich „%1“ anzeigen</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::MainStatusBar</name>
        <message>
            <source>No workspace open</source>
            <translation>Kein Arbeitsbereich geöffnet</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Arbeitsbereich: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n Version</numerusform>
                <numerusform>%n Versionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n unreadable</source>
            <translation>
                <numerusform>, %n nicht lesbar</numerusform>
                <numerusform>, %n nicht lesbar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::MainWindow</name>
        <message>
            <source>Countersign</source>
            <translation>Countersign</translation>
        </message>
        <message>
            <source>Signed in:</source>
            <translation>Angemeldet:</translation>
        </message>
        <message>
            <source>Copied the digest of %1</source>
            <translation>Prüfsumme von %1 kopiert</translation>
        </message>
        <message>
            <source>Copied the audit store path</source>
            <translation>Pfad des Prüfspeichers kopiert</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Workspaces</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>%1 cannot be opened as a workspace.

%2</source>
            <translation>%1 kann nicht als Arbeitsbereich geöffnet werden.

%2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Audit store present</source>
            <translation>Prüfspeicher vorhanden</translation>
        </message>
        <message>
            <source>No audit store yet</source>
            <translation>Noch kein Prüfspeicher</translation>
        </message>
        <message>
            <source>About Countersign</source>
            <translation>Über Countersign</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Countersign %1&lt;/h3&gt;&lt;p&gt;Release console for production ML models: review a retraining bundle through its guardrails, sign off with your own key, approve deployment with a dual approval and browse the tamper-evident audit store.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Countersign %1&lt;/h3&gt;&lt;p&gt;Freigabekonsole für produktive ML-Modelle: Retraining-Pakete anhand ihrer Leitplanken prüfen, mit dem eigenen Schlüssel abzeichnen, Bereitstellungen im Vier-Augen-Prinzip freigeben und den manipulationssicheren Prüfspeicher durchsehen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::Navigator</name>
        <message>
            <source>&amp;Models</source>
            <translation>&amp;Modelle</translation>
        </message>
        <message>
            <source>Models and versions</source>
            <translation>Modelle und Versionen</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::OperatorSelector</name>
        <message>
            <source>, </source>
            <comment>separator between role names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Signed-in operator</source>
            <translation>Angemeldete Person</translation>
        </message>
        <message>
            <source>Choose who is working at this console. The passphrase is asked only when you sign something.</source>
            <translation>Wählen Sie, wer an dieser Konsole arbeitet. Die Passphrase wird erst beim Signieren abgefragt.</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::OverviewPane</name>
        <message>
            <source>Manifest</source>
            <translation>Manifest</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Modell:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>hotfix</source>
            <translation>Hotfix</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>planmäßig</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Model owner:</source>
            <translation>Modellverantwortlich:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <source>Bundle digest (SHA-256):</source>
            <translation>Paket-Prüfsumme (SHA-256):</translation>
        </message>
        <message>
            <source>Manifest file:</source>
            <translation>Manifestdatei:</translation>
        </message>
        <message>
            <source>Training manifest</source>
            <translation>Trainingsmanifest</translation>
        </message>
        <message>
            <source>Code revision:</source>
            <translation>Code-Revision:</translation>
        </message>
        <message>
            <source>Feature snapshot:</source>
            <translation>Feature-Snapshot:</translation>
        </message>
        <message>
            <source>Snapshot frozen at:</source>
            <translation>Snapshot eingefroren am:</translation>
        </message>
        <message>
            <source>All fields:</source>
            <translation>Alle Felder:</translation>
        </message>
        <message numerus="yes">
            <source>Data hashes (%n dataset(s))</source>
            <translation>
                <numerusform>Datenprüfsummen (%n Datensatz)</numerusform>
                <numerusform>Datenprüfsummen (%n Datensätze)</numerusform>
            </translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message numerus="yes">
            <source>Artefacts (%n file(s))</source>
            <translation>
                <numerusform>Artefakte (%n Datei)</numerusform>
                <numerusform>Artefakte (%n Dateien)</numerusform>
            </translation>
        </message>
        <message>
            <source>Listed in SHA256SUMS, which names no sizes.</source>
            <translation>Aufgeführt in SHA256SUMS, das keine Größen nennt.</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::Pane</name>
        <message>
            <source>Open a workspace to review its bundles: File &gt; Open Workspace (Ctrl+O).</source>
            <translation>Öffnen Sie einen Arbeitsbereich, um seine Pakete zu prüfen: Datei &gt; Arbeitsbereich öffnen (Strg+O).</translation>
        </message>
        <message>
            <source>Choose a model version in the navigator on the left (Ctrl+L).</source>
            <translation>Wählen Sie links im Navigator eine Modellversion (Strg+L).</translation>
        </message>
        <message>
            <source>%1 %2 is invalid</source>
            <translation>%1 %2 ist ungültig</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>Problem:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Stelle:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Ordner:</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::ReleasePane</name>
        <message>
            <source>Production and rollback</source>
            <translation>Produktion und Rückfallversion</translation>
        </message>
        <message>
            <source>not set in controls.json</source>
            <translation>in controls.json nicht festgelegt</translation>
        </message>
        <message>
            <source>%1 (this version)</source>
            <translation>%1 (diese Version)</translation>
        </message>
        <message>
            <source>Production:</source>
            <translation>Produktion:</translation>
        </message>
        <message>
            <source>Last known good (rollback target):</source>
            <translation>Letzte funktionierende (Rückfallziel):</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <source>defaults (no controls.json)</source>
            <translation>Standardwerte (keine controls.json)</translation>
        </message>
        <message>
            <source>Pipeline report:</source>
            <translation>Pipeline-Bericht:</translation>
        </message>
        <message>
            <source>%1, %2, written %3</source>
            <translation>%1, %2, geschrieben %3</translation>
        </message>
        <message>
            <source>no %1 yet</source>
            <translation>noch kein %1</translation>
        </message>
        <message>
            <source>Sign-offs and approvals</source>
            <translation>Abzeichnungen und Freigaben</translation>
        </message>
        <message>
            <source>any signing role</source>
            <translation>jede zeichnungsberechtigte Rolle</translation>
        </message>
        <message>
            <source>Deployment approvers:</source>
            <translation>Freigabe der Bereitstellung:</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>each step signed by a different person</source>
            <translation>jeder Schritt von einer anderen Person gezeichnet</translation>
        </message>
        <message>
            <source>one person may sign several steps</source>
            <translation>eine Person darf mehrere Schritte zeichnen</translation>
        </message>
        <message>
            <source>No sign-offs recorded in %1/ yet.</source>
            <translation>Noch keine Abzeichnungen in %1/.</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Umschlag</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Geschrieben</translation>
        </message>
        <message>
            <source>Release calendar</source>
            <translation>Freigabekalender</translation>
        </message>
        <message>
            <source>Scheduled retraining:</source>
            <translation>Planmäßiges Retraining:</translation>
        </message>
        <message>
            <source>first %1 of each month</source>
            <translation>erster %1 im Monat</translation>
        </message>
        <message>
            <source>Feature snapshot freeze:</source>
            <translation>Einfrieren des Feature-Snapshots:</translation>
        </message>
        <message>
            <source>the %1 before, %2 %3 (%4)</source>
            <translation>am %1 davor, %2 %3 (%4)</translation>
        </message>
        <message>
            <source>Change window:</source>
            <translation>Änderungsfenster:</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Freigabe</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::ReportedMetricsSection</name>
        <message>
            <source>Reported evaluation (model owner)</source>
            <translation>Gemeldete Auswertung (Modellverantwortliche)</translation>
        </message>
        <message>
            <source>The bundle has no %1.</source>
            <translation>Das Paket enthält keine %1.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ist nicht lesbar: %2</translation>
        </message>
        <message>
            <source>As reported in %1. The gates recompute these figures from the bundle's own data.</source>
            <translation>Wie in %1 gemeldet. Die Prüfungen berechnen diese Werte aus den Daten des Pakets neu.</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::RiskPane</name>
        <message>
            <source>Bias evaluation set-up</source>
            <translation>Aufbau der Fairness-Auswertung</translation>
        </message>
        <message>
            <source>Gate:</source>
            <translation>Prüfung:</translation>
        </message>
        <message>
            <source>equal-opportunity gap must stay below %1 %</source>
            <translation>Equal-Opportunity-Abstand muss unter %1 % bleiben</translation>
        </message>
        <message>
            <source>bundle.json has no "evaluation" section, so the bias gate cannot run: it will report an error.</source>
            <translation>bundle.json hat keinen Abschnitt „evaluation“, daher kann die Fairness-Prüfung nicht laufen: sie meldet einen Fehler.</translation>
        </message>
        <message>
            <source>Protected attributes:</source>
            <translation>Geschützte Merkmale:</translation>
        </message>
        <message>
            <source>Label column:</source>
            <translation>Label-Spalte:</translation>
        </message>
        <message>
            <source>%1 (positive class: %2)</source>
            <translation>%1 (positive Klasse: %2)</translation>
        </message>
        <message>
            <source>Prediction:</source>
            <translation>Vorhersage:</translation>
        </message>
        <message>
            <source>score column %1, positive when ≥ %2</source>
            <translation>Score-Spalte %1, positiv ab ≥ %2</translation>
        </message>
        <message>
            <source>column %1, positive values: %2</source>
            <translation>Spalte %1, positive Werte: %2</translation>
        </message>
        <message>
            <source>Minimum group support:</source>
            <translation>Mindestgröße je Gruppe:</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 Zeilen</translation>
        </message>
        <message>
            <source>%1 rows (from controls.json)</source>
            <translation>%1 Zeilen (aus controls.json)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>predictions</source>
            <translation>Vorhersagen</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>wird gezählt…</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>Drift samples</source>
            <translation>Drift-Stichproben</translation>
        </message>
        <message>
            <source>PSI above %1 breaches (hotfix), above %2 warns</source>
            <translation>PSI über %1 verletzt die Grenze (Hotfix), über %2 warnt</translation>
        </message>
        <message>
            <source>bundle.json has no "drift" section, so the drift gate has no samples to compare.</source>
            <translation>bundle.json hat keinen Abschnitt „drift“, daher hat die Drift-Prüfung keine Stichproben zum Vergleich.</translation>
        </message>
        <message>
            <source>Categorical features:</source>
            <translation>Kategoriale Features:</translation>
        </message>
        <message>
            <source>Ignored columns:</source>
            <translation>Ignorierte Spalten:</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::SecurityPane</name>
        <message>
            <source>Artefacts and expected digests</source>
            <translation>Artefakte und erwartete Prüfsummen</translation>
        </message>
        <message>
            <source>Digests as SHA256SUMS states them (no sizes). The integrity gate hashes every file.</source>
            <translation>Prüfsummen laut SHA256SUMS (ohne Größen). Die Integritätsprüfung berechnet jede Datei neu.</translation>
        </message>
        <message>
            <source>Digests and sizes as bundle.json states them. The integrity gate hashes every file.</source>
            <translation>Prüfsummen und Größen laut bundle.json. Die Integritätsprüfung berechnet jede Datei neu.</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Expected size</source>
            <translation>Erwartete Größe</translation>
        </message>
        <message>
            <source>Size on disk</source>
            <translation>Größe auf der Platte</translation>
        </message>
        <message>
            <source>Expected SHA-256</source>
            <translation>Erwartete SHA-256</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>Scanner reports</source>
            <translation>Scanner-Berichte</translation>
        </message>
        <message>
            <source>Blocking severity:</source>
            <translation>Blockierender Schweregrad:</translation>
        </message>
        <message>
            <source>%1 and above; findings without a severity: %2</source>
            <translation>%1 und höher; Befunde ohne Schweregrad: %2</translation>
        </message>
        <message>
            <source>block</source>
            <translation>blockieren</translation>
        </message>
        <message>
            <source>warn</source>
            <translation>warnen</translation>
        </message>
        <message>
            <source>No scanner reports (*.json) in %1/.</source>
            <translation>Keine Scanner-Berichte (*.json) in %1/.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Open a menu</source>
            <translation>Ein Menü öffnen</translation>
        </message>
        <message>
            <source>Alt + the underlined letter</source>
            <translation>Alt + unterstrichener Buchstabe</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::SignOffListView</name>
        <message>
            <source>No bundle selected.</source>
            <translation>Kein Paket ausgewählt.</translation>
        </message>
        <message>
            <source>Sign-offs and their verdicts</source>
            <translation>Abzeichnungen und ihre Bewertung</translation>
        </message>
        <message>
            <source>Verifying the sign-offs of %1…</source>
            <translation>Abzeichnungen von %1 werden verifiziert…</translation>
        </message>
        <message>
            <source>No sign-offs yet.</source>
            <translation>Noch keine Abzeichnungen.</translation>
        </message>
        <message numerus="yes">
            <source>%n sign-off(s): %1 valid, %2 invalid or void.</source>
            <translation>
                <numerusform>%n Abzeichnung: %1 gültig, %2 ungültig oder hinfällig.</numerusform>
                <numerusform>%n Abzeichnungen: %1 gültig, %2 ungültig oder hinfällig.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::SignOffVerdictModel</name>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Signed at (UTC)</source>
            <translation>Signiert am (UTC)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::SigningDialog</name>
        <message>
            <source>signing is not available: no roster or audit store</source>
            <translation>Signieren nicht möglich: kein Dienstplan oder Prüfspeicher</translation>
        </message>
        <message>
            <source>Sign: %1 — %2</source>
            <translation>Signieren: %1 — %2</translation>
        </message>
        <message>
            <source>You are about to sign the following with your key. Your signature says you reviewed exactly this.</source>
            <translation>Sie signieren gleich Folgendes mit Ihrem Schlüssel. Ihre Signatur bestätigt, dass Sie genau dies geprüft haben.</translation>
        </message>
        <message>
            <source>Bundle:</source>
            <translation>Paket:</translation>
        </message>
        <message>
            <source>bundle.json SHA-256:</source>
            <translation>bundle.json SHA-256:</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Schritt:</translation>
        </message>
        <message>
            <source>Signer:</source>
            <translation>Unterzeichnende(r):</translation>
        </message>
        <message>
            <source>%1 (%2) as %3</source>
            <translation>%1 (%2) als %3</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Entscheidung:</translation>
        </message>
        <message>
            <source>Change request:</source>
            <translation>Änderungsantrag:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Signing key id:</source>
            <translation>ID des Signaturschlüssels:</translation>
        </message>
        <message>
            <source>(not on the roster)</source>
            <translation>(nicht im Dienstplan)</translation>
        </message>
        <message>
            <source>the audit store's current checkpoint, taken when you sign</source>
            <translation>der aktuelle Checkpoint des Prüfspeichers, genommen beim Signieren</translation>
        </message>
        <message>
            <source>%1 (now %2 records; the checkpoint taken when you sign is included)</source>
            <translation>%1 (jetzt %2 Einträge; der beim Signieren genommene Checkpoint wird eingebettet)</translation>
        </message>
        <message>
            <source>Audit log:</source>
            <translation>Prüfprotokoll:</translation>
        </message>
        <message>
            <source>Justification:</source>
            <translation>Begründung:</translation>
        </message>
        <message>
            <source>Gate results you saw (%1):</source>
            <translation>Prüfergebnisse, die Sie gesehen haben (%1):</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Digest (SHA-256)</source>
            <translation>Prüfsumme (SHA-256)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Schlüsseldatei</translation>
        </message>
        <message>
            <source>Key &amp;file:</source>
            <translation>Schlüssel&amp;datei:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Signieren</translation>
        </message>
        <message>
            <source>Not signed: %1</source>
            <translation>Nicht signiert: %1</translation>
        </message>
        <message>
            <source>enter the passphrase of your key</source>
            <translation>geben Sie die Passphrase Ihres Schlüssels ein</translation>
        </message>
        <message>
            <source>Unlocking your key and signing…</source>
            <translation>Schlüssel wird entsperrt und signiert…</translation>
        </message>
        <message>
            <source>Signed and recorded: %1 (audit record %2).</source>
            <translation>Signiert und protokolliert: %1 (Prüfeintrag %2).</translation>
        </message>
    </context>
    <context>
        <name>countersign::ui::VerdictBadge</name>
        <message>
            <source>%1 %2</source>
            <comment>verdict, detail</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>badge title: state</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Release console for production ML models.</source>
            <translation>Freigabekonsole für produktive ML-Modelle.</translation>
        </message>
        <message>
            <source>Open the workspace folder DIR.</source>
            <translation>Den Arbeitsbereich im Ordner DIR öffnen.</translation>
        </message>
    </context>
</TS>
