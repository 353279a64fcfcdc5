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
    <name>QObject</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
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
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected records (or all shown) as JSON lines</source>
        <translation>Die ausgewählten (oder alle angezeigten) Einträge als JSON Lines exportieren</translation>
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
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>ISO 8601 in UTC, e.g. 2026-11-03T02:00:00Z or 2026-11-03</source>
        <translation>ISO 8601 in UTC, z. B. 2026-11-03T02:00:00Z oder 2026-11-03</translation>
    </message>
    <message>
        <source>Record &amp;&amp; inclusion proof</source>
        <translation>Datensatz &amp;&amp; Inklusionsnachweis</translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation>Konsistenznachweis</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Export &amp;checkpoint…</source>
        <translation>&amp;Checkpoint exportieren…</translation>
    </message>
    <message>
        <source>Sign a checkpoint of the store now and save it for an auditor, who can later prove that nothing it covers was changed</source>
        <translation>Jetzt einen Checkpoint des Speichers signieren und für einen Auditor speichern, der später nachweisen kann, dass nichts vom abgedeckten Inhalt verändert wurde</translation>
    </message>
    <message>
        <source>Verifying %1 records and every signed checkpoint…</source>
        <translation>%1 Datensätze und alle signierten Checkpoints werden verifiziert…</translation>
    </message>
    <message>
        <source>No checkpoint signed: %1</source>
        <translation>Kein Checkpoint signiert: %1</translation>
    </message>
    <message>
        <source>Saved the signed checkpoint of %1 records to %2; the store&apos;s verifier key is %3</source>
        <translation>Signierter Checkpoint von %1 Datensätzen in %2 gespeichert; der Verifizierungsschlüssel des Speichers ist %3</translation>
    </message>
    <message>
        <source>Export checkpoint for an auditor</source>
        <translation>Checkpoint für einen Auditor exportieren</translation>
    </message>
    <message>
        <source>Signed checkpoints (*.checkpoint)</source>
        <translation>Signierte Checkpoints (*.checkpoint)</translation>
    </message>
</context>
<context>
    <name>countersign::ui::AuditConsistencyView</name>
    <message>
        <source>Proves that the tree of the later size extends the earlier one: nothing of the first records was changed, removed or reordered.</source>
        <translation>Weist nach, dass der Baum der späteren Größe den früheren erweitert: Von den ersten Datensätzen wurde nichts verändert, entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>From tree size</source>
        <translation>Von Baumgröße</translation>
    </message>
    <message>
        <source>To tree size</source>
        <translation>Bis Baumgröße</translation>
    </message>
    <message>
        <source>&amp;Prove</source>
        <translation>&amp;Nachweisen</translation>
    </message>
    <message>
        <source>From size:</source>
        <translation>Von Größe:</translation>
    </message>
    <message>
        <source>to size:</source>
        <translation>bis Größe:</translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation>Konsistenznachweis</translation>
    </message>
    <message>
        <source>✗ No proof from %1 to %2: %3</source>
        <translation>✗ Kein Nachweis von %1 bis %2: %3</translation>
    </message>
    <message>
        <source>✓ The tree of %1 records extends the tree of %2 records.</source>
        <translation>✓ Der Baum mit %1 Datensätzen erweitert den Baum mit %2 Datensätzen.</translation>
    </message>
    <message>
        <source>✗ The proof from %1 to %2 records does not verify: the store&apos;s tree is inconsistent.</source>
        <translation>✗ Der Nachweis von %1 bis %2 Datensätzen lässt sich nicht verifizieren: Der Baum des Speichers ist inkonsistent.</translation>
    </message>
</context>
<context>
    <name>countersign::ui::AuditPane</name>
    <message>
        <source>Open a workspace to see its audit store: File &gt; Open Workspace (Ctrl+O).</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seinen Prüfspeicher zu sehen: Datei &gt; Arbeitsbereich öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>The audit store is unavailable</source>
        <translation>Der Audit-Speicher ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>der Speicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Folge:</translation>
    </message>
    <message>
        <source>nothing can be signed or recorded until the store opens again (File &gt; Reload Workspace after fixing it).</source>
        <translation>nichts kann signiert oder protokolliert werden, bis der Speicher wieder geöffnet ist (nach der Behebung: Datei &gt; Arbeitsbereich neu laden).</translation>
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
        <source>✗ No proof: %1</source>
        <translation>✗ Kein Beweis: %1</translation>
    </message>
    <message>
        <source>✗ The proof does not verify: the store&apos;s tree disagrees with this record.</source>
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
        <source>✗ The proof&apos;s root differs from the signed checkpoint of %1 records.</source>
        <translation>✗ Die Wurzel des Beweises weicht vom signierten Checkpoint über %1 Einträge ab.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Included in the current tree of %n record(s) (not yet in a signed checkpoint).</source>
        <translation>
            <numerusform>✓ Enthalten im aktuellen Baum über %n Eintrag (noch in keinem signierten Checkpoint).</numerusform>
            <numerusform>✓ Enthalten im aktuellen Baum über %n Einträge (noch in keinem signierten Checkpoint).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1
hash     %2
previous %3</source>
        <translation>Datensatz %1
Hash       %2
Vorgänger  %3</translation>
    </message>
    <message>
        <source>hash %1
previous %2</source>
        <translation>Hash %1
Vorgänger %2</translation>
    </message>
    <message>
        <source>✗ This record&apos;s bytes no longer match its hash: it was changed after it was written.</source>
        <translation>✗ Die Bytes dieses Datensatzes stimmen nicht mehr mit seinem Hash überein: Er wurde nach dem Schreiben verändert.</translation>
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
    <name>countersign::ui::CalendarPanel</name>
    <message>
        <source>Release calendar</source>
        <translation>Release-Kalender</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Next retraining:</source>
        <translation>Nächstes Retraining:</translation>
    </message>
    <message>
        <source>Feature freeze:</source>
        <translation>Feature-Freeze:</translation>
    </message>
    <message>
        <source>Your local time:</source>
        <translation>Ihre Ortszeit:</translation>
    </message>
    <message>
        <source>Evaluation window:</source>
        <translation>Evaluierungsfenster:</translation>
    </message>
    <message>
        <source>Window now:</source>
        <translation>Fenster jetzt:</translation>
    </message>
    <message numerus="yes">
        <source>Retraining on the first %1 of each month; feature snapshot frozen the %2 before at %3 %4; a %n-hour evaluation window.</source>
        <translation>
            <numerusform>Retraining am ersten %1 jedes Monats; Feature-Snapshot am %2 davor um %3 %4 eingefroren; ein %n-stündiges Evaluierungsfenster.</numerusform>
            <numerusform>Retraining am ersten %1 jedes Monats; Feature-Snapshot am %2 davor um %3 %4 eingefroren; ein %n-stündiges Evaluierungsfenster.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation>%1 (eingefroren)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>inside the window: it closes in %1</source>
        <translation>innerhalb des Fensters: es schließt sich in %1</translation>
    </message>
    <message>
        <source>outside the window: it opens in %1</source>
        <translation>außerhalb des Fensters: es öffnet sich in %1</translation>
    </message>
    <message>
        <source>outside the window: it closed</source>
        <translation>außerhalb des Fensters: es ist bereits geschlossen</translation>
    </message>
</context>
<context>
    <name>countersign::ui::FindingModel</name>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>No severity: blocking</source>
        <translation>Kein Schweregrad: blockierend</translation>
    </message>
    <message>
        <source>No severity: warning</source>
        <translation>Kein Schweregrad: Warnung</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Unter Schwellenwert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation>Risikoakzeptanz</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n Befund)</numerusform>
            <numerusform>%1 (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1, until %2: %3</source>
        <translation>%1, bis %2: %3</translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>abgelaufen am %1 (%2)</translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <translation>Auch bekannt als %1</translation>
    </message>
    <message>
        <source>Reported in %1</source>
        <translation>Gemeldet in %1</translation>
    </message>
    <message>
        <source>Accepted by %1 until %2: %3</source>
        <translation>Akzeptiert von %1 bis %2: %3</translation>
    </message>
    <message>
        <source>An acceptance by %1 expired on %2</source>
        <translation>Eine Akzeptanz durch %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>countersign::ui::IntegrityTableModel</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifest-SHA-256</translation>
    </message>
    <message>
        <source>Actual SHA-256</source>
        <translation>Tatsächlicher SHA-256</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
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
    <message>
        <source>&amp;Key Setup…</source>
        <translation>&amp;Schlüssel einrichten…</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Freigabe erteilen…</translation>
    </message>
    <message>
        <source>&amp;Verify Sign-offs…</source>
        <translation>Freigaben &amp;verifizieren…</translation>
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
        <source>About Countersign</source>
        <translation>Über Countersign</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Countersign %1&lt;/h3&gt;&lt;p&gt;Release console for production ML models: review a retraining bundle through its guardrails, sign off with your own key, approve deployment with a dual approval and browse the tamper-evident audit store.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Countersign %1&lt;/h3&gt;&lt;p&gt;Freigabekonsole für produktive ML-Modelle: Retraining-Pakete anhand ihrer Leitplanken prüfen, mit dem eigenen Schlüssel abzeichnen, Bereitstellungen im Vier-Augen-Prinzip freigeben und den manipulationssicheren Prüfspeicher durchsehen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The audit store extends the checkpoint of %n record(s) you last saw.</source>
        <translation>
            <numerusform>Der Audit-Speicher erweitert den zuletzt von Ihnen gesehenen Checkpoint mit %n Datensatz.</numerusform>
            <numerusform>Der Audit-Speicher erweitert den zuletzt von Ihnen gesehenen Checkpoint mit %n Datensätzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit store inconsistent: signing is refused</source>
        <translation>Audit-Speicher inkonsistent: Signieren wird verweigert</translation>
    </message>
    <message>
        <source>Audit store inconsistent</source>
        <translation>Audit-Speicher inkonsistent</translation>
    </message>
    <message>
        <source>The audit store cannot prove that it extends the last checkpoint you saw: records may have been changed, removed or truncated, or this is another copy of the log.

%1

Signing is refused until this is resolved. Keep the file as it is and tell your security team.</source>
        <translation>Der Audit-Speicher kann nicht nachweisen, dass er den zuletzt von Ihnen gesehenen Checkpoint erweitert: Datensätze wurden möglicherweise verändert, entfernt oder abgeschnitten, oder dies ist eine andere Kopie des Protokolls.

%1

Signieren wird verweigert, bis dies behoben ist. Lassen Sie die Datei unverändert und informieren Sie Ihr Sicherheitsteam.</translation>
    </message>
    <message>
        <source>Audit store unavailable</source>
        <translation>Audit-Speicher nicht verfügbar</translation>
    </message>
    <message>
        <source>The audit store %1 cannot be opened; nothing can be signed or recorded until this is fixed.

%2</source>
        <translation>Der Audit-Speicher %1 kann nicht geöffnet werden; bis dies behoben ist, kann nichts signiert oder protokolliert werden.

%2</translation>
    </message>
    <message>
        <source>Audit store INCONSISTENT: signing refused</source>
        <translation>Audit-Speicher INKONSISTENT: Signieren verweigert</translation>
    </message>
    <message>
        <source>Audit store unreadable</source>
        <translation>Audit-Speicher nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>Audit store: %n record(s)</source>
        <translation>
            <numerusform>Audit-Speicher: %n Datensatz</numerusform>
            <numerusform>Audit-Speicher: %n Datensätze</numerusform>
        </translation>
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
    <name>countersign::ui::ReleaseActions</name>
    <message>
        <source>choose a readable bundle first</source>
        <translation>wählen Sie zuerst ein lesbares Bundle</translation>
    </message>
    <message>
        <source>sign in first (top right, or Ctrl+Shift+I)</source>
        <translation>melden Sie sich zuerst an (oben rechts oder Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>the audit store is unavailable: %1</source>
        <translation>der Audit-Speicher ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Why is %1 rejected? The justification is signed with your decision.</source>
        <translation>Warum wird %1 abgelehnt? Die Begründung wird mit Ihrer Entscheidung signiert.</translation>
    </message>
    <message>
        <source>%1 by %2 as %3: %4</source>
        <translation>%1 durch %2 als %3: %4</translation>
    </message>
    <message>
        <source>Refused and recorded: %1</source>
        <translation>Verweigert und protokolliert: %1</translation>
    </message>
    <message>
        <source>Signed and recorded: %1</source>
        <translation>Signiert und protokolliert: %1</translation>
    </message>
    <message>
        <source>The release attestation was not written: %1</source>
        <translation>Die Release-Attestierung wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Release attestation written: %1</source>
        <translation>Release-Attestierung geschrieben: %1</translation>
    </message>
    <message>
        <source>Cannot read %1 for the deployment webhook</source>
        <translation>%1 kann für den Deployment-Webhook nicht gelesen werden</translation>
    </message>
    <message>
        <source>Deployment webhook notified: %1</source>
        <translation>Deployment-Webhook benachrichtigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deployment webhook failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Deployment-Webhook nach %n Versuch fehlgeschlagen: %1</numerusform>
            <numerusform>Deployment-Webhook nach %n Versuchen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a hotfix for %1</source>
        <translation>Hotfix für %1 eröffnen</translation>
    </message>
    <message>
        <source>Why does %1 need the hotfix lane? It then needs the Risk &amp; Compliance approval before deployment.</source>
        <translation>Warum benötigt %1 den Hotfix-Pfad? Dann ist vor dem Deployment die Genehmigung von Risk &amp; Compliance erforderlich.</translation>
    </message>
    <message>
        <source>Hotfix lane opened for %1</source>
        <translation>Hotfix-Pfad für %1 eröffnet</translation>
    </message>
    <message>
        <source>the drift gate has not been evaluated for this bundle</source>
        <translation>das Drift-Gate wurde für dieses Bundle nicht ausgewertet</translation>
    </message>
    <message>
        <source>Hotfix lane opened for %1 from the drift breach</source>
        <translation>Hotfix-Pfad für %1 aufgrund der Drift-Überschreitung eröffnet</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <source>Why is %1 rolled back to the last known-good version? The justification is signed.</source>
        <translation>Warum wird %1 auf die letzte als funktionierend bekannte Version zurückgesetzt? Die Begründung wird signiert.</translation>
    </message>
    <message>
        <source>rollback of %1 by %2</source>
        <translation>Rollback von %1 durch %2</translation>
    </message>
    <message>
        <source>%1 (roll back to %2; its integrity %3, result sha256 %4)</source>
        <translation>%1 (Rollback auf %2; Integrität %3, Ergebnis-sha256 %4)</translation>
    </message>
    <message>
        <source>Rolled back %1 to %2</source>
        <translation>%1 auf %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>Mark deployed</source>
        <translation>Als bereitgestellt markieren</translation>
    </message>
    <message>
        <source>Record that %1 is deployed to production?</source>
        <translation>Protokollieren, dass %1 in der Produktion bereitgestellt ist?</translation>
    </message>
    <message>
        <source>%1 recorded as deployed</source>
        <translation>%1 als bereitgestellt protokolliert</translation>
    </message>
</context>
<context>
    <name>countersign::ui::ReleaseBoard</name>
    <message>
        <source>Release board</source>
        <translation>Release-Board</translation>
    </message>
    <message>
        <source>Release board: change requests of every bundle</source>
        <translation>Release-Board: Änderungsanträge aller Bundles</translation>
    </message>
</context>
<context>
    <name>countersign::ui::ReleaseBoardModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation>das Manifest kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
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
        <source>Pipeline report:</source>
        <translation>Pipeline-Bericht:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Open a workspace to review its bundles: File &gt; Open Workspace (Ctrl+O).</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Bundles zu prüfen: Datei &gt; Arbeitsbereich öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose a change request on the board or a version in the navigator.</source>
        <translation>Wählen Sie einen Änderungsantrag auf dem Board oder eine Version im Navigator.</translation>
    </message>
    <message>
        <source>guardrails/report.json, %1, written %2</source>
        <translation>guardrails/report.json, %1, geschrieben am %2</translation>
    </message>
    <message>
        <source>no guardrails/report.json yet (countersign-cli gates)</source>
        <translation>noch keine guardrails/report.json (countersign-cli gates)</translation>
    </message>
    <message>
        <source>Sign in to act on a change request (top right, or Ctrl+Shift+I).</source>
        <translation>Melden Sie sich an, um einen Änderungsantrag zu bearbeiten (oben rechts oder Strg+Umschalt+I).</translation>
    </message>
    <message>
        <source>The audit store is unavailable, so nothing can be signed or recorded.</source>
        <translation>Der Audit-Speicher ist nicht verfügbar, daher kann nichts signiert oder protokolliert werden.</translation>
    </message>
    <message>
        <source>Sign the next step of this request you may sign</source>
        <translation>Den nächsten Schritt dieses Antrags signieren, den Sie signieren dürfen</translation>
    </message>
    <message>
        <source>The request is not open for approvals.</source>
        <translation>Der Antrag ist nicht für Genehmigungen offen.</translation>
    </message>
    <message>
        <source>Reject the request with a signed justification</source>
        <translation>Den Antrag mit einer signierten Begründung ablehnen</translation>
    </message>
    <message>
        <source>The request is not open.</source>
        <translation>Der Antrag ist nicht offen.</translation>
    </message>
    <message>
        <source>Move the request to the hotfix lane, with a justification</source>
        <translation>Den Antrag mit einer Begründung in den Hotfix-Pfad verschieben</translation>
    </message>
    <message>
        <source>Only an open scheduled request can move to the hotfix lane.</source>
        <translation>Nur ein offener, geplanter Antrag kann in den Hotfix-Pfad verschoben werden.</translation>
    </message>
    <message>
        <source>The drift gate breached: open the hotfix lane from it</source>
        <translation>Das Drift-Gate wurde überschritten: daraus den Hotfix-Pfad eröffnen</translation>
    </message>
    <message>
        <source>The drift gate has not breached for this bundle.</source>
        <translation>Das Drift-Gate wurde für dieses Bundle nicht überschritten.</translation>
    </message>
    <message>
        <source>Write the release attestation and notify the deployment webhook</source>
        <translation>Die Release-Attestierung schreiben und den Deployment-Webhook benachrichtigen</translation>
    </message>
    <message>
        <source>The release attestation is written.</source>
        <translation>Die Release-Attestierung ist geschrieben.</translation>
    </message>
    <message>
        <source>The attestation needs the dual approval first.</source>
        <translation>Die Attestierung erfordert zuerst die Vier-Augen-Genehmigung.</translation>
    </message>
    <message>
        <source>Record that this release is deployed</source>
        <translation>Protokollieren, dass dieses Release bereitgestellt ist</translation>
    </message>
    <message>
        <source>Only an approved, attested release can be marked deployed.</source>
        <translation>Nur ein genehmigtes, attestiertes Release kann als bereitgestellt markiert werden.</translation>
    </message>
    <message>
        <source>Roll back to the last known-good version: a signed, recorded action</source>
        <translation>Auf die letzte als funktionierend bekannte Version zurücksetzen: eine signierte, protokollierte Aktion</translation>
    </message>
    <message>
        <source>Only a deployed release can be rolled back.</source>
        <translation>Nur ein bereitgestelltes Release kann zurückgesetzt werden.</translation>
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
        <source>As reported in %1. The gates recompute these figures from the bundle&apos;s own data.</source>
        <translation>Wie in %1 gemeldet. Die Prüfungen berechnen diese Werte aus den Daten des Pakets neu.</translation>
    </message>
</context>
<context>
    <name>countersign::ui::RequestPanel</name>
    <message>
        <source>Change request</source>
        <translation>Änderungsantrag</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
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
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Open &amp;hotfix…</source>
        <translation>&amp;Hotfix eröffnen…</translation>
    </message>
    <message>
        <source>Hotfix from &amp;drift breach</source>
        <translation>Hotfix aus &amp;Drift-Überschreitung</translation>
    </message>
    <message>
        <source>Write release a&amp;ttestation</source>
        <translation>Release-A&amp;ttestierung schreiben</translation>
    </message>
    <message>
        <source>Mark de&amp;ployed…</source>
        <translation>Als &amp;bereitgestellt markieren…</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 lane · %4</source>
        <translation>%1 · %2 · Pfad %3 · %4</translation>
    </message>
    <message>
        <source>Hotfix lane (%1): approvals are not bound to the change window.</source>
        <translation>Hotfix-Pfad (%1): Genehmigungen sind nicht an das Änderungsfenster gebunden.</translation>
    </message>
    <message>
        <source>Change window: opens with the first record of the request.</source>
        <translation>Änderungsfenster: öffnet sich mit dem ersten Datensatz des Antrags.</translation>
    </message>
    <message>
        <source>Change window %1 – %2: opens in %3.</source>
        <translation>Änderungsfenster %1 – %2: öffnet sich in %3.</translation>
    </message>
    <message>
        <source>Change window %1 – %2: open, closes in %3.</source>
        <translation>Änderungsfenster %1 – %2: offen, schließt sich in %3.</translation>
    </message>
    <message>
        <source>Change window %1 – %2: closed; approvals are refused outside it.</source>
        <translation>Änderungsfenster %1 – %2: geschlossen; außerhalb davon werden Genehmigungen verweigert.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dual approval: 0 of %1</source>
        <translation>Vier-Augen-Genehmigung: 0 von %1</translation>
    </message>
    <message>
        <source>Dual approval: %1 of %2, by %3</source>
        <translation>Vier-Augen-Genehmigung: %1 von %2, durch %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing blocks this request.</source>
        <translation>Nichts blockiert diesen Antrag.</translation>
    </message>
    <message>
        <source>What is missing:
%1</source>
        <translation>Was fehlt:
%1</translation>
    </message>
    <message>
        <source>Release attestation written to %1 at %2 (audit record %3).</source>
        <translation>Release-Attestierung am %2 in %1 geschrieben (Audit-Datensatz %3).</translation>
    </message>
    <message>
        <source>Deployment webhook %1: %2 after %3 attempt(s), HTTP %4 (%5).</source>
        <translation>Deployment-Webhook %1: %2 nach %3 Versuch(en), HTTP %4 (%5).</translation>
    </message>
    <message>
        <source> Marked deployed by %1 at %2.</source>
        <translation> Als bereitgestellt markiert von %1 am %2.</translation>
    </message>
    <message>
        <source> Rolled back to %1 by %2 at %3; post-rollback validation until %4, RCA due %5.</source>
        <translation> Von %2 am %3 auf %1 zurückgesetzt; Validierung nach dem Rollback bis %4, RCA fällig am %5.</translation>
    </message>
    <message>
        <source>No release attestation yet.</source>
        <translation>Noch keine Release-Attestierung.</translation>
    </message>
    <message>
        <source>✗ Refused: %1
%2</source>
        <translation>✗ Verweigert: %1
%2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>countersign::ui::RiskAcceptanceDialog</name>
    <message>
        <source>Accept risk: %1 in %2</source>
        <translation>Risiko akzeptieren: %1 in %2</translation>
    </message>
    <message>
        <source>An accepted finding no longer blocks the security gate of %1 while the acceptance lasts. It is signed with your key and recorded in the audit log.</source>
        <translation>Ein akzeptierter Befund blockiert das Sicherheits-Gate von %1 nicht mehr, solange die Akzeptanz gilt. Er wird mit Ihrem Schlüssel signiert und im Audit-Protokoll protokolliert.</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Befund:</translation>
    </message>
    <message>
        <source>Installed versions covered: &quot;=1.2.3&quot;, &quot;&gt;=1.0 &lt;1.4&quot;, alternatives joined by &quot;||&quot;, &quot;*&quot; for any version</source>
        <translation>Abgedeckte installierte Versionen: &quot;=1.2.3&quot;, &quot;&gt;=1.0 &lt;1.4&quot;, Alternativen verbunden durch &quot;||&quot;, &quot;*&quot; für jede Version</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>Why the risk is acceptable (not reachable, mitigated by…, fix scheduled in…)</source>
        <translation>Warum das Risiko akzeptabel ist (nicht erreichbar, gemindert durch…, Behebung geplant in…)</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Counts &amp;through (UTC):</source>
        <translation>Gültig b&amp;is (UTC):</translation>
    </message>
    <message>
        <source>&amp;Continue to signing…</source>
        <translation>&amp;Weiter zum Signieren…</translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>countersign::ui::RiskCharts</name>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source> (n/a)</source>
        <translation> (k. A.)</translation>
    </message>
    <message>
        <source> ⚑ small</source>
        <translation> ⚑ klein</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <source>highest TPR</source>
        <translation>höchste TPR</translation>
    </message>
    <message>
        <source>lowest TPR</source>
        <translation>niedrigste TPR</translation>
    </message>
    <message>
        <source>allowed (bound %1)</source>
        <translation>zulässig (Grenze %1)</translation>
    </message>
    <message>
        <source>%1 — gap %2</source>
        <translation>%1 — Abstand %2</translation>
    </message>
    <message>
        <source> (95 % CI %1 – %2)</source>
        <translation> (95-%-KI %1 – %2)</translation>
    </message>
    <message>
        <source> · bound %1 · %2</source>
        <translation> · Grenze %1 · %2</translation>
    </message>
    <message>
        <source>%1 — no gap: no group has positives · %2</source>
        <translation>%1 — kein Abstand: keine Gruppe hat Positive · %2</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>warning %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>breach &gt; %1</source>
        <translation>Verletzung &gt; %1</translation>
    </message>
    <message>
        <source>PSI per feature — %1 · max %2 on %3</source>
        <translation>PSI pro Merkmal — %1 · max. %2 bei %3</translation>
    </message>
    <message>
        <source>PSI per feature — %1</source>
        <translation>PSI pro Merkmal — %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>bin (baseline deciles, low to high)</source>
        <translation>Bin (Baseline-Dezile, aufsteigend)</translation>
    </message>
    <message>
        <source>proportion</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 (%2) — PSI %3 · %4 · missing %5 / %6</source>
        <translation>%1 (%2) — PSI %3 · %4 · fehlend %5 / %6</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
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
        <source>bundle.json has no &quot;evaluation&quot; section, so the bias gate cannot run: it will report an error.</source>
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
        <source>bundle.json has no &quot;drift&quot; section, so the drift gate has no samples to compare.</source>
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
    <message>
        <source>Refused: %1</source>
        <translation>Verweigert: %1</translation>
    </message>
    <message>
        <source>Hotfix requested (audit record %1)</source>
        <translation>Hotfix angefordert (Audit-Eintrag %1)</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>the audit store is not open (%1)</source>
        <translation>der Audit-Speicher ist nicht geöffnet (%1)</translation>
    </message>
    <message>
        <source>Risk %1 recorded (audit record %2)</source>
        <translation>Risiko %1 erfasst (Audit-Eintrag %2)</translation>
    </message>
</context>
<context>
    <name>countersign::ui::RiskReviewWidget</name>
    <message>
        <source>No bundle selected.</source>
        <translation>Kein Bundle ausgewählt.</translation>
    </message>
    <message>
        <source>Gate progress</source>
        <translation>Gate-Fortschritt</translation>
    </message>
    <message>
        <source>Fairness: equal opportunity (TPR per group)</source>
        <translation>Fairness: Chancengleichheit (TPR pro Gruppe)</translation>
    </message>
    <message>
        <source>Drift: population stability index</source>
        <translation>Drift: Population Stability Index</translation>
    </message>
    <message>
        <source>PSI per feature chart</source>
        <translation>Diagramm PSI pro Merkmal</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Baseline and current distribution chart</source>
        <translation>Diagramm der Baseline- und aktuellen Verteilung</translation>
    </message>
    <message>
        <source>Justification (required to override a failed bias gate)</source>
        <translation>Begründung (erforderlich, um ein fehlgeschlagenes Bias-Gate zu übersteuern)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>&amp;Override bias gate…</source>
        <translation>Bias-Gate &amp;übersteuern…</translation>
    </message>
    <message>
        <source>Request &amp;hotfix</source>
        <translation>&amp;Hotfix anfordern</translation>
    </message>
    <message>
        <source>Computing the bias and drift gates for %1 …</source>
        <translation>Bias- und Drift-Gates für %1 werden berechnet …</translation>
    </message>
    <message>
        <source>%1 — Bias: %2 (%3) · Drift: %4 (%5)</source>
        <translation>%1 — Bias: %2 (%3) · Drift: %4 (%5)</translation>
    </message>
    <message>
        <source>The bias gate could not read its input: %1</source>
        <translation>Das Bias-Gate konnte seine Eingabe nicht lesen: %1</translation>
    </message>
    <message>
        <source>TPR per group of %1</source>
        <translation>TPR pro Gruppe von %1</translation>
    </message>
    <message>
        <source>Confusion counts of %1</source>
        <translation>Konfusionszahlen von %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>TN</source>
        <translation>TN</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>Sel. rate</source>
        <translation>Sel.-Rate</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>⚑ below %1</source>
        <translation>⚑ unter %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>The drift gate could not read its input: %1</source>
        <translation>Das Drift-Gate konnte seine Eingabe nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1: PSI %2, %3</source>
        <translation>%1: PSI %2, %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Sign in with an operator key and open the audit store to sign.</source>
        <translation>Melden Sie sich mit einem Operator-Schlüssel an und öffnen Sie den Audit-Speicher, um zu signieren.</translation>
    </message>
    <message>
        <source>Waiting for the gates.</source>
        <translation>Warten auf die Gates.</translation>
    </message>
    <message>
        <source>The bias gate failed: only a signed override with a justification.</source>
        <translation>Das Bias-Gate ist fehlgeschlagen: nur eine signierte Übersteuerung mit Begründung.</translation>
    </message>
    <message>
        <source>The bias gate could not run.</source>
        <translation>Das Bias-Gate konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Sign the Risk Officer&apos;s approval.</source>
        <translation>Die Genehmigung des Risk Officer signieren.</translation>
    </message>
    <message>
        <source>Only a failed bias gate can be overridden.</source>
        <translation>Nur ein fehlgeschlagenes Bias-Gate kann übersteuert werden.</translation>
    </message>
    <message>
        <source>Write the justification first.</source>
        <translation>Schreiben Sie zuerst die Begründung.</translation>
    </message>
    <message>
        <source>Sign an override of the failed bias gate.</source>
        <translation>Eine Übersteuerung des fehlgeschlagenen Bias-Gates signieren.</translation>
    </message>
    <message>
        <source>Record a hotfix request for the drift breach in the audit store.</source>
        <translation>Eine Hotfix-Anforderung für die Drift-Verletzung im Audit-Speicher erfassen.</translation>
    </message>
    <message>
        <source>No feature breaches PSI &gt; %1.</source>
        <translation>Kein Merkmal verletzt PSI &gt; %1.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>verweigert: %1</translation>
    </message>
    <message>
        <source>override of the bias gate signed and recorded</source>
        <translation>Übersteuerung des Bias-Gates signiert und erfasst</translation>
    </message>
    <message>
        <source>sign-off signed and recorded</source>
        <translation>Freigabe signiert und erfasst</translation>
    </message>
    <message>
        <source>hotfix requested (audit record %1): %2</source>
        <translation>Hotfix angefordert (Audit-Eintrag %1): %2</translation>
    </message>
</context>
<context>
    <name>countersign::ui::SecurityPane</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Sign-off status</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <source>&amp;Approve security review…</source>
        <translation>Sicherheitsprüfung &amp;genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Accept the risk of the selected finding, signed with your key</source>
        <translation>Das Risiko des ausgewählten Befunds akzeptieren, signiert mit Ihrem Schlüssel</translation>
    </message>
    <message>
        <source>The audit store is not open, so nothing can be recorded: %1</source>
        <translation>Der Audit-Speicher ist nicht geöffnet, daher kann nichts erfasst werden: %1</translation>
    </message>
    <message>
        <source>Select a finding to accept its risk</source>
        <translation>Wählen Sie einen Befund aus, um sein Risiko zu akzeptieren</translation>
    </message>
    <message>
        <source>%1 is already accepted</source>
        <translation>%1 ist bereits akzeptiert</translation>
    </message>
    <message>
        <source>Only a finding in a package can be accepted</source>
        <translation>Nur ein Befund in einem Paket kann akzeptiert werden</translation>
    </message>
    <message>
        <source>Risk not accepted: %1</source>
        <translation>Risiko nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Risk accepted: %1 in %2 until %3 (audit record %4)</source>
        <translation>Risiko akzeptiert: %1 in %2 bis %3 (Audit-Eintrag %4)</translation>
    </message>
    <message>
        <source>Sign the security step for this bundle</source>
        <translation>Den Sicherheitsschritt für dieses Bundle signieren</translation>
    </message>
    <message>
        <source>Reject this bundle at the security step, signed</source>
        <translation>Dieses Bundle im Sicherheitsschritt ablehnen, signiert</translation>
    </message>
    <message>
        <source>Wait for the integrity check and the scanner findings</source>
        <translation>Warten Sie auf die Integritätsprüfung und die Scanner-Befunde</translation>
    </message>
    <message>
        <source>The sign-off records both gate results once they are in.</source>
        <translation>Die Freigabe erfasst beide Gate-Ergebnisse, sobald sie vorliegen.</translation>
    </message>
    <message>
        <source>Integrity: %1 · Security: %2. Approving signs both results.</source>
        <translation>Integrität: %1 · Sicherheit: %2. Mit der Genehmigung werden beide Ergebnisse signiert.</translation>
    </message>
    <message>
        <source>A gate did not pass: approval will be refused until it does (a finding&apos;s risk may be accepted); you can reject.</source>
        <translation>Ein Gate wurde nicht bestanden: Die Genehmigung wird verweigert, bis es bestanden ist (das Risiko eines Befunds kann akzeptiert werden); Sie können ablehnen.</translation>
    </message>
    <message>
        <source>Not signed: the audit store is not open (%1)</source>
        <translation>Nicht signiert: Der Audit-Speicher ist nicht geöffnet (%1)</translation>
    </message>
    <message>
        <source>Integrity: %1. Security: %2.</source>
        <translation>Integrität: %1. Sicherheit: %2.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Verweigert: %1</translation>
    </message>
    <message>
        <source>Security sign-off recorded (%1, audit record %2).</source>
        <translation>Sicherheitsfreigabe erfasst (%1, Audit-Eintrag %2).</translation>
    </message>
    <message>
        <source>Security sign-off recorded</source>
        <translation>Sicherheitsfreigabe erfasst</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Nicht signiert: %1</translation>
    </message>
</context>
<context>
    <name>countersign::ui::SecurityPaneView</name>
    <message>
        <source>Integrity: checksums against the manifest</source>
        <translation>Integrität: Prüfsummen gegen das Manifest</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht verifiziert.</translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation>Hash-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Verify checksums</source>
        <translation>Prüfsummen &amp;verifizieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Artefacts and their verdicts</source>
        <translation>Artefakte und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Copy digest</source>
        <translation>Digest &amp;kopieren</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>Scanner-Befunde</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Package filter</source>
        <translation>Paketfilter</translation>
    </message>
    <message>
        <source>Search id, title, target…</source>
        <translation>ID, Titel, Ziel suchen…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Group by package</source>
        <translation>Nach Paket gruppieren</translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translation>Nach Schweregrad gruppieren</translation>
    </message>
    <message>
        <source>Group by scanner</source>
        <translation>Nach Scanner gruppieren</translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation>Nach Status gruppieren</translation>
    </message>
    <message>
        <source>&amp;Accept risk…</source>
        <translation>&amp;Risiko akzeptieren…</translation>
    </message>
    <message>
        <source>Select a finding to accept its risk</source>
        <translation>Wählen Sie einen Befund aus, um sein Risiko zu akzeptieren</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Accepted findings (signed risk acceptances)</source>
        <translation>Akzeptierte Befunde (signierte Risikoakzeptanzen)</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the manifest, not verified yet.</source>
        <translation>
            <numerusform>%n Datei im Manifest, noch nicht verifiziert.</numerusform>
            <numerusform>%n Dateien im Manifest, noch nicht verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>Hashing…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2.</source>
        <translation>Abgebrochen nach %1 von %2.</translation>
    </message>
    <message>
        <source>Integrity check cancelled</source>
        <translation>Integritätsprüfung abgebrochen</translation>
    </message>
    <message>
        <source>Hashing… %1 of %2</source>
        <translation>Hashing… %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>Reading scanner reports…</source>
        <translation>Scanner-Berichte werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2 (blocking at %3 and above; no severity: %4)</source>
        <translation>%1: %2 (blockiert ab %3; ohne Schweregrad: %4)</translation>
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
        <source>Unreadable report: %1</source>
        <translation>Unlesbarer Bericht: %1</translation>
    </message>
    <message>
        <source>Acceptance ignored: %1</source>
        <translation>Akzeptanz ignoriert: %1</translation>
    </message>
    <message>
        <source>Not audited: %1</source>
        <translation>Nicht auditiert: %1</translation>
    </message>
    <message>
        <source>All scanners</source>
        <translation>Alle Scanner</translation>
    </message>
    <message>
        <source>%1 findings (%2) · %3 blocking · %4 accepted · showing %5</source>
        <translation>%1 Befunde (%2) · %3 blockierend · %4 akzeptiert · %5 angezeigt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Copied the SHA-256 of %1</source>
        <translation>SHA-256 von %1 kopiert</translation>
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
    <name>countersign::ui::SignOffActions</name>
    <message>
        <source>Create your signing key or change its passphrase</source>
        <translation>Erstellen Sie Ihren Signaturschlüssel oder ändern Sie seine Passphrase</translation>
    </message>
    <message>
        <source>Sign in first: the key belongs to the signed-in operator</source>
        <translation>Melden Sie sich zuerst an: Der Schlüssel gehört dem angemeldeten Operator</translation>
    </message>
    <message>
        <source>Sign a decision on the selected bundle with your key</source>
        <translation>Eine Entscheidung zum ausgewählten Bundle mit Ihrem Schlüssel signieren</translation>
    </message>
    <message>
        <source>Cannot sign off: %1</source>
        <translation>Freigabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>Check every sign-off of the bundle against the roster</source>
        <translation>Jede Freigabe des Bundles gegen die Rollenliste prüfen</translation>
    </message>
    <message>
        <source>Choose a readable bundle first</source>
        <translation>Wählen Sie zuerst ein lesbares Bundle</translation>
    </message>
    <message>
        <source>choose a readable bundle first</source>
        <translation>wählen Sie zuerst ein lesbares Bundle</translation>
    </message>
    <message>
        <source>sign in first (top right, or Ctrl+Shift+I)</source>
        <translation>melden Sie sich zuerst an (oben rechts oder Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>the audit store is unavailable: %1</source>
        <translation>der Audit-Speicher ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>none of %1&apos;s roles signs a step</source>
        <translation>keine der Rollen von %1 signiert einen Schritt</translation>
    </message>
    <message>
        <source>Key %1 written to %2: put its public key in the roster.</source>
        <translation>Schlüssel %1 nach %2 geschrieben: Tragen Sie seinen öffentlichen Schlüssel in die Rollenliste ein.</translation>
    </message>
    <message>
        <source>%1 of %2 by %3 as %4: %5</source>
        <translation>%1 von %2 durch %3 als %4: %5</translation>
    </message>
    <message>
        <source>Refused and recorded: %1</source>
        <translation>Verweigert und erfasst: %1</translation>
    </message>
    <message>
        <source>Sign-off refused</source>
        <translation>Freigabe verweigert</translation>
    </message>
    <message>
        <source>%1 is refused:

%2

The refusal was recorded in the audit store.</source>
        <translation>%1 wird verweigert:

%2

Die Verweigerung wurde im Audit-Speicher erfasst.</translation>
    </message>
    <message>
        <source>Signed and recorded: %1</source>
        <translation>Signiert und erfasst: %1</translation>
    </message>
    <message>
        <source>Dual approval complete: release attestation %1</source>
        <translation>Doppelte Genehmigung abgeschlossen: Release-Attestierung %1</translation>
    </message>
</context>
<context>
    <name>countersign::ui::SignOffChoiceDialog</name>
    <message>
        <source>Sign off %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>You sign as %1 (%2). Choose the step and your decision; the next window shows exactly what is signed.</source>
        <translation>Sie signieren als %1 (%2). Wählen Sie den Schritt und Ihre Entscheidung; das nächste Fenster zeigt genau, was signiert wird.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>None of your roles signs a step of a bundle.</source>
        <translation>Keine Ihrer Rollen signiert einen Schritt eines Bundles.</translation>
    </message>
    <message>
        <source>A %1 needs a justification: it is signed with your decision.</source>
        <translation>Eine Entscheidung „%1“ erfordert eine Begründung: Sie wird mit Ihrer Entscheidung signiert.</translation>
    </message>
    <message>
        <source>Signing the %1 step in the role %2.</source>
        <translation>Signieren des Schritts „%1“ in der Rolle %2.</translation>
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
    <name>countersign::ui::SignOffsDialog</name>
    <message>
        <source>Sign-offs of %1</source>
        <translation>Freigaben von %1</translation>
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
        <source>the audit store&apos;s current checkpoint, taken when you sign</source>
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
    <message>
        <source>signing is refused: %1</source>
        <translation>das Signieren wird verweigert: %1</translation>
    </message>
    <message>
        <source>only %1 can sign an acceptance made out to %1</source>
        <translation>nur %1 kann eine auf %1 ausgestellte Akzeptanz signieren</translation>
    </message>
    <message>
        <source>recorded in %1 (now %2 records)</source>
        <translation>in %1 erfasst (jetzt %2 Einträge)</translation>
    </message>
    <message>
        <source>Sign: risk acceptance — %1 in %2</source>
        <translation>Signieren: Risikoakzeptanz — %1 in %2</translation>
    </message>
    <message>
        <source>Accept the risk of %1 in %2</source>
        <translation>Das Risiko von %1 in %2 akzeptieren</translation>
    </message>
    <message>
        <source>Versions covered:</source>
        <translation>Abgedeckte Versionen:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>%1 (seen on %2)</source>
        <translation>%1 (gesehen in %2)</translation>
    </message>
    <message>
        <source>%1 (UTC); it stops counting then</source>
        <translation>%1 (UTC); danach endet die Gültigkeit</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Signed and recorded: audit record %1.</source>
        <translation>Signiert und erfasst: Audit-Eintrag %1.</translation>
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
    <name>countersign::ui::WorkflowHeader</name>
    <message>
        <source>not evaluated for this bundle digest</source>
        <translation>für diesen Bundle-Digest nicht ausgewertet</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>nächster Schritt: %1</translation>
    </message>
    <message>
        <source>window opens in %1</source>
        <translation>Zeitfenster öffnet in %1</translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <translation>Zeitfenster schließt in %1</translation>
    </message>
    <message>
        <source>window closed</source>
        <translation>Zeitfenster geschlossen</translation>
    </message>
    <message>
        <source>audit store unavailable</source>
        <translation>Audit-Speicher nicht verfügbar</translation>
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
    <message>
        <source>Run as if it were TIME (UTC, ISO 8601) when the console starts, for demos and training; the status bar says so and records carry that time.</source>
        <translation>Beim Start der Konsole so laufen, als wäre es TIME (UTC, ISO 8601), für Demos und Schulungen; die Statusleiste weist darauf hin, und Einträge tragen diese Zeit.</translation>
    </message>
    <message>
        <source>countersign: --clock &quot;%1&quot; is not an ISO 8601 time such as 2026-11-03T08:00:00Z</source>
        <translation>countersign: --clock &quot;%1&quot; ist keine Zeitangabe nach ISO 8601 wie 2026-11-03T08:00:00Z</translation>
    </message>
    <message>
        <source>Clock set to %1 UTC (demo)</source>
        <translation>Uhr auf %1 UTC gestellt (Demo)</translation>
    </message>
    <message>
        <source>Started with --clock: times, change windows and new records use this clock.</source>
        <translation>Mit --clock gestartet: Zeiten, Änderungsfenster und neue Einträge verwenden diese Uhr.</translation>
    </message>
</context>
</TS>
