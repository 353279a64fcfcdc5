<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptanceRefusal</name>
    <message>
        <source> [%1] (recorded in the audit store)</source>
        <translation> [%1] (im Audit-Speicher erfasst)</translation>
    </message>
    <message>
        <source> [%1] (NOT recorded in the audit store: %2)</source>
        <translation> [%1] (NICHT im Audit-Speicher erfasst: %2)</translation>
    </message>
</context>
<context>
    <name>AcceptanceRevocations</name>
    <message>
        <source>the signature is not %1&apos;s as a Security Engineer on the roster: the revocation does not count</source>
        <translation>die Signatur stammt nicht von %1 als Sicherheitsingenieur(in) laut Dienstplan: der Widerruf zählt nicht</translation>
    </message>
    <message>
        <source>no recorded risk acceptance has the envelope SHA-256 %1</source>
        <translation>keine erfasste Risikoakzeptanz hat die Umschlag-Prüfsumme SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 names %2 acceptances: give more digits</source>
        <translation>%1 bezeichnet %2 Akzeptanzen: geben Sie mehr Ziffern an</translation>
    </message>
    <message>
        <source>name the acceptance by its full envelope SHA-256</source>
        <translation>bezeichnen Sie die Akzeptanz mit der vollständigen SHA-256-Prüfsumme ihres Umschlags</translation>
    </message>
    <message>
        <source>the acceptance of %1 in %2 was already revoked by %3</source>
        <translation>die Akzeptanz von %1 in %2 wurde bereits von %3 widerrufen</translation>
    </message>
    <message>
        <source>the acceptance of %1 in %2 already expired on %3</source>
        <translation>die Akzeptanz von %1 in %2 ist bereits am %3 abgelaufen</translation>
    </message>
    <message>
        <source>the revocation names another finding than the acceptance</source>
        <translation>der Widerruf nennt einen anderen Befund als die Akzeptanz</translation>
    </message>
    <message>
        <source>the signed revocation differs from the one to record</source>
        <translation>der signierte Widerruf weicht von dem zu erfassenden ab</translation>
    </message>
    <message>
        <source>the record does not match the revocation signed inside it: the revocation does not count</source>
        <translation>der Eintrag stimmt nicht mit dem darin signierten Widerruf überein: der Widerruf zählt nicht</translation>
    </message>
    <message>
        <source>only the security_engineer role, which accepts risks, may revoke an acceptance</source>
        <translation>nur die Rolle security_engineer, die Risiken akzeptiert, darf eine Akzeptanz widerrufen</translation>
    </message>
    <message>
        <source>not a revocation of a risk acceptance (payloadType %1)</source>
        <translation>kein Widerruf einer Risikoakzeptanz (payloadType %1)</translation>
    </message>
</context>
<context>
    <name>AcceptanceStore</name>
    <message>
        <source>audit record %1</source>
        <translation>Audit-Eintrag %1</translation>
    </message>
    <message>
        <source>the signature is not %1&apos;s as a Security Engineer on the roster (changed after signing, or signed by someone else): the acceptance does not count</source>
        <translation>die Signatur stammt nicht von %1 als Sicherheitsingenieur(in) laut Dienstplan (nach dem Signieren geändert oder von jemand anderem signiert): die Akzeptanz zählt nicht</translation>
    </message>
    <message>
        <source>the signed acceptance differs from the one to record</source>
        <translation>die signierte Akzeptanz weicht von der zu erfassenden ab</translation>
    </message>
    <message>
        <source>the record does not match the acceptance signed inside it: the acceptance does not count</source>
        <translation>der Eintrag stimmt nicht mit der darin signierten Akzeptanz überein: die Akzeptanz zählt nicht</translation>
    </message>
    <message>
        <source>the revocation names no earlier recorded acceptance (%1)</source>
        <translation>der Widerruf nennt keine früher erfasste Akzeptanz (%1)</translation>
    </message>
    <message>
        <source>only the security_engineer role may accept a risk</source>
        <translation>nur die Rolle security_engineer darf ein Risiko akzeptieren</translation>
    </message>
    <message>
        <source>not a risk acceptance (payloadType %1)</source>
        <translation>keine Risikoakzeptanz (payloadType %1)</translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <source>must be an array of role ids</source>
        <translation>muss ein Array von Rollen-IDs sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an approver role (ops_lead, risk_officer, security_engineer, risk_compliance or *)</source>
        <translation>&quot;%1&quot; ist keine Genehmigerrolle (ops_lead, risk_officer, security_engineer, risk_compliance oder *)</translation>
    </message>
    <message>
        <source>a deployment needs exactly two approvers (dual approval), found %1 roles</source>
        <translation>ein Deployment braucht genau zwei Genehmigende (Vier-Augen-Genehmigung), gefunden: %1 Rollen</translation>
    </message>
    <message>
        <source>the first deployment role must be ops_lead (the ops approval step)</source>
        <translation>die erste Deployment-Rolle muss ops_lead sein (der Genehmigungsschritt der Betriebsleitung)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>ArtefactManifest</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>expected &quot;&lt;64 hex&gt;  &lt;path&gt;&quot; as sha256sum writes it, found &quot;%1&quot;</source>
        <translation>erwartet &quot;&lt;64 Hex-Zeichen&gt;  &lt;Pfad&gt;&quot;, wie sha256sum es schreibt, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the SHA256SUMS file names no file</source>
        <translation>die SHA256SUMS-Datei nennt keine Datei</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array of artefacts</source>
        <translation>Array von Artefakten erwartet</translation>
    </message>
    <message>
        <source>size must not be negative</source>
        <translation>die Größe darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>das Manifest ist leer</translation>
    </message>
</context>
<context>
    <name>AuditMigration</name>
    <message>
        <source>cannot keep the schema 1 store as %1</source>
        <translation>der Speicher mit Schema 1 kann nicht als %1 aufbewahrt werden</translation>
    </message>
    <message>
        <source>cannot move the migrated store into place: %1</source>
        <translation>der migrierte Speicher kann nicht an seinen Platz gebracht werden: %1</translation>
    </message>
    <message>
        <source>there is no audit store at %1</source>
        <translation>unter %1 gibt es keinen Audit-Speicher</translation>
    </message>
    <message>
        <source>the audit store has schema %1: only schema 1 is migrated</source>
        <translation>der Audit-Speicher hat Schema %1: nur Schema 1 wird migriert</translation>
    </message>
    <message>
        <source>the migrated store was not folded into its file</source>
        <translation>der migrierte Speicher wurde nicht in seine Datei zusammengeführt</translation>
    </message>
    <message>
        <source>the schema 1 store does not verify, so it was left as it is (%1): %2</source>
        <translation>der Speicher mit Schema 1 besteht die Prüfung nicht und bleibt daher unverändert (%1): %2</translation>
    </message>
    <message>
        <source>the copy has %1 records, the schema 1 store %2</source>
        <translation>die Kopie hat %1 Einträge, der Speicher mit Schema 1 hat %2</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>audit store: %1 failed: %2</source>
        <translation>Audit-Speicher: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>the audit store could not switch to WAL mode</source>
        <translation>der Audit-Speicher konnte nicht in den WAL-Modus wechseln</translation>
    </message>
    <message>
        <source>a stored audit record is not a JSON object</source>
        <translation>ein gespeicherter Audit-Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>appending a record</source>
        <translation>Anhängen eines Eintrags</translation>
    </message>
    <message>
        <source>there is no audit record %1</source>
        <translation>es gibt keinen Audit-Eintrag %1</translation>
    </message>
    <message>
        <source>cannot read the audit store&apos;s size</source>
        <translation>die Größe des Audit-Speichers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>refusing to sign: the previous checkpoint does not verify: %1</source>
        <translation>Signieren verweigert: der vorige Checkpoint lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>refusing to sign: the store has %1 records, fewer than its last checkpoint (%2)</source>
        <translation>Signieren verweigert: der Speicher hat %1 Einträge, weniger als sein letzter Checkpoint (%2)</translation>
    </message>
    <message>
        <source>refusing to sign: the tree is not consistent with the checkpoint of %1 records</source>
        <translation>Signieren verweigert: der Baum ist nicht konsistent mit dem Checkpoint von %1 Einträgen</translation>
    </message>
    <message>
        <source>reading the Merkle tree</source>
        <translation>Lesen des Merkle-Baums</translation>
    </message>
    <message>
        <source>Merkle tree node (level %1, index %2) is missing</source>
        <translation>Merkle-Baumknoten (Ebene %1, Index %2) fehlt</translation>
    </message>
    <message>
        <source>reading the records</source>
        <translation>Lesen der Einträge</translation>
    </message>
    <message>
        <source>cannot read the store key: %1</source>
        <translation>der Speicherschlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the audit store&apos;s key is missing (expected at %1)</source>
        <translation>der Schlüssel des Audit-Speichers fehlt (erwartet unter %1)</translation>
    </message>
    <message>
        <source>the key %1 does not belong to this audit store (its key is %2)</source>
        <translation>der Schlüssel %1 gehört nicht zu diesem Audit-Speicher (sein Schlüssel ist %2)</translation>
    </message>
    <message>
        <source>the store has %1 records, not %2</source>
        <translation>der Speicher hat %1 Einträge, nicht %2</translation>
    </message>
    <message>
        <source>record %1 is not in a tree of %2 records</source>
        <translation>Eintrag %1 liegt nicht in einem Baum von %2 Einträgen</translation>
    </message>
    <message>
        <source>no consistency proof from %1 to %2 records</source>
        <translation>kein Konsistenznachweis von %1 zu %2 Einträgen</translation>
    </message>
    <message>
        <source>held checkpoint rejected: %1</source>
        <translation>gehaltener Checkpoint abgelehnt: %1</translation>
    </message>
    <message>
        <source>the held checkpoint is for another log (%1)</source>
        <translation>der gehaltene Checkpoint gehört zu einem anderen Log (%1)</translation>
    </message>
    <message>
        <source>the audit store was truncated: it has %1 records but a checkpoint of %2 records was signed (records lost, or the -wal file deleted)</source>
        <translation>der Audit-Speicher wurde gekürzt: er hat %1 Einträge, aber ein Checkpoint von %2 Einträgen wurde signiert (Einträge verloren oder die -wal-Datei gelöscht)</translation>
    </message>
    <message>
        <source>the audit store does not extend the held checkpoint of %1 records: its records were rewritten, or it is a fork</source>
        <translation>der Audit-Speicher setzt den gehaltenen Checkpoint von %1 Einträgen nicht fort: seine Einträge wurden umgeschrieben, oder er ist eine Abspaltung</translation>
    </message>
    <message>
        <source>there is no audit store at %1</source>
        <translation>unter %1 gibt es keinen Audit-Speicher</translation>
    </message>
    <message>
        <source>%1 is not an audit store</source>
        <translation>%1 ist kein Audit-Speicher</translation>
    </message>
    <message>
        <source>the audit store was opened for reading only</source>
        <translation>der Audit-Speicher wurde nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>reading the last record</source>
        <translation>Lesen des letzten Eintrags</translation>
    </message>
    <message>
        <source>the audit store was written by an earlier Countersign (schema 1); convert it with: countersign-cli --store %1 audit migrate (records, hashes and signed checkpoints stay the same)</source>
        <translation>der Audit-Speicher wurde von einer früheren Countersign-Version geschrieben (Schema 1); umwandeln mit: countersign-cli --store %1 audit migrate (Einträge, Hashes und signierte Checkpoints bleiben gleich)</translation>
    </message>
    <message>
        <source>the audit store has schema %1, which this Countersign does not know (it reads schema %2)</source>
        <translation>der Audit-Speicher hat Schema %1, das diese Countersign-Version nicht kennt (sie liest Schema %2)</translation>
    </message>
    <message>
        <source>the audit store is open in another process: close the console (and any countersign-cli using it) and try again</source>
        <translation>der Audit-Speicher ist in einem anderen Prozess geöffnet: Konsole (und jedes countersign-cli, das ihn nutzt) schließen und erneut versuchen</translation>
    </message>
    <message>
        <source>copying the store</source>
        <translation>Kopieren des Speichers</translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation>Eintrag %1 fehlt</translation>
    </message>
    <message>
        <source>starting an append</source>
        <translation>Beginnen eines Anhängens</translation>
    </message>
    <message>
        <source>committing an append</source>
        <translation>Abschließen eines Anhängens</translation>
    </message>
    <message>
        <source>the %1 records are stored, but the checkpoint after them could not be signed and saved: %2</source>
        <translation>die %1 Einträge sind gespeichert, aber der Checkpoint danach konnte nicht signiert und gesichert werden: %2</translation>
    </message>
    <message>
        <source>record %1 is stored, but the checkpoint after it could not be signed and saved: %2</source>
        <translation>Eintrag %1 ist gespeichert, aber der Checkpoint danach konnte nicht signiert und gesichert werden: %2</translation>
    </message>
    <message>
        <source>the store file is damaged: %2 (%1)</source>
        <translation>die Speicherdatei ist beschädigt: %2 (%1)</translation>
    </message>
    <message>
        <source>the store file is damaged: its header&apos;s application_id is %1, not %2 (&quot;CSAT&quot;): not a Countersign audit store, or its header was overwritten</source>
        <translation>die Speicherdatei ist beschädigt: die application_id ihres Dateikopfs ist %1, nicht %2 (&quot;CSAT&quot;): kein Countersign-Audit-Speicher, oder ihr Dateikopf wurde überschrieben</translation>
    </message>
    <message>
        <source>the store file is damaged: its header&apos;s user_version (the schema) is %1, but it holds exactly the tables of schema %2</source>
        <translation>die Speicherdatei ist beschädigt: die user_version (das Schema) ihres Dateikopfs ist %1, aber sie enthält genau die Tabellen von Schema %2</translation>
    </message>
    <message>
        <source>the store file is damaged: its header&apos;s user_version (the schema) is %1, which no Countersign writes</source>
        <translation>die Speicherdatei ist beschädigt: die user_version (das Schema) ihres Dateikopfs ist %1, das keine Countersign-Version schreibt</translation>
    </message>
    <message>
        <source>the store file is damaged: %1</source>
        <translation>die Speicherdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 wurde hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 wurde geändert</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>cannot write the store key (%1): %2</source>
        <translation>der Speicherschlüssel kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>cannot create the store: %1</source>
        <translation>der Speicher kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot make the store owner-only</source>
        <translation>der Speicher kann nicht auf den Eigentümer beschränkt werden</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit store file (give the path of its audit.sqlite)</source>
        <translation>%1 ist ein Ordner, keine Audit-Speicherdatei (geben Sie den Pfad seiner audit.sqlite an)</translation>
    </message>
    <message>
        <source>the store&apos;s checkpoint file %1</source>
        <translation>die Checkpoint-Datei %1 des Speichers</translation>
    </message>
    <message>
        <source>cannot lock the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>the store&apos;s checkpoint file %1 (%2)</source>
        <translation>die Checkpoint-Datei des Speichers %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, not an audit store file</source>
        <translation>%1 ist %2, keine Audit-Speicherdatei</translation>
    </message>
    <message>
        <source>the clock went back: %1 is earlier than %2, the time of the last record (%3) or of the checkpoint signed after it; the audit store&apos;s times never go backwards</source>
        <translation>die Uhr ging zurück: %1 liegt vor %2, der Zeit des letzten Eintrags (%3) oder des danach signierten Checkpoints; die Zeiten des Audit-Speichers gehen nie zurück</translation>
    </message>
    <message>
        <source>refusing to sign: the clock went back: %1 is earlier than %2, the time of the last record (%3); the audit store&apos;s times never go backwards</source>
        <translation>Signieren verweigert: die Uhr ging zurück: %1 liegt vor %2, der Zeit des letzten Eintrags (%3); die Zeiten des Audit-Speichers gehen nie zurück</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>cannot read the number of records</source>
        <translation>die Anzahl der Einträge kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is for another log (%2)</source>
        <translation>%1 gehört zu einem anderen Log (%2)</translation>
    </message>
    <message>
        <source>the records do not match the signed checkpoint of %1 records: the store was rewritten, rebuilt or forked</source>
        <translation>die Einträge passen nicht zum signierten Checkpoint von %1 Einträgen: der Speicher wurde umgeschrieben, neu aufgebaut oder abgespalten</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Verifizierung abgebrochen</translation>
    </message>
    <message>
        <source>record %1 is missing (the next stored record is %2)</source>
        <translation>Eintrag %1 fehlt (der nächste gespeicherte Eintrag ist %2)</translation>
    </message>
    <message>
        <source>record %1 was changed: its bytes no longer match its hash</source>
        <translation>Eintrag %1 wurde geändert: seine Bytes passen nicht mehr zu seinem Hash</translation>
    </message>
    <message>
        <source>record %1 is not a valid record</source>
        <translation>Eintrag %1 ist kein gültiger Eintrag</translation>
    </message>
    <message>
        <source>the row at position %1 holds record %2: rows were reordered or inserted</source>
        <translation>die Zeile an Position %1 enthält Eintrag %2: Zeilen wurden umsortiert oder eingefügt</translation>
    </message>
    <message>
        <source>record %1 was changed or replaced: record %2 no longer links to it</source>
        <translation>Eintrag %1 wurde geändert oder ersetzt: Eintrag %2 verweist nicht mehr auf ihn</translation>
    </message>
    <message>
        <source>record %1 is not in canonical form</source>
        <translation>Eintrag %1 ist nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>the browsing columns of record %1 were changed: they disagree with the record</source>
        <translation>die Anzeigespalten von Eintrag %1 wurden geändert: sie widersprechen dem Eintrag</translation>
    </message>
    <message>
        <source>the stored Merkle tree nodes disagree with the records</source>
        <translation>die gespeicherten Merkle-Baumknoten widersprechen den Einträgen</translation>
    </message>
    <message>
        <source>the stored Merkle tree node (level %1, index %2) disagrees with the records</source>
        <translation>der gespeicherte Merkle-Baumknoten (Ebene %1, Index %2) widerspricht den Einträgen</translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation>Eintrag %1 fehlt</translation>
    </message>
    <message>
        <source>the stored Merkle tree nodes of record %1 are missing or extra: %2 bytes where %3 nodes of 32 bytes are due</source>
        <translation>die gespeicherten Merkle-Baumknoten von Eintrag %1 fehlen oder sind zu viele: %2 Bytes, wo %3 Knoten zu 32 Bytes fällig sind</translation>
    </message>
    <message>
        <source>%1 is signed by the key %2, not by the store&apos;s key %3 (%4): the store or its key was replaced, or it is another store&apos;s checkpoint</source>
        <translation>%1 ist mit dem Schlüssel %2 signiert, nicht mit dem Schlüssel %3 des Speichers (%4): der Speicher oder sein Schlüssel wurde ersetzt, oder es ist der Checkpoint eines anderen Speichers</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 saw the log %2, but the store is the log %3: the store or its key was replaced</source>
        <translation>%1 hat das Log %2 gesehen, aber der Speicher ist das Log %3: der Speicher oder sein Schlüssel wurde ersetzt</translation>
    </message>
    <message>
        <source>the store is signed by the key %1, but %2 pins the key %3: the store or its key was replaced</source>
        <translation>der Speicher ist mit dem Schlüssel %1 signiert, aber %2 legt den Schlüssel %3 fest: der Speicher oder sein Schlüssel wurde ersetzt</translation>
    </message>
    <message>
        <source>a stored checkpoint is not signed by the store&apos;s key %1: %2</source>
        <translation>ein gespeicherter Checkpoint ist nicht mit dem Schlüssel %1 des Speichers signiert: %2</translation>
    </message>
    <message>
        <source>it is for the log %1</source>
        <translation>er gehört zum Log %1</translation>
    </message>
    <message>
        <source>the store has %1 records but a checkpoint of %2 records was signed: records were removed (or the -wal file was lost); the first missing record is #%1</source>
        <translation>der Speicher hat %1 Einträge, aber ein Checkpoint von %2 Einträgen wurde signiert: Einträge wurden entfernt (oder die -wal-Datei ging verloren); der erste fehlende Eintrag ist #%1</translation>
    </message>
    <message>
        <source>the store has %1 records, but %2 saw %3: records were removed; the first missing record is #%1</source>
        <translation>der Speicher hat %1 Einträge, aber %2 hat %3 gesehen: Einträge wurden entfernt; der erste fehlende Eintrag ist #%1</translation>
    </message>
    <message>
        <source>history was rewritten since %1 saw %2 records: the store&apos;s root at that size is not the one seen. The first record that differs is one of #%3 to #%4 (the store still matches every witness up to %3 records)</source>
        <translation>der Verlauf wurde umgeschrieben, seit %1 %2 Einträge gesehen hat: die Wurzel des Speichers bei dieser Größe ist nicht die gesehene. Der erste abweichende Eintrag ist einer von #%3 bis #%4 (bis %3 Einträge stimmt der Speicher noch mit jedem Zeugen überein)</translation>
    </message>
    <message>
        <source>%1 holds a checkpoint of %2 records that the store signed, but the store&apos;s checkpoints table no longer has it: its rows were removed</source>
        <translation>%1 enthält einen Checkpoint von %2 Einträgen, den der Speicher signiert hat, aber die Tabelle checkpoints des Speichers enthält ihn nicht mehr: ihre Zeilen wurden entfernt</translation>
    </message>
    <message>
        <source>the records table holds %1 rows but the tree has %2 records: a row with sequence number %3 is outside the tree (inserted by hand)</source>
        <translation>die Tabelle records enthält %1 Zeilen, aber der Baum hat %2 Einträge: eine Zeile mit der Sequenznummer %3 liegt außerhalb des Baums (von Hand eingefügt)</translation>
    </message>
    <message>
        <source>the meta table holds the keys %1 (expected %2)</source>
        <translation>die Tabelle meta enthält die Schlüssel %1 (erwartet %2)</translation>
    </message>
    <message>
        <source>the store&apos;s schema is not the one it was created with: %1 (its append-only guards may have been removed and put back)</source>
        <translation>das Schema des Speichers ist nicht das, mit dem er angelegt wurde: %1 (seine Append-only-Schutzmechanismen wurden möglicherweise entfernt und wieder eingesetzt)</translation>
    </message>
    <message>
        <source>record %1&apos;s time %2 is earlier than record %3&apos;s %4: the store&apos;s clock went back, or a record&apos;s time was changed</source>
        <translation>die Zeit %2 von Eintrag %1 liegt vor %4 von Eintrag %3: die Uhr des Speichers ging zurück, oder die Zeit eines Eintrags wurde geändert</translation>
    </message>
    <message>
        <source>the store has %1 records, but %2 saw them and was recorded after them: records were removed; the first missing record is #%1</source>
        <translation>der Speicher hat %1 Einträge, aber %2 hat sie gesehen und wurde danach aufgezeichnet: Einträge wurden entfernt; der erste fehlende Eintrag ist #%1</translation>
    </message>
    <message>
        <source>the checkpoints table&apos;s row of size %1 holds a signed checkpoint of %2 records: its columns were changed</source>
        <translation>die Zeile der Größe %1 in der Checkpoint-Tabelle enthält einen signierten Checkpoint von %2 Einträgen: ihre Spalten wurden geändert</translation>
    </message>
    <message>
        <source>the checkpoints table&apos;s row of size %1 says it was signed at &quot;%2&quot;, which is not between its last record #%3 (%4) and the next one: its time column was changed</source>
        <translation>die Zeile der Größe %1 in der Checkpoint-Tabelle gibt an, am &quot;%2&quot; signiert worden zu sein, was nicht zwischen ihrem letzten Eintrag #%3 (%4) und dem nächsten liegt: ihre Zeitspalte wurde geändert</translation>
    </message>
</context>
<context>
    <name>BiasGate</name>
    <message>
        <source>no label column configured</source>
        <translation>keine Label-Spalte konfiguriert</translation>
    </message>
    <message>
        <source>configure either a score column with a threshold or a prediction column</source>
        <translation>konfigurieren Sie entweder eine Score-Spalte mit Schwellenwert oder eine Vorhersage-Spalte</translation>
    </message>
    <message>
        <source>no predicted-positive values configured for column &quot;%1&quot;</source>
        <translation>keine positiven Vorhersagewerte für die Spalte &quot;%1&quot; konfiguriert</translation>
    </message>
    <message>
        <source>no protected attribute configured</source>
        <translation>kein geschütztes Merkmal konfiguriert</translation>
    </message>
    <message>
        <source>the file is empty (no header line)</source>
        <translation>die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (label) in the header</source>
        <translation>keine Spalte &quot;%1&quot; (Label) in der Kopfzeile</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (%2) in the header</source>
        <translation>keine Spalte &quot;%1&quot; (%2) in der Kopfzeile</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (protected attribute) in the header</source>
        <translation>keine Spalte &quot;%1&quot; (geschütztes Merkmal) in der Kopfzeile</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>malformed quoting</source>
        <translation>fehlerhafte Anführungszeichen</translation>
    </message>
    <message>
        <source>missing label</source>
        <translation>Label fehlt</translation>
    </message>
    <message>
        <source>unparsable score &quot;%1&quot;</source>
        <translation>nicht lesbarer Score &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing prediction</source>
        <translation>Vorhersage fehlt</translation>
    </message>
    <message>
        <source>missing value of &quot;%1&quot;</source>
        <translation>Wert von &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: no group has positive labels</source>
        <translation>%1: keine Gruppe hat positive Labels</translation>
    </message>
    <message>
        <source>gap %1 on %2 ≥ %3</source>
        <translation>Abstand %1 bei %2 ≥ %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows unreadable (more than %3)</source>
        <translation>%1 von %2 Zeilen nicht lesbar (mehr als %3)</translation>
    </message>
    <message>
        <source>%1 gap %2</source>
        <translation>%1 Abstand %2</translation>
    </message>
    <message>
        <source> (bound %1)</source>
        <translation> (Grenze %1)</translation>
    </message>
    <message>
        <source>; small groups flagged</source>
        <translation>; kleine Gruppen markiert</translation>
    </message>
    <message>
        <source>; %1 bad rows</source>
        <translation>; %1 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>single class: nothing is predicted positive</source>
        <translation>nur eine Klasse: nichts wird positiv vorhergesagt</translation>
    </message>
    <message>
        <source>single class: everything is predicted positive</source>
        <translation>nur eine Klasse: alles wird positiv vorhergesagt</translation>
    </message>
    <message>
        <source>the predictions file has a header but no data rows</source>
        <translation>die Vorhersagedatei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>expected a date-time such as &quot;2026-11-03T02:00:00Z&quot; (with Z or an offset), found &quot;%1&quot;</source>
        <translation>Datum mit Uhrzeit erwartet, etwa &quot;2026-11-03T02:00:00Z&quot; (mit Z oder Versatz), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>expected an object with code_revision, feature_snapshot and hyperparameters</source>
        <translation>Objekt mit code_revision, feature_snapshot und hyperparameters erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array of {&quot;name&quot;, &quot;sha256&quot;}</source>
        <translation>Array von {&quot;name&quot;, &quot;sha256&quot;} erwartet</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the dataset &quot;%1&quot; is listed twice</source>
        <translation>der Datensatz &quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>expected an array of {&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;}</source>
        <translation>Array von {&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;} erwartet</translation>
    </message>
    <message>
        <source>the artefact list is empty</source>
        <translation>die Artefaktliste ist leer</translation>
    </message>
    <message>
        <source>the size is negative</source>
        <translation>die Größe ist negativ</translation>
    </message>
    <message>
        <source>bundle.json cannot list itself</source>
        <translation>bundle.json kann sich nicht selbst aufführen</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is listed twice</source>
        <translation>der Pfad &quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>required field &quot;artefacts&quot; is missing (and there is no SHA256SUMS file)</source>
        <translation>Pflichtfeld &quot;artefacts&quot; fehlt (und es gibt keine SHA256SUMS-Datei)</translation>
    </message>
    <message>
        <source>required field &quot;sha256sums&quot; is missing: without an artefact list, bundle.json must pin the SHA256SUMS file by its SHA-256</source>
        <translation>Pflichtfeld &quot;sha256sums&quot; fehlt: ohne Artefaktliste muss bundle.json die SHA256SUMS-Datei über ihren SHA-256 festlegen</translation>
    </message>
    <message>
        <source>SHA256SUMS has SHA-256 %1 but bundle.json pins %2: the file changed after bundle.json was written</source>
        <translation>SHA256SUMS hat SHA-256 %1, aber bundle.json legt %2 fest: die Datei wurde nach bundle.json geändert</translation>
    </message>
    <message>
        <source>give either &quot;score&quot; with &quot;threshold&quot; or &quot;prediction&quot; with &quot;predicted_positive&quot;</source>
        <translation>geben Sie entweder &quot;score&quot; mit &quot;threshold&quot; oder &quot;prediction&quot; mit &quot;predicted_positive&quot; an</translation>
    </message>
    <message>
        <source>the threshold is not a finite number</source>
        <translation>der Schwellenwert ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>at least one predicted-positive value is needed</source>
        <translation>mindestens ein positiver Vorhersagewert ist nötig</translation>
    </message>
    <message>
        <source>at least one protected attribute is needed</source>
        <translation>mindestens ein geschütztes Merkmal ist nötig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the label or prediction column, not a protected attribute</source>
        <translation>&quot;%1&quot; ist die Label- oder Vorhersage-Spalte, kein geschütztes Merkmal</translation>
    </message>
    <message>
        <source>expected a positive count, found %1</source>
        <translation>positive Anzahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both categorical and ignored</source>
        <translation>&quot;%1&quot; ist zugleich kategorial und ignoriert</translation>
    </message>
    <message>
        <source>the bundle has no bundle.json</source>
        <translation>das Bundle hat keine bundle.json</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;, expected &quot;countersign.bundle/v1&quot;</source>
        <translation>unbekanntes Schema &quot;%1&quot;, erwartet: &quot;countersign.bundle/v1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&quot;%1&quot; ist kein Modellname (Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; does not match the folder name &quot;%2&quot;</source>
        <translation>Modell &quot;%1&quot; passt nicht zum Ordnernamen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation>&quot;%1&quot; ist keine Version (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; does not match the folder name &quot;%2&quot;</source>
        <translation>Version &quot;%1&quot; passt nicht zum Ordnernamen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kind must be &quot;scheduled&quot; or &quot;hotfix&quot;, found &quot;%1&quot;</source>
        <translation>kind muss &quot;scheduled&quot; oder &quot;hotfix&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator id</source>
        <translation>&quot;%1&quot; ist keine Operator-ID</translation>
    </message>
    <message>
        <source>expected an object with &quot;digest&quot; and optionally &quot;reference&quot;</source>
        <translation>Objekt mit &quot;digest&quot; und optional &quot;reference&quot; erwartet</translation>
    </message>
    <message>
        <source>expected &quot;sha256:&quot; and 64 lowercase hex digits, found &quot;%1&quot;</source>
        <translation>&quot;sha256:&quot; und 64 Hex-Ziffern in Kleinbuchstaben erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BundlePath</name>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>der Pfad ist absolut</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>der Pfad enthält einen Backslash</translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation>der Pfad beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>the path contains &quot;..&quot;</source>
        <translation>der Pfad enthält &quot;..&quot;</translation>
    </message>
    <message>
        <source>the root folder %1 does not exist</source>
        <translation>der Stammordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>symbolic link to &quot;%1&quot;, outside the bundle</source>
        <translation>symbolischer Link auf &quot;%1&quot;, außerhalb des Bundles</translation>
    </message>
    <message>
        <source>symbolic link to &quot;%1&quot;, which does not exist</source>
        <translation>symbolischer Link auf &quot;%1&quot;, das nicht existiert</translation>
    </message>
    <message>
        <source>resolves outside the bundle through a symbolic link, to %1</source>
        <translation>führt über einen symbolischen Link aus dem Bundle hinaus, nach %1</translation>
    </message>
    <message>
        <source>does not name a file inside the bundle</source>
        <translation>nennt keine Datei innerhalb des Bundles</translation>
    </message>
</context>
<context>
    <name>BundleWindow</name>
    <message>
        <source>the release calendar cannot be read: %1</source>
        <translation>der Release-Kalender kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>bundle.json names no feature snapshot time (training.feature_snapshot.frozen_at): the bundle has no cycle in the release calendar</source>
        <translation>bundle.json nennt keinen Zeitpunkt für den Feature-Snapshot (training.feature_snapshot.frozen_at): das Bundle hat keinen Zyklus im Release-Kalender</translation>
    </message>
    <message>
        <source>the feature snapshot was frozen at %1 (%2), not at its cycle&apos;s freeze %3 (%4; within %5 min after it counts): a scheduled bundle not frozen at its cycle&apos;s freeze is not approved</source>
        <translation>der Feature-Snapshot wurde am %1 (%2) eingefroren, nicht zum Freeze seines Zyklus am %3 (%4; bis %5 Min. danach zählt): ein planmäßiges Bundle, das nicht zum Freeze seines Zyklus eingefroren wurde, wird nicht genehmigt</translation>
    </message>
</context>
<context>
    <name>CalendarConfig</name>
    <message>
        <source>time zone offset %1 is out of range</source>
        <translation>Zeitzonenversatz %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use UTC+HH:MM or an IANA zone such as Australia/Sydney)</source>
        <translation>unbekannte Zeitzone &quot;%1&quot; (verwenden Sie UTC+HH:MM oder eine IANA-Zone wie Australia/Sydney)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a weekday name such as &quot;friday&quot;</source>
        <translation>muss ein Wochentagsname sein, etwa &quot;friday&quot;</translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not &quot;%1&quot;</source>
        <translation>muss eine Uhrzeit als HH:MM sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a whole number of hours between 1 and 336</source>
        <translation>muss eine ganze Zahl von Stunden zwischen 1 und 336 sein</translation>
    </message>
    <message>
        <source>must be %1, not &quot;%2&quot;</source>
        <translation>muss %1 sein, nicht &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ChangeRequest</name>
    <message>
        <source>the signature does not verify: %1</source>
        <translation>die Signatur lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>made for another bundle digest: the bundle changed since it was signed</source>
        <translation>für eine andere Bundle-Prüfsumme erstellt: das Bundle wurde seit dem Signieren geändert</translation>
    </message>
    <message>
        <source>made for another change request (%1)</source>
        <translation>für einen anderen Änderungsantrag erstellt (%1)</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>unbekannter Schritt &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>risk review</source>
        <translation>Risikoprüfung</translation>
    </message>
    <message>
        <source>security review</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>ops approval</source>
        <translation>Genehmigung Betriebsleitung</translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval</source>
        <translation>Genehmigung Risiko &amp; Compliance</translation>
    </message>
    <message>
        <source>approved for deployment</source>
        <translation>für das Deployment genehmigt</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>hotfix</source>
        <translation>Hotfix</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planmäßig</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>not a tlog checkpoint: expected origin, size and root hash lines</source>
        <translation>kein tlog-Checkpoint: Zeilen für Ursprung, Größe und Wurzel-Hash erwartet</translation>
    </message>
    <message>
        <source>checkpoint tree size is not a decimal number: %1</source>
        <translation>die Baumgröße des Checkpoints ist keine Dezimalzahl: %1</translation>
    </message>
    <message>
        <source>checkpoint root hash is not 32 bytes of base64: %1</source>
        <translation>der Wurzel-Hash des Checkpoints sind keine 32 Bytes in Base64: %1</translation>
    </message>
    <message>
        <source>cannot read the checkpoint: %1</source>
        <translation>der Checkpoint kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write the checkpoint: %1</source>
        <translation>der Checkpoint kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>unknown severity &quot;%1&quot;, expected one of %2</source>
        <translation>unbekannter Schweregrad &quot;%1&quot;, erwartet einer von %2</translation>
    </message>
    <message>
        <source>unknown_severity must be &quot;block&quot; or &quot;warn&quot;, found &quot;%1&quot;</source>
        <translation>unknown_severity muss &quot;block&quot; oder &quot;warn&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;: use &quot;UTC+10:00&quot; or an IANA id such as &quot;Australia/Brisbane&quot;</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;: verwenden Sie &quot;UTC+10:00&quot; oder eine IANA-ID wie &quot;Australia/Brisbane&quot;</translation>
    </message>
    <message>
        <source>expected a weekday such as &quot;friday&quot;, found &quot;%1&quot;</source>
        <translation>Wochentag erwartet, etwa &quot;friday&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a time as &quot;HH:MM&quot;, found &quot;%1&quot;</source>
        <translation>Uhrzeit als &quot;HH:MM&quot; erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>window_hours must be between 1 and 336, found %1</source>
        <translation>window_hours muss zwischen 1 und 336 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object mapping model names to {&quot;production&quot;, &quot;last_known_good&quot;}</source>
        <translation>Objekt erwartet, das Modellnamen auf {&quot;production&quot;, &quot;last_known_good&quot;} abbildet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name</source>
        <translation>&quot;%1&quot; ist kein Modellname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version</source>
        <translation>&quot;%1&quot; ist keine Version</translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;, expected &quot;countersign.controls/v1&quot;</source>
        <translation>unbekanntes Schema &quot;%1&quot;, erwartet: &quot;countersign.controls/v1&quot;</translation>
    </message>
    <message>
        <source>expected null or an http(s) URL, found &quot;%1&quot;</source>
        <translation>null oder eine http(s)-URL erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2</source>
        <translation>%1 liegt außerhalb des Bereichs: erwartet %2</translation>
    </message>
    <message>
        <source>retraining must be %1, found &quot;%2&quot;</source>
        <translation>retraining muss %1 sein, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected an object with &quot;required&quot; and &quot;allow_empty&quot;</source>
        <translation>Objekt mit &quot;required&quot; und &quot;allow_empty&quot; erwartet</translation>
    </message>
    <message>
        <source>expected an array of scanner kinds (or arrays of alternatives)</source>
        <translation>Array von Scanner-Arten (oder Arrays von Alternativen) erwartet</translation>
    </message>
    <message>
        <source>expected a scanner kind (%1) or a non-empty array of them</source>
        <translation>Scanner-Art (%1) oder ein nicht leeres Array davon erwartet</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;store_vkey&quot;: &quot;...&quot;}</source>
        <translation>Objekt erwartet, etwa {&quot;store_vkey&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>not the audit store&apos;s verifier key (countersign-cli audit key prints it): %1</source>
        <translation>nicht der Verifizierungsschlüssel des Audit-Speichers (countersign-cli audit key gibt ihn aus): %1</translation>
    </message>
</context>
<context>
    <name>ControlsRanges</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>eine endliche Zahl</translation>
    </message>
    <message>
        <source>a number in %1%2, %3%4</source>
        <translation>eine Zahl in %1%2, %3%4</translation>
    </message>
    <message>
        <source>%1 must be %2, found &quot;%3&quot;</source>
        <translation>%1 muss %2 sein, gefunden: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (%2) is above %3 (%4): the warning must not be above the breach</source>
        <translation>%1 (%2) liegt über %3 (%4): die Warnschwelle darf nicht über der Verletzungsschwelle liegen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>quoted field not closed before the end of the file</source>
        <translation>Feld in Anführungszeichen vor Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the column name &quot;%1&quot; is given twice (columns %2 and %3)</source>
        <translation>der Spaltenname &quot;%1&quot; kommt zweimal vor (Spalten %2 und %3)</translation>
    </message>
</context>
<context>
    <name>CsvRowCounter</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
</context>
<context>
    <name>DemoBlob</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DemoKey</name>
    <message>
        <source>no P-256 group</source>
        <translation>keine P-256-Gruppe</translation>
    </message>
    <message>
        <source>cannot derive a demo key</source>
        <translation>ein Demo-Schlüssel kann nicht abgeleitet werden</translation>
    </message>
    <message>
        <source>cannot compute the demo public key</source>
        <translation>der öffentliche Demo-Schlüssel kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>cannot build the demo key</source>
        <translation>der Demo-Schlüssel kann nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>cannot make the demo key</source>
        <translation>der Demo-Schlüssel kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>cannot write the demo public key</source>
        <translation>der öffentliche Demo-Schlüssel kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot prepare the demo key encryption</source>
        <translation>die Verschlüsselung des Demo-Schlüssels kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot encrypt the demo key</source>
        <translation>der Demo-Schlüssel kann nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>cannot write the demo key</source>
        <translation>der Demo-Schlüssel kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DemoTextWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>no folder given for the demo workspace</source>
        <translation>kein Ordner für den Demo-Arbeitsbereich angegeben</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder is not empty: demo init writes only into a new or empty folder</source>
        <translation>der Ordner ist nicht leer: demo init schreibt nur in einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>cannot remove the unfinished demo folder</source>
        <translation>der unfertige Demo-Ordner kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>cannot replace the empty folder</source>
        <translation>der leere Ordner kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the demo workspace into place</source>
        <translation>der Demo-Arbeitsbereich kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>DriftGate</name>
    <message>
        <source>the file is empty (no header line)</source>
        <translation>die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>no features to compare</source>
        <translation>keine Merkmale zum Vergleichen</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header</source>
        <translation>keine Spalte &quot;%1&quot; in der Kopfzeile</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields, found %4</source>
        <translation>%1 Zeile %2: %3 Felder erwartet, %4 gefunden</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a number (list the feature as categorical?)</source>
        <translation>%1 Zeile %2: &quot;%3&quot; ist keine Zahl (das Merkmal als kategorial aufführen?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no baseline values (%1 missing)</source>
        <translation>keine Referenzwerte (%1 fehlen)</translation>
    </message>
    <message>
        <source>no current values (%1 missing)</source>
        <translation>keine aktuellen Werte (%1 fehlen)</translation>
    </message>
    <message>
        <source>%1 bad rows</source>
        <translation>%1 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>PSI &gt; %1 on %2</source>
        <translation>PSI &gt; %1 bei %2</translation>
    </message>
    <message>
        <source>warning on %1</source>
        <translation>Warnung bei %1</translation>
    </message>
    <message>
        <source>%1 features, all PSI &lt; %2</source>
        <translation>%1 Merkmale, alle PSI &lt; %2</translation>
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
        <source>insufficient %1 sample: %2 values, fewer than the %3 a PSI needs (drift_min_sample)</source>
        <translation>unzureichende Stichprobe (%1): %2 Werte, weniger als die %3, die ein PSI braucht (drift_min_sample)</translation>
    </message>
</context>
<context>
    <name>Dsse</name>
    <message>
        <source>unknown field &quot;%1&quot; in a DSSE envelope</source>
        <translation>unbekanntes Feld &quot;%1&quot; in einem DSSE-Umschlag</translation>
    </message>
    <message>
        <source>the payload is not valid base64</source>
        <translation>die Nutzlast ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>expected an array of signatures</source>
        <translation>Array von Signaturen erwartet</translation>
    </message>
    <message>
        <source>the envelope has no signatures</source>
        <translation>der Umschlag hat keine Signaturen</translation>
    </message>
    <message>
        <source>expected a signature object</source>
        <translation>Signaturobjekt erwartet</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in a signature</source>
        <translation>unbekanntes Feld &quot;%1&quot; in einer Signatur</translation>
    </message>
    <message>
        <source>the signature is not valid non-empty base64</source>
        <translation>die Signatur ist kein gültiges, nicht leeres Base64</translation>
    </message>
    <message>
        <source>a DSSE envelope must be a JSON object</source>
        <translation>ein DSSE-Umschlag muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>the system random number generator failed</source>
        <translation>der Zufallszahlengenerator des Systems ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>an Ed25519 private key is 32 bytes</source>
        <translation>ein privater Ed25519-Schlüssel hat 32 Bytes</translation>
    </message>
    <message>
        <source>OpenSSL could not load the Ed25519 key</source>
        <translation>OpenSSL konnte den Ed25519-Schlüssel nicht laden</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the Ed25519 public key</source>
        <translation>OpenSSL konnte den öffentlichen Ed25519-Schlüssel nicht ableiten</translation>
    </message>
    <message>
        <source>no Ed25519 private key to sign with</source>
        <translation>kein privater Ed25519-Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>OpenSSL could not start an Ed25519 signature</source>
        <translation>OpenSSL konnte keine Ed25519-Signatur beginnen</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 signature</source>
        <translation>OpenSSL konnte keine Ed25519-Signatur erstellen</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>is a symbolic link, not followed</source>
        <translation>ist ein symbolischer Link, wird nicht verfolgt</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation>OpenSSL konnte SHA-256 nicht starten</translation>
    </message>
    <message>
        <source>read failed after %1 bytes: %2</source>
        <translation>Lesen nach %1 Bytes fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>OpenSSL SHA-256 update failed</source>
        <translation>OpenSSL-SHA-256-Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>OpenSSL SHA-256 final failed</source>
        <translation>OpenSSL-SHA-256-Abschluss fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1, not a regular file: not read</source>
        <translation>%1, keine reguläre Datei: nicht gelesen</translation>
    </message>
</context>
<context>
    <name>FileVerdict</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
    <name>GateInputs</name>
    <message>
        <source>&quot;%1&quot; is not an artefact of the manifest (%2): a gate reads only files the integrity gate checks</source>
        <translation>&quot;%1&quot; ist kein Artefakt des Manifests (%2): ein Gate liest nur Dateien, die das Integritäts-Gate prüft</translation>
    </message>
    <message>
        <source>the bytes read have SHA-256 %1, the manifest promises %2: the gate does not rest on a changed file</source>
        <translation>die gelesenen Bytes haben SHA-256 %1, das Manifest verspricht %2: das Gate stützt sich nicht auf eine geänderte Datei</translation>
    </message>
</context>
<context>
    <name>GuardrailReport</name>
    <message>
        <source>not a guardrails report (schema %1 expected)</source>
        <translation>kein Guardrails-Bericht (Schema %1 erwartet)</translation>
    </message>
    <message>
        <source>payloadType is &quot;%1&quot;, not a guardrails report</source>
        <translation>payloadType ist &quot;%1&quot;, kein Guardrails-Bericht</translation>
    </message>
    <message>
        <source>the roster has no operator with the pipeline role to verify the report</source>
        <translation>der Dienstplan hat keinen Operator mit der Pipeline-Rolle, um den Bericht zu verifizieren</translation>
    </message>
    <message>
        <source>the report is not signed by a pipeline key on the roster</source>
        <translation>der Bericht ist nicht mit einem Pipeline-Schlüssel aus dem Dienstplan signiert</translation>
    </message>
</context>
<context>
    <name>HotfixRequest</name>
    <message>
        <source>a hotfix request needs a drift gate result, not &quot;%1&quot;</source>
        <translation>eine Hotfix-Anforderung braucht ein Ergebnis des Drift-Gates, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no feature breaches PSI &gt; %1: no hotfix to request</source>
        <translation>kein Merkmal überschreitet PSI &gt; %1: kein Hotfix anzufordern</translation>
    </message>
    <message>
        <source>drift: PSI %1 on %2 &gt; %3 (%4 of the features breach; drift result sha256 %5)</source>
        <translation>Drift: PSI %1 bei %2 &gt; %3 (%4 der Merkmale überschreiten die Grenze; Drift-Ergebnis sha256 %5)</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>named twice in the manifest (first as entry %1)</source>
        <translation>im Manifest doppelt genannt (zuerst als Eintrag %1)</translation>
    </message>
    <message>
        <source>a symbolic link the manifest does not name</source>
        <translation>ein symbolischer Link, den das Manifest nicht nennt</translation>
    </message>
    <message>
        <source>present but not named in the manifest</source>
        <translation>vorhanden, aber nicht im Manifest genannt</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>SHA-256 is %1, the manifest says %2</source>
        <translation>SHA-256 ist %1, das Manifest sagt %2</translation>
    </message>
    <message>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>Größe ist %1 Bytes, das Manifest sagt %2</translation>
    </message>
</context>
<context>
    <name>IntegrityGate</name>
    <message>
        <source>cancelled before every file was checked</source>
        <translation>abgebrochen, bevor jede Datei geprüft war</translation>
    </message>
    <message>
        <source>the manifest names no file</source>
        <translation>das Manifest nennt keine Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match the manifest</source>
        <translation>
            <numerusform>%n Datei passt zum Manifest</numerusform>
            <numerusform>%n Dateien passen zum Manifest</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file is empty, expected JSON</source>
        <translation>die Datei ist leer, JSON erwartet</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>no error recorded</source>
        <translation>kein Fehler erfasst</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>Ganzzahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a SHA-256 digest as 64 lowercase hex characters, found &quot;%1&quot;</source>
        <translation>SHA-256-Prüfsumme als 64 Hex-Zeichen in Kleinbuchstaben erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a SHA-256 hash in base64 (44 characters), found &quot;%1&quot;</source>
        <translation>SHA-256-Hash in Base64 (44 Zeichen) erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (byte %2)</source>
        <translation>%1 (Byte %2)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark (EF BB BF), which JSON does not allow; save it without one</source>
        <translation>die Datei beginnt mit einer UTF-8-Bytereihenfolgemarkierung (EF BB BF), die JSON nicht erlaubt; speichern Sie sie ohne</translation>
    </message>
    <message>
        <source>not JSON: expected &apos;{&apos; or &apos;[&apos; where the text begins</source>
        <translation>kein JSON: &apos;{&apos; oder &apos;[&apos; am Textanfang erwartet</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, bei %2</translation>
    </message>
</context>
<context>
    <name>JsonStrictCheck</name>
    <message>
        <source>text after the end of the JSON value</source>
        <translation>Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>not a JSON value (expected an object, array, string, number, true, false or null)</source>
        <translation>kein JSON-Wert (erwartet: Objekt, Array, Zeichenkette, Zahl, true, false oder null)</translation>
    </message>
    <message>
        <source>the text ends where a value is expected</source>
        <translation>der Text endet, wo ein Wert erwartet wird</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>the key is given twice in one object (a reader would silently keep only one of them)</source>
        <translation>der Schlüssel kommt in einem Objekt zweimal vor (ein Leser würde stillschweigend nur einen davon behalten)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the object</source>
        <translation>&apos;,&apos; oder &apos;}&apos; im Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the array</source>
        <translation>&apos;,&apos; oder &apos;]&apos; im Array erwartet</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>die Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>raw control character U+%1 in a string (it must be escaped)</source>
        <translation>rohes Steuerzeichen U+%1 in einer Zeichenkette (es muss maskiert werden)</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape (four hex digits are needed)</source>
        <translation>ungültige \u-Escape-Sequenz (vier Hex-Ziffern sind nötig)</translation>
    </message>
    <message>
        <source>a lone low surrogate in a \u escape</source>
        <translation>ein einzelnes niedriges Surrogat in einer \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>a lone high surrogate in a \u escape (no low surrogate follows)</source>
        <translation>ein einzelnes hohes Surrogat in einer \u-Escape-Sequenz (kein niedriges Surrogat folgt)</translation>
    </message>
    <message>
        <source>invalid escape sequence (JSON allows \&quot; \\ \/ \b \f \n \r \t and \uXXXX)</source>
        <translation>ungültige Escape-Sequenz (JSON erlaubt \&quot; \\ \/ \b \f \n \r \t und \uXXXX)</translation>
    </message>
    <message>
        <source>not a valid JSON number</source>
        <translation>keine gültige JSON-Zahl</translation>
    </message>
    <message>
        <source>a number with a leading zero</source>
        <translation>eine Zahl mit führender Null</translation>
    </message>
    <message>
        <source>the number is outside the range of a double</source>
        <translation>die Zahl liegt außerhalb des Bereichs eines double</translation>
    </message>
</context>
<context>
    <name>KeyUnlockRows</name>
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
</context>
<context>
    <name>ManualHotfix</name>
    <message>
        <source>%1 is already in the hotfix lane</source>
        <translation>%1 ist bereits im Hotfix-Pfad</translation>
    </message>
    <message>
        <source>only an open request can move to the hotfix lane; %1 is %2</source>
        <translation>nur ein offener Antrag kann in den Hotfix-Pfad wechseln; %1 ist %2</translation>
    </message>
    <message>
        <source>the hotfix lane is opened by hand only as %1, not as %2</source>
        <translation>der Hotfix-Pfad wird von Hand nur als %1 eröffnet, nicht als %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is not in the roster (config/ml/operators.json)</source>
        <translation>%1 steht nicht im Dienstplan (config/ml/operators.json)</translation>
    </message>
    <message>
        <source>the roster does not give %1 the role %2</source>
        <translation>der Dienstplan gibt %1 nicht die Rolle %2</translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and cannot move it to the hotfix lane</source>
        <translation>%1 ist Modellverantwortliche(r) von %2 und kann es nicht in den Hotfix-Pfad verschieben</translation>
    </message>
    <message>
        <source>opening the hotfix lane needs a reason</source>
        <translation>die Eröffnung des Hotfix-Pfads braucht eine Begründung</translation>
    </message>
    <message>
        <source>a role the roster does not give</source>
        <translation>eine Rolle, die der Dienstplan nicht vergibt</translation>
    </message>
</context>
<context>
    <name>MerkleTree</name>
    <message>
        <source>empty Merkle subtree requested</source>
        <translation>leerer Merkle-Teilbaum angefordert</translation>
    </message>
    <message>
        <source>Merkle tree node (level %1, index %2) is missing</source>
        <translation>Merkle-Baumknoten (Ebene %1, Index %2) fehlt</translation>
    </message>
    <message>
        <source>leaf index %1 is outside a tree of size %2</source>
        <translation>Blattindex %1 liegt außerhalb eines Baums der Größe %2</translation>
    </message>
    <message>
        <source>no consistency proof from size %1 to size %2</source>
        <translation>kein Konsistenznachweis von Größe %1 zu Größe %2</translation>
    </message>
</context>
<context>
    <name>NotEvidence</name>
    <message>
        <source>its subject &quot;%1&quot; is no readable bundle of this workspace</source>
        <translation>sein Subjekt &quot;%1&quot; ist kein lesbares Bundle dieses Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>NoteVerifier</name>
    <message>
        <source>not a signed-note verifier key (name+keyid+base64key): %1</source>
        <translation>kein signed-note-Verifizierungsschlüssel (Name+Schlüssel-ID+Base64-Schlüssel): %1</translation>
    </message>
    <message>
        <source>malformed signed-note verifier key: %1</source>
        <translation>fehlerhafter signed-note-Verifizierungsschlüssel: %1</translation>
    </message>
    <message>
        <source>verifier key is not an Ed25519 key (algorithm %1)</source>
        <translation>der Verifizierungsschlüssel ist kein Ed25519-Schlüssel (Algorithmus %1)</translation>
    </message>
    <message>
        <source>verifier key id %1 does not match its key</source>
        <translation>die Verifizierungsschlüssel-ID %1 passt nicht zu ihrem Schlüssel</translation>
    </message>
</context>
<context>
    <name>NpmAuditParser</name>
    <message>
        <source>npm audit report version %1 is not supported</source>
        <translation>npm-audit-Berichtsversion %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>expected an object of vulnerable packages</source>
        <translation>Objekt verwundbarer Pakete erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source> (major)</source>
        <translation> (Major)</translation>
    </message>
    <message>
        <source>npm audit fix</source>
        <translation>npm audit fix</translation>
    </message>
    <message>
        <source>expected an advisory object or a package name</source>
        <translation>Advisory-Objekt oder Paketname erwartet</translation>
    </message>
    <message>
        <source>expected an object of advisories</source>
        <translation>Objekt von Advisories erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cited as a vulnerable dependency but the report has no entry for it under /vulnerabilities</source>
        <translation>&quot;%1&quot; wird als verwundbare Abhängigkeit angeführt, aber der Bericht hat dafür keinen Eintrag unter /vulnerabilities</translation>
    </message>
</context>
<context>
    <name>OperatorAnchor</name>
    <message>
        <source>the checkpoint %1 last saw is not signed by this store&apos;s key: %2</source>
        <translation>der Checkpoint, den %1 zuletzt gesehen hat, ist nicht mit dem Schlüssel dieses Speichers signiert: %2</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>the audit store is not consistent with the checkpoint %1 last saw.
Held by %1: %2 records, root %3.
Store now: %4 records, root %5.
%6</source>
        <translation>der Audit-Speicher ist nicht konsistent mit dem Checkpoint, den %1 zuletzt gesehen hat.
Gehalten von %1: %2 Einträge, Wurzel %3.
Speicher jetzt: %4 Einträge, Wurzel %5.
%6</translation>
    </message>
</context>
<context>
    <name>OperatorKey</name>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>a %1 key</source>
        <translation>ein %1-Schlüssel</translation>
    </message>
    <message>
        <source>an EC key with explicit or unknown curve parameters</source>
        <translation>ein EC-Schlüssel mit expliziten oder unbekannten Kurvenparametern</translation>
    </message>
    <message>
        <source>an EC key on %1</source>
        <translation>ein EC-Schlüssel auf %1</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a P-256 key: %1</source>
        <translation>OpenSSL konnte keinen P-256-Schlüssel erzeugen: %1</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>die Passphrase ist leer</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation>die Passphrase ist zu kurz: verwenden Sie mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the passphrase must not contain line breaks or NUL</source>
        <translation>die Passphrase darf keine Zeilenumbrüche oder NUL enthalten</translation>
    </message>
    <message>
        <source>no key to save</source>
        <translation>kein Schlüssel zum Speichern</translation>
    </message>
    <message>
        <source>no random bytes for the salt: %1</source>
        <translation>keine Zufallsbytes für das Salt: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the key: %1</source>
        <translation>OpenSSL konnte den Schlüssel nicht verschlüsseln: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key PEM: %1</source>
        <translation>OpenSSL konnte das Schlüssel-PEM nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot create the folder for the key file</source>
        <translation>der Ordner für die Schlüsseldatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the key file: %1</source>
        <translation>die Schlüsseldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot make the key file owner-only</source>
        <translation>die Schlüsseldatei kann nicht auf den Eigentümer beschränkt werden</translation>
    </message>
    <message>
        <source>the key file was written but cannot be made owner-only</source>
        <translation>die Schlüsseldatei wurde geschrieben, kann aber nicht auf den Eigentümer beschränkt werden</translation>
    </message>
    <message>
        <source>not a key file: no PEM block (expected &quot;-----BEGIN ENCRYPTED PRIVATE KEY-----&quot;)</source>
        <translation>keine Schlüsseldatei: kein PEM-Block (erwartet &quot;-----BEGIN ENCRYPTED PRIVATE KEY-----&quot;)</translation>
    </message>
    <message>
        <source>the key file is damaged: its PEM block cannot be decoded</source>
        <translation>die Schlüsseldatei ist beschädigt: ihr PEM-Block kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the private key in this file is not encrypted; Countersign only uses passphrase-protected keys (keys generate)</source>
        <translation>der private Schlüssel in dieser Datei ist nicht verschlüsselt; Countersign verwendet nur passphrasegeschützte Schlüssel (keys generate)</translation>
    </message>
    <message>
        <source>this is a public key; signing needs the private key file made by keys generate</source>
        <translation>dies ist ein öffentlicher Schlüssel; zum Signieren wird die private Schlüsseldatei von keys generate benötigt</translation>
    </message>
    <message>
        <source>not an operator key: the file holds a PEM &quot;%1&quot; block, expected &quot;ENCRYPTED PRIVATE KEY&quot;</source>
        <translation>kein Operator-Schlüssel: die Datei enthält einen PEM-Block &quot;%1&quot;, erwartet &quot;ENCRYPTED PRIVATE KEY&quot;</translation>
    </message>
    <message>
        <source>the key file is damaged: the encrypted key structure cannot be read</source>
        <translation>die Schlüsseldatei ist beschädigt: die Struktur des verschlüsselten Schlüssels kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no passphrase given for the key file</source>
        <translation>keine Passphrase für die Schlüsseldatei angegeben</translation>
    </message>
    <message>
        <source>wrong passphrase for the key file (or its encrypted data is damaged)</source>
        <translation>falsche Passphrase für die Schlüsseldatei (oder ihre verschlüsselten Daten sind beschädigt)</translation>
    </message>
    <message>
        <source>the key file is damaged: the decrypted data is not a private key</source>
        <translation>die Schlüsseldatei ist beschädigt: die entschlüsselten Daten sind kein privater Schlüssel</translation>
    </message>
    <message>
        <source>the key file holds %1; operator keys are ECDSA P-256</source>
        <translation>die Schlüsseldatei enthält %1; Operator-Schlüssel sind ECDSA P-256</translation>
    </message>
    <message>
        <source>the key file does not exist</source>
        <translation>die Schlüsseldatei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the key file: %1</source>
        <translation>die Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a key file: %1 bytes is far larger than a key</source>
        <translation>keine Schlüsseldatei: %1 Bytes sind weit mehr als ein Schlüssel</translation>
    </message>
    <message>
        <source>the key file is empty</source>
        <translation>die Schlüsseldatei ist leer</translation>
    </message>
    <message>
        <source>no key to sign with</source>
        <translation>kein Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>OpenSSL could not sign: %1</source>
        <translation>OpenSSL konnte nicht signieren: %1</translation>
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
    <name>PassphraseFile</name>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation>die Passphrase-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>die Passphrase-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the passphrase file is too long</source>
        <translation>die Passphrase-Datei ist zu lang</translation>
    </message>
    <message>
        <source>the passphrase file is empty (the first line is read)</source>
        <translation>die Passphrase-Datei ist leer (die erste Zeile wird gelesen)</translation>
    </message>
</context>
<context>
    <name>PipAuditParser</name>
    <message>
        <source>expected an array of dependencies</source>
        <translation>Array von Abhängigkeiten erwartet</translation>
    </message>
    <message>
        <source>expected an array of vulnerabilities</source>
        <translation>Array von Schwachstellen erwartet</translation>
    </message>
</context>
<context>
    <name>PipelineGate</name>
    <message>
        <source>no ml-guardrails report in guardrails/report.json (run countersign-cli gates)</source>
        <translation>kein ml-guardrails-Bericht in guardrails/report.json (countersign-cli gates ausführen)</translation>
    </message>
    <message>
        <source>the ml-guardrails report cannot be trusted: %1</source>
        <translation>dem ml-guardrails-Bericht kann nicht vertraut werden: %1</translation>
    </message>
    <message>
        <source>the ml-guardrails report was made for another bundle digest (%1, not %2)</source>
        <translation>der ml-guardrails-Bericht wurde für eine andere Bundle-Prüfsumme erstellt (%1, nicht %2)</translation>
    </message>
    <message>
        <source>the ml-guardrails pipeline did not pass: %1</source>
        <translation>die ml-guardrails-Pipeline ist nicht bestanden: %1</translation>
    </message>
    <message>
        <source>ml-guardrails passed for this bundle, signed by %1</source>
        <translation>ml-guardrails für dieses Bundle bestanden, signiert von %1</translation>
    </message>
    <message>
        <source>the ml-guardrails report cannot be read: %1</source>
        <translation>der ml-guardrails-Bericht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the ml-guardrails report in guardrails/report.json was generated at %1, before the last one recorded in the audit store (%2): an older report was put back; run the gates again</source>
        <translation>der ml-guardrails-Bericht in guardrails/report.json wurde am %1 erstellt, vor dem zuletzt im Audit-Speicher aufgezeichneten (%2): ein älterer Bericht wurde zurückgelegt; führen Sie die Gates erneut aus</translation>
    </message>
</context>
<context>
    <name>Preconditions</name>
    <message>
        <source>integrity gate</source>
        <translation>Integritäts-Gate</translation>
    </message>
    <message>
        <source>bias gate</source>
        <translation>Bias-Gate</translation>
    </message>
    <message>
        <source>drift gate</source>
        <translation>Drift-Gate</translation>
    </message>
    <message>
        <source>security gate</source>
        <translation>Sicherheits-Gate</translation>
    </message>
    <message>
        <source>ml-guardrails pipeline report</source>
        <translation>ml-guardrails-Pipelinebericht</translation>
    </message>
    <message>
        <source>the %1 was made for another bundle digest, not this bundle&apos;s %2</source>
        <translation>%1: für eine andere Bundle-Prüfsumme erstellt, nicht für %2 dieses Bundles</translation>
    </message>
    <message>
        <source>the %1 has not been evaluated for this bundle (digest %2)</source>
        <translation>%1: für dieses Bundle (Prüfsumme %2) nicht ausgewertet</translation>
    </message>
    <message>
        <source>the %1 failed: %2</source>
        <translation>%1 nicht bestanden: %2</translation>
    </message>
    <message>
        <source>the %1 could not be evaluated: %2</source>
        <translation>%1 konnte nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is void (%2)</source>
        <translation>die Freigabe von %1 ist ungültig (%2)</translation>
    </message>
    <message>
        <source>there is no valid %1 sign-off</source>
        <translation>es gibt keine gültige Freigabe (%1)</translation>
    </message>
    <message>
        <source>there is no valid %1 sign-off: %2</source>
        <translation>es gibt keine gültige Freigabe (%1): %2</translation>
    </message>
    <message>
        <source> (approve needs a pass; the Risk Officer may sign an override with a justification)</source>
        <translation> (eine Genehmigung setzt ein Bestehen voraus; die/der Risikobeauftragte kann eine Übersteuerung mit Begründung signieren)</translation>
    </message>
    <message>
        <source>bias and drift passed: there is nothing to override, sign an approval</source>
        <translation>Bias und Drift bestanden: es gibt nichts zu übersteuern, signieren Sie eine Genehmigung</translation>
    </message>
    <message>
        <source> (the Risk Officer&apos;s override does not cover: %1)</source>
        <translation> (die Übersteuerung der/des Risikobeauftragten deckt nicht ab: %1)</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>cannot disable core dumps: %1</source>
        <translation>Core-Dumps können nicht abgeschaltet werden: %1</translation>
    </message>
    <message>
        <source>cannot mark the process non-dumpable: %1</source>
        <translation>der Prozess kann nicht als nicht dumpbar markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>not a public key (SubjectPublicKeyInfo DER cannot be read)</source>
        <translation>kein öffentlicher Schlüssel (SubjectPublicKeyInfo-DER nicht lesbar)</translation>
    </message>
    <message>
        <source>unexpected bytes after the public key</source>
        <translation>unerwartete Bytes nach dem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>the public key is %1, not ECDSA P-256</source>
        <translation>der öffentliche Schlüssel ist %1, nicht ECDSA P-256</translation>
    </message>
    <message>
        <source>the public key is not in canonical DER form</source>
        <translation>der öffentliche Schlüssel ist nicht in kanonischer DER-Form</translation>
    </message>
    <message>
        <source>this is a private key; the roster holds the public key (PEM &quot;PUBLIC KEY&quot;)</source>
        <translation>dies ist ein privater Schlüssel; der Dienstplan enthält den öffentlichen Schlüssel (PEM &quot;PUBLIC KEY&quot;)</translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation>der öffentliche Schlüssel ist leer</translation>
    </message>
    <message>
        <source>not a PEM public key: no &quot;-----BEGIN PUBLIC KEY-----&quot; line</source>
        <translation>kein PEM-Public-Key: keine Zeile &quot;-----BEGIN PUBLIC KEY-----&quot;</translation>
    </message>
    <message>
        <source>more than one public key; expected exactly one</source>
        <translation>mehr als ein öffentlicher Schlüssel; genau einer erwartet</translation>
    </message>
    <message>
        <source>the public key PEM is damaged (its base64 cannot be read)</source>
        <translation>das PEM des öffentlichen Schlüssels ist beschädigt (sein Base64 ist nicht lesbar)</translation>
    </message>
    <message>
        <source>expected one PEM &quot;PUBLIC KEY&quot; block first</source>
        <translation>zuerst ein PEM-Block &quot;PUBLIC KEY&quot; erwartet</translation>
    </message>
    <message>
        <source>expected exactly one PEM &quot;PUBLIC KEY&quot; block and nothing else around it</source>
        <translation>genau ein PEM-Block &quot;PUBLIC KEY&quot; und nichts sonst darum herum erwartet</translation>
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
    <name>RelativePath</name>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is absolute; paths must be relative to the bundle folder</source>
        <translation>der Pfad &quot;%1&quot; ist absolut; Pfade müssen relativ zum Bundle-Ordner sein</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; contains a backslash; use &apos;/&apos; as separator</source>
        <translation>der Pfad &quot;%1&quot; enthält einen Backslash; verwenden Sie &apos;/&apos; als Trennzeichen</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; contains &quot;..&quot;; paths must stay inside the bundle folder</source>
        <translation>der Pfad &quot;%1&quot; enthält &quot;..&quot;; Pfade müssen im Bundle-Ordner bleiben</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has an empty or &quot;.&quot; segment</source>
        <translation>der Pfad &quot;%1&quot; hat einen leeren oder &quot;.&quot;-Abschnitt</translation>
    </message>
</context>
<context>
    <name>ReleaseAttestation</name>
    <message>
        <source>the release attestation is not signed by this audit store</source>
        <translation>die Release-Attestierung ist nicht von diesem Audit-Speicher signiert</translation>
    </message>
    <message>
        <source>not a release attestation</source>
        <translation>keine Release-Attestierung</translation>
    </message>
</context>
<context>
    <name>ReleaseCalendar</name>
    <message>
        <source>Australia/Sydney is on daylight saving time at this instant: %1 is %2 in Sydney</source>
        <translation>Australia/Sydney ist zu diesem Zeitpunkt in der Sommerzeit: %1 ist %2 in Sydney</translation>
    </message>
    <message>
        <source>Australia/Sydney reads this instant differently: %1 is %2 in Sydney</source>
        <translation>Australia/Sydney liest diesen Zeitpunkt anders: %1 ist %2 in Sydney</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 T %2 Std. %3 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk</name>
    <message>
        <source>the release attestation needs the audit store</source>
        <translation>die Release-Attestierung braucht den Audit-Speicher</translation>
    </message>
    <message>
        <source>cannot write the release attestation: %1</source>
        <translation>die Release-Attestierung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>a rollback is recorded in the audit store, which is not open</source>
        <translation>ein Rollback wird im Audit-Speicher erfasst, der nicht geöffnet ist</translation>
    </message>
    <message>
        <source>a webhook delivery is recorded in the audit store, which is not open</source>
        <translation>eine Webhook-Zustellung wird im Audit-Speicher erfasst, der nicht geöffnet ist</translation>
    </message>
    <message>
        <source>the last deployment webhook delivery of %1 did not fail: nothing to resend</source>
        <translation>die letzte Zustellung an den Deployment-Webhook für %1 ist nicht fehlgeschlagen: nichts erneut zu senden</translation>
    </message>
    <message>
        <source>no release attestation of %1 is recorded</source>
        <translation>für %1 ist keine Release-Attestierung erfasst</translation>
    </message>
    <message>
        <source>cannot read the release attestation: %1</source>
        <translation>die Release-Attestierung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the release attestation changed since it was recorded (SHA-256 %1, recorded %2): it is not resent</source>
        <translation>die Release-Attestierung wurde seit ihrer Erfassung geändert (SHA-256 %1, erfasst %2): sie wird nicht erneut gesendet</translation>
    </message>
    <message>
        <source>%1 is already deployed</source>
        <translation>%1 ist bereits bereitgestellt</translation>
    </message>
    <message>
        <source>only a release approved for deployment is deployed; %1 is %2</source>
        <translation>nur ein für das Deployment genehmigtes Release wird bereitgestellt; %1 ist %2</translation>
    </message>
    <message>
        <source>a deployment is recorded by an Ops Lead or the deployment pipeline, not as %1</source>
        <translation>ein Deployment wird von der Betriebsleitung oder der Deployment-Pipeline erfasst, nicht als %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signed event</source>
        <translation>&quot;%1&quot; ist kein signiertes Ereignis</translation>
    </message>
</context>
<context>
    <name>RetrainingRule</name>
    <message>
        <source>&quot;&lt;first|second|third|fourth|last&gt;-&lt;weekday&gt;&quot; in lower case, such as &quot;first-tuesday&quot; or &quot;last-friday&quot;</source>
        <translation>&quot;&lt;first|second|third|fourth|last&gt;-&lt;Wochentag&gt;&quot; in Kleinbuchstaben, etwa &quot;first-tuesday&quot; oder &quot;last-friday&quot;</translation>
    </message>
</context>
<context>
    <name>RiskAcceptance</name>
    <message>
        <source>expires is not an ISO 8601 time</source>
        <translation>expires ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>version_range &quot;%1&quot; cannot be read</source>
        <translation>version_range &quot;%1&quot; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>name the finding id</source>
        <translation>nennen Sie die Befund-ID</translation>
    </message>
    <message>
        <source>name the package</source>
        <translation>nennen Sie das Paket</translation>
    </message>
    <message>
        <source>the version range cannot be read</source>
        <translation>der Versionsbereich kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>give a justification (at least 10 characters)</source>
        <translation>geben Sie eine Begründung an (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <source>the expiry must be in the future</source>
        <translation>das Ablaufdatum muss in der Zukunft liegen</translation>
    </message>
</context>
<context>
    <name>RiskGates</name>
    <message>
        <source>the bundle has no &quot;evaluation&quot; section: the bias gate cannot run</source>
        <translation>das Bundle hat keinen Abschnitt &quot;evaluation&quot;: das Bias-Gate kann nicht laufen</translation>
    </message>
    <message>
        <source>the bundle has no &quot;drift&quot; section: the drift gate cannot run</source>
        <translation>das Bundle hat keinen Abschnitt &quot;drift&quot;: das Drift-Gate kann nicht laufen</translation>
    </message>
</context>
<context>
    <name>RiskRevocation</name>
    <message>
        <source>revoked_at is not an ISO 8601 time</source>
        <translation>revoked_at ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>name the acceptance by the SHA-256 of its envelope (64 hex digits)</source>
        <translation>bezeichnen Sie die Akzeptanz mit der SHA-256-Prüfsumme ihres Umschlags (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>give a reason (at least 10 characters)</source>
        <translation>geben Sie eine Begründung an (mindestens 10 Zeichen)</translation>
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
    <message>
        <source>any approver</source>
        <translation>beliebige(r) Genehmigende(r)</translation>
    </message>
</context>
<context>
    <name>Rollback</name>
    <message>
        <source>controls.json names no last known-good version of %1</source>
        <translation>controls.json nennt keine letzte funktionierende Version von %1</translation>
    </message>
    <message>
        <source>%1 is itself the last known-good version in controls.json</source>
        <translation>%1 ist selbst die letzte funktionierende Version in controls.json</translation>
    </message>
    <message>
        <source>the last known-good version %1 cannot be read: %2</source>
        <translation>die letzte funktionierende Version %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the last known-good version %1 fails its integrity check: %2</source>
        <translation>die letzte funktionierende Version %1 besteht ihre Integritätsprüfung nicht: %2</translation>
    </message>
    <message>
        <source>%1 was already rolled back by %2</source>
        <translation>%1 wurde bereits von %2 zurückgerollt</translation>
    </message>
    <message>
        <source>only a deployed release can be rolled back; %1 is %2</source>
        <translation>nur ein bereitgestelltes Release kann zurückgerollt werden; %1 ist %2</translation>
    </message>
    <message>
        <source>%1 is not in the roster (config/ml/operators.json)</source>
        <translation>%1 steht nicht im Dienstplan (config/ml/operators.json)</translation>
    </message>
    <message>
        <source>a rollback is signed by an Ops Lead; the roster does not give %1 that role</source>
        <translation>ein Rollback signiert die Betriebsleitung; der Dienstplan gibt %1 diese Rolle nicht</translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and signs no step of their own bundle</source>
        <translation>%1 ist Modellverantwortliche(r) von %2 und signiert keinen Schritt des eigenen Bundles</translation>
    </message>
    <message>
        <source>a rollback needs a justification</source>
        <translation>ein Rollback braucht eine Begründung</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>expected a PEM public key (&quot;-----BEGIN PUBLIC KEY-----&quot;)</source>
        <translation>PEM-Public-Key erwartet (&quot;-----BEGIN PUBLIC KEY-----&quot;)</translation>
    </message>
    <message>
        <source>the public key PEM cannot be read</source>
        <translation>das PEM des öffentlichen Schlüssels kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the public key is not an ECDSA P-256 key</source>
        <translation>der öffentliche Schlüssel ist kein ECDSA-P-256-Schlüssel</translation>
    </message>
    <message>
        <source>the public key cannot be encoded</source>
        <translation>der öffentliche Schlüssel kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;, expected &quot;countersign.operators/v1&quot;</source>
        <translation>unbekanntes Schema &quot;%1&quot;, erwartet: &quot;countersign.operators/v1&quot;</translation>
    </message>
    <message>
        <source>expected an array of operators</source>
        <translation>Array von Operatoren erwartet</translation>
    </message>
    <message>
        <source>the roster lists no operators</source>
        <translation>der Dienstplan führt keine Operatoren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator id (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&quot;%1&quot; ist keine Operator-ID (Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the operator id &quot;%1&quot; is used twice</source>
        <translation>die Operator-ID &quot;%1&quot; wird zweimal verwendet</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the operator has no role</source>
        <translation>der Operator hat keine Rolle</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;, expected one of %2</source>
        <translation>unbekannte Rolle &quot;%1&quot;, erwartet eine von %2</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is listed twice</source>
        <translation>die Rolle &quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>this public key is already another operator&apos;s</source>
        <translation>dieser öffentliche Schlüssel gehört bereits einem anderen Operator</translation>
    </message>
    <message>
        <source>the public key of operator %1: %2</source>
        <translation>der öffentliche Schlüssel von %1: %2</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>a symbolic link, not followed: not read</source>
        <translation>ein symbolischer Link, nicht verfolgt: nicht gelesen</translation>
    </message>
    <message>
        <source>%1, not a regular file: not read</source>
        <translation>%1, keine reguläre Datei: nicht gelesen</translation>
    </message>
    <message>
        <source>the path is empty, absolute or contains &quot;..&quot;: not read</source>
        <translation>der Pfad ist leer, absolut oder enthält &quot;..&quot;: nicht gelesen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>a symbolic link to &quot;%1&quot;, which does not exist</source>
        <translation>ein symbolischer Link auf &quot;%1&quot;, das nicht existiert</translation>
    </message>
    <message>
        <source>a symbolic link that leaves the bundle (to %1): not read</source>
        <translation>ein symbolischer Link, der das Bundle verlässt (nach %1): nicht gelesen</translation>
    </message>
    <message>
        <source>the path changed while it was being opened: not read</source>
        <translation>der Pfad hat sich beim Öffnen geändert: nicht gelesen</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the %2 allowed</source>
        <translation>die Datei hat %1 Bytes, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>the file is more than the %1 bytes allowed</source>
        <translation>die Datei hat mehr als die erlaubten %1 Bytes</translation>
    </message>
    <message>
        <source>read failed after %1 bytes: %2</source>
        <translation>Lesen nach %1 Bytes fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SarifParser</name>
    <message>
        <source>SARIF version %1 is not supported (expected 2.1.0)</source>
        <translation>SARIF-Version %1 wird nicht unterstützt (2.1.0 erwartet)</translation>
    </message>
    <message>
        <source>expected an array of runs</source>
        <translation>Array von Läufen erwartet</translation>
    </message>
    <message>
        <source>expected an array of rules</source>
        <translation>Array von Regeln erwartet</translation>
    </message>
    <message>
        <source>expected an array of results</source>
        <translation>Array von Ergebnissen erwartet</translation>
    </message>
</context>
<context>
    <name>ScanCoverage</name>
    <message>
        <source>a SARIF log without runs</source>
        <translation>ein SARIF-Log ohne Läufe</translation>
    </message>
    <message>
        <source>a Trivy report without Results</source>
        <translation>ein Trivy-Bericht ohne Results</translation>
    </message>
    <message>
        <source>a pip-audit report without dependencies</source>
        <translation>ein pip-audit-Bericht ohne Abhängigkeiten</translation>
    </message>
    <message>
        <source>an npm audit report that counted no dependencies</source>
        <translation>ein npm-audit-Bericht, der keine Abhängigkeiten gezählt hat</translation>
    </message>
    <message>
        <source>the report scanned nothing (%1): an empty report is no evidence of a scan (controls.json /scanners/allow_empty is false)</source>
        <translation>der Bericht hat nichts gescannt (%1): ein leerer Bericht ist kein Beleg für einen Scan (controls.json /scanners/allow_empty ist false)</translation>
    </message>
    <message>
        <source>a container image scan, but bundle.json declares no image digest (/image/digest) to bind it to</source>
        <translation>ein Container-Image-Scan, aber bundle.json deklariert keine Image-Prüfsumme (/image/digest), an die er gebunden werden kann</translation>
    </message>
    <message>
        <source>the scan is of image %1, but bundle.json declares image %2 (/image/digest)</source>
        <translation>der Scan betrifft das Image %1, aber bundle.json deklariert das Image %2 (/image/digest)</translation>
    </message>
    <message>
        <source>&lt;no digest&gt;</source>
        <translation>&lt;keine Prüfsumme&gt;</translation>
    </message>
    <message>
        <source>required scan missing: %1</source>
        <translation>erforderlicher Scan fehlt: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>ScanParser</name>
    <message>
        <source>a Trivy report in the old schema 1 format; rerun Trivy (schema 2 is expected)</source>
        <translation>ein Trivy-Bericht im alten Format von Schema 1; führen Sie Trivy erneut aus (Schema 2 wird erwartet)</translation>
    </message>
    <message>
        <source>a JSON array no supported scanner writes</source>
        <translation>ein JSON-Array, das kein unterstützter Scanner schreibt</translation>
    </message>
    <message>
        <source>the scanner reported an error instead of results: %1</source>
        <translation>der Scanner meldete einen Fehler statt Ergebnissen: %1</translation>
    </message>
    <message>
        <source>not a report of a supported scanner (Trivy JSON or SARIF, pip-audit, npm audit)</source>
        <translation>kein Bericht eines unterstützten Scanners (Trivy JSON oder SARIF, pip-audit, npm audit)</translation>
    </message>
</context>
<context>
    <name>ScannerKind</name>
    <message>
        <source>a Trivy container image scan</source>
        <translation>ein Trivy-Container-Image-Scan</translation>
    </message>
    <message>
        <source>a Trivy filesystem scan</source>
        <translation>ein Trivy-Dateisystem-Scan</translation>
    </message>
    <message>
        <source>a pip-audit report</source>
        <translation>ein pip-audit-Bericht</translation>
    </message>
    <message>
        <source>an npm audit report</source>
        <translation>ein npm-audit-Bericht</translation>
    </message>
    <message>
        <source>a SARIF report by %1</source>
        <translation>ein SARIF-Bericht von %1</translation>
    </message>
</context>
<context>
    <name>SecurityEngineerEnvelope</name>
    <message>
        <source>this key is not %1&apos;s key on the roster (key id %2, roster %3)</source>
        <translation>dieser Schlüssel ist laut Dienstplan nicht der Schlüssel von %1 (Schlüssel-ID %2, Dienstplan %3)</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>die Nutzlast ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the payload schema is not %1</source>
        <translation>das Schema der Nutzlast ist nicht %1</translation>
    </message>
    <message>
        <source>%1 is not on the roster</source>
        <translation>%1 steht nicht im Dienstplan</translation>
    </message>
    <message>
        <source>%1 is not a Security Engineer on the roster: %2</source>
        <translation>%1 ist laut Dienstplan kein(e) Sicherheitsingenieur(in): %2</translation>
    </message>
</context>
<context>
    <name>SecurityGate</name>
    <message>
        <source>unreadable report: %1</source>
        <translation>nicht lesbarer Bericht: %1</translation>
    </message>
    <message>
        <source>no scanner report found</source>
        <translation>kein Scanner-Bericht gefunden</translation>
    </message>
    <message>
        <source>%1 and %2 more blocking</source>
        <translation>%1 und %2 weitere blockierende</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) without severity</source>
        <translation>
            <numerusform>%n Befund ohne Schweregrad</numerusform>
            <numerusform>%n Befunde ohne Schweregrad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) not audited</source>
        <translation>
            <numerusform>%n Abhängigkeit nicht geprüft</numerusform>
            <numerusform>%n Abhängigkeiten nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no blocking finding in %n report(s)</source>
        <translation>
            <numerusform>kein blockierender Befund in %n Bericht</numerusform>
            <numerusform>kein blockierender Befund in %n Berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, %n akzeptiert</numerusform>
            <numerusform>, %n akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>scans/ is a symbolic link: not read</source>
        <translation>scans/ ist ein symbolischer Link: nicht gelesen</translation>
    </message>
    <message>
        <source>a folder inside scans/: reports are read from scans/ itself, so this folder is refused</source>
        <translation>ein Ordner in scans/: Berichte werden direkt aus scans/ gelesen, daher wird dieser Ordner abgewiesen</translation>
    </message>
    <message>
        <source>scan coverage: %1</source>
        <translation>Scan-Abdeckung: %1</translation>
    </message>
</context>
<context>
    <name>SecurityPolicy</name>
    <message>
        <source>blocking_severity must be one of LOW, MEDIUM, HIGH, CRITICAL</source>
        <translation>blocking_severity muss LOW, MEDIUM, HIGH oder CRITICAL sein</translation>
    </message>
    <message>
        <source>unknown_severity must be &quot;block&quot; or &quot;warn&quot;</source>
        <translation>unknown_severity muss &quot;block&quot; oder &quot;warn&quot; sein</translation>
    </message>
</context>
<context>
    <name>SeparationOfDuties</name>
    <message>
        <source>%1 is not in the roster (config/ml/operators.json)</source>
        <translation>%1 steht nicht im Dienstplan (config/ml/operators.json)</translation>
    </message>
    <message>
        <source>the roster does not give %1 the role %2</source>
        <translation>der Dienstplan gibt %1 nicht die Rolle %2</translation>
    </message>
    <message>
        <source>the second deployment approval needs the role %1, not %2</source>
        <translation>die zweite Deployment-Genehmigung braucht die Rolle %1, nicht %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is signed by a %2, not a %3</source>
        <translation>%1 ist in der Rolle %2 signiert, nicht als %3</translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and signs no step of their own bundle</source>
        <translation>%1 ist Modellverantwortliche(r) von %2 und signiert keinen Schritt des eigenen Bundles</translation>
    </message>
    <message>
        <source>%1 already gave a deployment approval (%2); dual approval needs two different people</source>
        <translation>%1 hat bereits eine Deployment-Genehmigung erteilt (%2); die Vier-Augen-Genehmigung braucht zwei verschiedene Personen</translation>
    </message>
    <message>
        <source>%1 already signed the %2 of this request</source>
        <translation>%1 hat in diesem Antrag bereits den Schritt %2 signiert</translation>
    </message>
    <message>
        <source>%1 already signed the %2 of this request; one person signs at most one step</source>
        <translation>%1 hat in diesem Antrag bereits den Schritt %2 signiert; eine Person signiert höchstens einen Schritt</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Sha256Sums</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>bad backslash escape in the file name</source>
        <translation>fehlerhafte Backslash-Maskierung im Dateinamen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot list itself or the manifest</source>
        <translation>&quot;%1&quot; kann weder sich selbst noch das Manifest aufführen</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is listed twice</source>
        <translation>der Pfad &quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>the file lists no artefacts</source>
        <translation>die Datei führt keine Artefakte auf</translation>
    </message>
    <message>
        <source>expected &quot;&lt;64 hex digits&gt;  &lt;path&gt;&quot; as sha256sum writes it</source>
        <translation>erwartet &quot;&lt;64 Hex-Ziffern&gt;  &lt;Pfad&gt;&quot;, wie sha256sum es schreibt</translation>
    </message>
</context>
<context>
    <name>SignInProof</name>
    <message>
        <source>operator &quot;%1&quot; is not on the roster</source>
        <translation>Operator &quot;%1&quot; steht nicht im Dienstplan</translation>
    </message>
    <message>
        <source>enter the passphrase of your key</source>
        <translation>geben Sie die Passphrase Ihres Schlüssels ein</translation>
    </message>
    <message>
        <source>no key file at %1: create one with File &gt; Key Setup… (when signed in) or `countersign-cli keys generate`, and have its public key put in the roster</source>
        <translation>keine Schlüsseldatei unter %1: erstellen Sie eine mit Datei &gt; Schlüssel einrichten… (wenn Sie angemeldet sind) oder `countersign-cli keys generate`, und lassen Sie ihren öffentlichen Schlüssel in den Dienstplan eintragen</translation>
    </message>
    <message>
        <source>the roster holds no usable key for %1: %2</source>
        <translation>der Dienstplan enthält keinen verwendbaren Schlüssel für %1: %2</translation>
    </message>
    <message>
        <source>this key (key id %1…) is not the roster key of %2 (key id %3…); use the key file whose public key is in the roster</source>
        <translation>dieser Schlüssel (Schlüssel-ID %1…) ist nicht der Dienstplan-Schlüssel von %2 (Schlüssel-ID %3…); verwenden Sie die Schlüsseldatei, deren öffentlicher Schlüssel im Dienstplan steht</translation>
    </message>
    <message>
        <source>the challenge signed with this key does not verify with the roster key of %1</source>
        <translation>die mit diesem Schlüssel signierte Challenge lässt sich mit dem Dienstplan-Schlüssel von %1 nicht verifizieren</translation>
    </message>
</context>
<context>
    <name>SignOffController</name>
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
        <source>the audit store cannot be read</source>
        <translation>der Audit-Speicher kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SignOffFlow</name>
    <message>
        <source>the %1 step is not signed this way (see its command)</source>
        <translation>der Schritt %1 wird nicht auf diesem Weg signiert (siehe seinen Befehl)</translation>
    </message>
    <message>
        <source>%1 (roll back to %2; its integrity %3, result sha256 %4)</source>
        <translation>%1 (Rollback auf %2; dessen Integrität %3, Ergebnis sha256 %4)</translation>
    </message>
    <message>
        <source>recorded in the audit store</source>
        <translation>im Audit-Speicher erfasst</translation>
    </message>
    <message>
        <source>NOT recorded in the audit store: %1</source>
        <translation>NICHT im Audit-Speicher erfasst: %1</translation>
    </message>
</context>
<context>
    <name>SignOffRecorder</name>
    <message>
        <source>cannot create the approvals folder</source>
        <translation>der Ordner approvals kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the sign-off: %1</source>
        <translation>die Freigabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SignOffSigner</name>
    <message>
        <source>unknown step &quot;%1&quot;; the steps are %2</source>
        <translation>unbekannter Schritt &quot;%1&quot;; die Schritte sind %2</translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;; use approve, reject or override</source>
        <translation>unbekannte Entscheidung &quot;%1&quot;; verwenden Sie approve, reject oder override</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not on the roster</source>
        <translation>Operator &quot;%1&quot; steht nicht im Dienstplan</translation>
    </message>
    <message>
        <source>the %1 step needs the role to sign in (one of %2)</source>
        <translation>der Schritt %1 braucht die Rolle, in der signiert wird (eine von %2)</translation>
    </message>
    <message>
        <source>the role %1 cannot sign the %2 step</source>
        <translation>die Rolle %1 kann den Schritt %2 nicht signieren</translation>
    </message>
    <message>
        <source>%1 does not hold the role %2 on the roster</source>
        <translation>%1 hat laut Dienstplan nicht die Rolle %2</translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and may not sign its steps</source>
        <translation>%1 ist Modellverantwortliche(r) von %2 und darf dessen Schritte nicht signieren</translation>
    </message>
    <message>
        <source>the %1 gate result was computed for another bundle.json (%2…); run the gates again before signing</source>
        <translation>das Ergebnis des Gates %1 wurde für eine andere bundle.json berechnet (%2…); führen Sie die Gates vor dem Signieren erneut aus</translation>
    </message>
    <message>
        <source>this key (key id %1…) is not the roster key of %2 (key id %3…); use the key file whose public key is in the roster</source>
        <translation>dieser Schlüssel (Schlüssel-ID %1…) ist nicht der Dienstplan-Schlüssel von %2 (Schlüssel-ID %3…); verwenden Sie die Schlüsseldatei, deren öffentlicher Schlüssel im Dienstplan steht</translation>
    </message>
    <message>
        <source>the decision &quot;%1&quot; on the %2 step needs a justification</source>
        <translation>die Entscheidung &quot;%1&quot; im Schritt %2 braucht eine Begründung</translation>
    </message>
</context>
<context>
    <name>SignOffStatement</name>
    <message>
        <source>the signed payload is not JSON: %1</source>
        <translation>die signierte Nutzlast ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the signed payload is not a JSON object</source>
        <translation>die signierte Nutzlast ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not an in-toto Statement v1 (expected _type &quot;%1&quot;)</source>
        <translation>kein in-toto Statement v1 (erwartet _type &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>not a Countersign sign-off (expected predicateType &quot;%1&quot;)</source>
        <translation>keine Countersign-Freigabe (erwartet predicateType &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>expected exactly one subject (the bundle)</source>
        <translation>genau ein Subjekt (das Bundle) erwartet</translation>
    </message>
    <message>
        <source>the subject &quot;%1&quot; does not name the predicate&apos;s bundle %2</source>
        <translation>das Subjekt &quot;%1&quot; nennt nicht das Bundle %2 des Prädikats</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>unbekannter Schritt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; cannot sign the %2 step</source>
        <translation>die Rolle &quot;%1&quot; kann den Schritt %2 nicht signieren</translation>
    </message>
    <message>
        <source>the operator is empty</source>
        <translation>der Operator ist leer</translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;</source>
        <translation>unbekannte Entscheidung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>signed_at is not a UTC time (&quot;%1&quot;)</source>
        <translation>signed_at ist keine UTC-Zeit (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>root_hash is not a base64 SHA-256 hash</source>
        <translation>root_hash ist kein SHA-256-Hash in Base64</translation>
    </message>
    <message>
        <source>the checkpoint size is negative</source>
        <translation>die Checkpoint-Größe ist negativ</translation>
    </message>
    <message>
        <source>the decision &quot;%1&quot; needs a justification</source>
        <translation>die Entscheidung &quot;%1&quot; braucht eine Begründung</translation>
    </message>
</context>
<context>
    <name>SignOffStep</name>
    <message>
        <source>Risk review</source>
        <translation>Risikoprüfung</translation>
    </message>
    <message>
        <source>Security validation</source>
        <translation>Sicherheitsvalidierung</translation>
    </message>
    <message>
        <source>Operations approval</source>
        <translation>Betriebsgenehmigung</translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval</source>
        <translation>Genehmigung Risiko &amp; Compliance</translation>
    </message>
    <message>
        <source>Deployment approval</source>
        <translation>Deployment-Genehmigung</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuern</translation>
    </message>
    <message>
        <source>Hotfix request</source>
        <translation>Hotfix-Anforderung</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
</context>
<context>
    <name>SignOffVerdict</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Nichtig</translation>
    </message>
    <message>
        <source>Not a sign-off</source>
        <translation>Keine Freigabe</translation>
    </message>
</context>
<context>
    <name>SignOffVerifier</name>
    <message>
        <source>payloadType is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>payloadType ist &quot;%1&quot;, erwartet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a sign-off (predicateType &quot;%1&quot;); not checked here</source>
        <translation>keine Freigabe (predicateType &quot;%1&quot;); hier nicht geprüft</translation>
    </message>
    <message>
        <source>a sign-off carries exactly one signature (one envelope per signer); this one has %1</source>
        <translation>eine Freigabe trägt genau eine Signatur (ein Umschlag je Unterzeichner); diese hat %1</translation>
    </message>
    <message>
        <source>malformed sign-off: %1%2</source>
        <translation>fehlerhafte Freigabe: %1%2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not on the roster (any more)</source>
        <translation>Operator &quot;%1&quot; steht nicht (mehr) im Dienstplan</translation>
    </message>
    <message>
        <source>roster key of %1</source>
        <translation>Dienstplan-Schlüssel von %1</translation>
    </message>
    <message>
        <source>signed with key id %1, but the roster key of %2 is %3</source>
        <translation>mit Schlüssel-ID %1 signiert, aber der Dienstplan-Schlüssel von %2 ist %3</translation>
    </message>
    <message>
        <source>the signature does not verify with the roster key of %1</source>
        <translation>die Signatur lässt sich mit dem Dienstplan-Schlüssel von %1 nicht verifizieren</translation>
    </message>
    <message>
        <source>%1 does not hold the role %2 on the roster</source>
        <translation>%1 hat laut Dienstplan nicht die Rolle %2</translation>
    </message>
    <message>
        <source>the sign-off is for %1, not for %2</source>
        <translation>die Freigabe gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and may not sign its steps</source>
        <translation>%1 ist Modellverantwortliche(r) von %2 und darf dessen Schritte nicht signieren</translation>
    </message>
    <message>
        <source>void: the bundle changed since it was signed (signed bundle.json %1, now %2)</source>
        <translation>nichtig: das Bundle wurde seit dem Signieren geändert (signierte bundle.json %1, jetzt %2)</translation>
    </message>
    <message>
        <source>%1 (%2) signed &quot;%3&quot; for the %4 step with key %5</source>
        <translation>%1 (%2) hat &quot;%3&quot; für den Schritt %4 mit Schlüssel %5 signiert</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>malformed envelope: %1</source>
        <translation>fehlerhafter Umschlag: %1</translation>
    </message>
</context>
<context>
    <name>SignedNote</name>
    <message>
        <source>a signed note&apos;s text must end in a newline and hold no control characters</source>
        <translation>der Text einer signierten Notiz muss mit einem Zeilenumbruch enden und darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>invalid signed-note key name: %1</source>
        <translation>ungültiger Schlüsselname für signed-note: %1</translation>
    </message>
    <message>
        <source>not a signed note: it must end in a newline and hold no control characters</source>
        <translation>keine signierte Notiz: sie muss mit einem Zeilenumbruch enden und darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>not a signed note: no blank line before the signatures</source>
        <translation>keine signierte Notiz: keine Leerzeile vor den Signaturen</translation>
    </message>
    <message>
        <source>signed note has no signatures</source>
        <translation>die signierte Notiz hat keine Signaturen</translation>
    </message>
    <message>
        <source>malformed signature line in signed note: %1</source>
        <translation>fehlerhafte Signaturzeile in der signierten Notiz: %1</translation>
    </message>
    <message>
        <source>malformed signature in signed note: %1</source>
        <translation>fehlerhafte Signatur in der signierten Notiz: %1</translation>
    </message>
    <message>
        <source>the signature of %1 on the note does not verify</source>
        <translation>die Signatur von %1 auf der Notiz lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>the note is not signed by the expected key %1+%2</source>
        <translation>die Notiz ist nicht mit dem erwarteten Schlüssel %1+%2 signiert</translation>
    </message>
    <message>
        <source>not a signed-note private key (PRIVATE+KEY+name+id+key)</source>
        <translation>kein privater signed-note-Schlüssel (PRIVATE+KEY+Name+ID+Schlüssel)</translation>
    </message>
    <message>
        <source>malformed Ed25519 signed-note private key</source>
        <translation>fehlerhafter privater Ed25519-Schlüssel für signed-note</translation>
    </message>
    <message>
        <source>the private key&apos;s id does not match its key</source>
        <translation>die ID des privaten Schlüssels passt nicht zu seinem Schlüssel</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign: risk acceptance — %1 in %2</source>
        <translation>Signieren: Risikoakzeptanz — %1 in %2</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
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
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>%1 (UTC); it stops counting then</source>
        <translation>%1 (UTC); danach endet die Gültigkeit</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Sign: revoke risk acceptance — %1 in %2</source>
        <translation>Signieren: Risikoakzeptanz widerrufen — %1 in %2</translation>
    </message>
    <message>
        <source>Revoke the acceptance of %1 in %2: it stops counting now</source>
        <translation>Die Akzeptanz von %1 in %2 widerrufen: sie zählt ab sofort nicht mehr</translation>
    </message>
    <message>
        <source>Acceptance envelope SHA-256:</source>
        <translation>SHA-256 des Akzeptanz-Umschlags:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Sign: %1 — %2</source>
        <translation>Signieren: %1 — %2</translation>
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
        <source>Change request:</source>
        <translation>Änderungsantrag:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>signing is not available: no workspace</source>
        <translation>Signieren nicht verfügbar: kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>nothing was prepared for signing</source>
        <translation>nichts wurde zum Signieren vorbereitet</translation>
    </message>
</context>
<context>
    <name>StoreComparison</name>
    <message>
        <source>%1 is a folder, not an audit store file</source>
        <translation>%1 ist ein Ordner, keine Audit-Speicherdatei</translation>
    </message>
    <message>
        <source>there is no audit store at %1</source>
        <translation>unter %1 gibt es keinen Audit-Speicher</translation>
    </message>
    <message>
        <source>cannot read the number of records</source>
        <translation>die Anzahl der Einträge kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A holds no record there</source>
        <translation>A enthält dort keinen Eintrag</translation>
    </message>
    <message>
        <source>B holds no record there</source>
        <translation>B enthält dort keinen Eintrag</translation>
    </message>
    <message>
        <source>the record bytes</source>
        <translation>die Bytes des Eintrags</translation>
    </message>
    <message>
        <source>the stored hash</source>
        <translation>der gespeicherte Hash</translation>
    </message>
    <message>
        <source>the browsing columns</source>
        <translation>die Anzeigespalten</translation>
    </message>
</context>
<context>
    <name>StoreKeyPin</name>
    <message>
        <source>the audit store is signed by key %1, but controls.json pins %2 (/audit/store_vkey): this is not the workspace&apos;s store</source>
        <translation>der Audit-Speicher ist mit dem Schlüssel %1 signiert, aber controls.json legt %2 fest (/audit/store_vkey): dies ist nicht der Speicher des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>TrainingWorkspace</name>
    <message>
        <source>%1 is accepted only in a training workspace (controls.json &quot;training&quot;: true): no signer chooses the time, the system clock stamps every record</source>
        <translation>%1 wird nur in einem Schulungs-Arbeitsbereich akzeptiert (controls.json &quot;training&quot;: true): kein Unterzeichner wählt die Zeit, die Systemuhr stempelt jeden Eintrag</translation>
    </message>
</context>
<context>
    <name>TransitionRules</name>
    <message>
        <source>the change request is already %1; no further %2</source>
        <translation>der Änderungsantrag ist bereits %1; %2 ist nicht mehr möglich</translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval is for the hotfix lane; this is a scheduled change request</source>
        <translation>die Genehmigung Risiko &amp; Compliance gehört zum Hotfix-Pfad; dies ist ein planmäßiger Änderungsantrag</translation>
    </message>
    <message>
        <source>the gates have not been evaluated for this bundle yet; the %1 comes after them</source>
        <translation>die Gates wurden für dieses Bundle noch nicht ausgewertet; %1 folgt erst danach</translation>
    </message>
    <message>
        <source>the Ops Lead&apos;s approval comes before the second deployment approval</source>
        <translation>die Genehmigung der Betriebsleitung kommt vor der zweiten Deployment-Genehmigung</translation>
    </message>
    <message>
        <source>the change request is in %1; the %2 is not open</source>
        <translation>der Änderungsantrag ist im Stand %1; %2 ist nicht offen</translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot; (approve, reject or override)</source>
        <translation>unbekannte Entscheidung &quot;%1&quot; (approve, reject oder override)</translation>
    </message>
    <message>
        <source>only the Risk Officer&apos;s review can be an override; the %1 cannot</source>
        <translation>nur die Prüfung der/des Risikobeauftragten kann eine Übersteuerung sein; %1 nicht</translation>
    </message>
    <message>
        <source>an %1 needs a justification</source>
        <translation>%1 braucht eine Begründung</translation>
    </message>
    <message>
        <source>the change window opens at %1; approvals before it are refused</source>
        <translation>das Änderungsfenster öffnet um %1; Genehmigungen davor werden verweigert</translation>
    </message>
    <message>
        <source>the release calendar gives this bundle no change window; outside it only the hotfix lane may approve</source>
        <translation>der Release-Kalender gibt diesem Bundle kein Änderungsfenster; außerhalb davon darf nur der Hotfix-Pfad genehmigen</translation>
    </message>
    <message>
        <source>the %1-hour change window closed at %2 (opened %3); outside it only the hotfix lane may approve</source>
        <translation>das %1-Stunden-Änderungsfenster hat sich um %2 geschlossen (geöffnet %3); außerhalb davon darf nur der Hotfix-Pfad genehmigen</translation>
    </message>
</context>
<context>
    <name>TrivyJsonParser</name>
    <message>
        <source>Trivy JSON schema version %1 is not supported (expected 2)</source>
        <translation>Trivy-JSON-Schemaversion %1 wird nicht unterstützt (2 erwartet)</translation>
    </message>
    <message>
        <source>expected an array of results</source>
        <translation>Array von Ergebnissen erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
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
    <name>Workflow</name>
    <message>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>the gates have not been evaluated for this bundle</source>
        <translation>die Gates wurden für dieses Bundle nicht ausgewertet</translation>
    </message>
    <message>
        <source>the Risk Officer&apos;s sign-off</source>
        <translation>die Freigabe der/des Risikobeauftragten</translation>
    </message>
    <message>
        <source>the Security Engineer&apos;s sign-off</source>
        <translation>die Freigabe der Sicherheitsingenieurin/des Sicherheitsingenieurs</translation>
    </message>
    <message>
        <source>the Ops Lead&apos;s approval</source>
        <translation>die Genehmigung der Betriebsleitung</translation>
    </message>
    <message>
        <source>waiting for the second deployment approval (%1, another person)</source>
        <translation>wartet auf die zweite Deployment-Genehmigung (%1, eine andere Person)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a hotfix needs the Risk &amp; Compliance approval before deployment</source>
        <translation>ein Hotfix braucht vor dem Deployment die Genehmigung Risiko &amp; Compliance</translation>
    </message>
    <message>
        <source>the change request was rejected by %1 at the %2: %3</source>
        <translation>der Änderungsantrag wurde von %1 bei %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>the release was rolled back by %1: %2</source>
        <translation>das Release wurde von %1 zurückgerollt: %2</translation>
    </message>
    <message>
        <source>the bundle&apos;s artefacts no longer match its manifest: %1</source>
        <translation>die Artefakte des Bundles passen nicht mehr zu seinem Manifest: %1</translation>
    </message>
    <message>
        <source>dual approval is not met: it needs %1 from %2 different people, %3 valid approval(s) recorded</source>
        <translation>Vier-Augen-Genehmigung nicht erfüllt: nötig sind %1 von %2 verschiedenen Personen, %3 gültige Genehmigung(en) erfasst</translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>the change request is in %1, not approved for deployment</source>
        <translation>der Änderungsantrag ist im Stand %1, nicht für das Deployment genehmigt</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was %3 at %4, outside the change window of its cycle (%5 to %6); outside it only the hotfix lane may approve</source>
        <translation>der Schritt %2 von %1 wurde am %4 %3, außerhalb des Änderungsfensters seines Zyklus (%5 bis %6); außerhalb davon darf nur der Hotfix-Pfad genehmigen</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>audit records %1 of the bundle carry the training mark: they were made in a training workspace and do not count for production</source>
        <translation>die Audit-Einträge %1 des Bundles tragen die Schulungsmarkierung: sie wurden in einem Schulungs-Arbeitsbereich erstellt und zählen nicht für die Produktion</translation>
    </message>
</context>
<context>
    <name>WorkflowEvidence</name>
    <message>
        <source>the signed time or the record&apos;s time is missing</source>
        <translation>die signierte Zeit oder die Zeit des Eintrags fehlt</translation>
    </message>
    <message>
        <source>signed at %1 but recorded at %2 (%3 s apart; at most %4 s count): the signer&apos;s clock is not the store&apos;s</source>
        <translation>signiert am %1, aber erfasst am %2 (%3 s Abstand; höchstens %4 s zählen): die Uhr des Unterzeichners ist nicht die des Speichers</translation>
    </message>
    <message>
        <source>recorded under %1 but signed by %2</source>
        <translation>erfasst unter %1, aber signiert von %2</translation>
    </message>
    <message>
        <source>no signed report: %1</source>
        <translation>kein signierter Bericht: %1</translation>
    </message>
    <message>
        <source>made for another bundle digest (%1)</source>
        <translation>für eine andere Bundle-Prüfsumme erstellt (%1)</translation>
    </message>
    <message>
        <source>not signed: only signed evidence moves a change request</source>
        <translation>nicht signiert: nur signierte Belege bringen einen Änderungsantrag voran</translation>
    </message>
    <message>
        <source>made in a training workspace, on a clock a person may set: it never counts outside training</source>
        <translation>in einem Trainings-Workspace erstellt, mit einer Uhr, die eine Person stellen kann: zählt außerhalb des Trainings nie</translation>
    </message>
</context>
<context>
    <name>WorkflowStep</name>
    <message>
        <source>risk review</source>
        <translation>Risikoprüfung</translation>
    </message>
    <message>
        <source>security review</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>ops approval</source>
        <translation>Genehmigung Betriebsleitung</translation>
    </message>
    <message>
        <source>second deployment approval</source>
        <translation>zweite Deployment-Genehmigung</translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval</source>
        <translation>Genehmigung Risiko &amp; Compliance</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>the owner &quot;%1&quot; is not on the roster (%2)</source>
        <translation>die/der Verantwortliche &quot;%1&quot; steht nicht im Dienstplan (%2)</translation>
    </message>
    <message>
        <source>the owner &quot;%1&quot; does not have the model_owner role</source>
        <translation>die/der Verantwortliche &quot;%1&quot; hat nicht die Rolle model_owner</translation>
    </message>
    <message>
        <source>the workspace folder does not exist or is not a folder</source>
        <translation>der Arbeitsbereichsordner existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>the workspace has no roster (config/ml/operators.json)</source>
        <translation>der Arbeitsbereich hat keinen Dienstplan (config/ml/operators.json)</translation>
    </message>
    <message>
        <source>the workspace has no artifacts/models folder</source>
        <translation>der Arbeitsbereich hat keinen Ordner artifacts/models</translation>
    </message>
    <message>
        <source>there is no bundle %1@%2 in artifacts/models</source>
        <translation>es gibt kein Bundle %1@%2 in artifacts/models</translation>
    </message>
    <message>
        <source>expected a bundle as MODEL@VERSION, found &quot;%1&quot;</source>
        <translation>Bundle als MODELL@VERSION erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no bundle %1 in %2</source>
        <translation>es gibt kein Bundle %1 in %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceWitnesses</name>
    <message>
        <source>operator %1&apos;s anchor %2</source>
        <translation>der Anker %2 von Operator %1</translation>
    </message>
    <message>
        <source>the sign-offs under approvals/ (%1)</source>
        <translation>die Freigaben unter approvals/ (%1)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 sign-off %3</source>
        <translation>die %2-Freigabe %3 von %1</translation>
    </message>
    <message>
        <source>the release attestation %1</source>
        <translation>die Release-Attestierung %1</translation>
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
    <message>
        <source>✗ Cannot verify: %1</source>
        <translation>✗ Verifizierung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n signed checkpoint(s)</source>
        <translation>
            <numerusform>, %n signierter Checkpoint</numerusform>
            <numerusform>, %n signierte Checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n witness(es) from outside the store checked.</source>
        <translation>
            <numerusform> und %n Zeuge von außerhalb des Speichers geprüft.</numerusform>
            <numerusform> und %n Zeugen von außerhalb des Speichers geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the store&apos;s key %1 is pinned nowhere outside the store (pin it in config/ml/controls.json: countersign-cli audit key --pin).</source>
        <translation>Warnung: der Schlüssel %1 des Speichers ist nirgends außerhalb des Speichers festgelegt (legen Sie ihn in config/ml/controls.json fest: countersign-cli audit key --pin).</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
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
    <message>
        <source>No audit store yet</source>
        <translation>Noch kein Audit-Speicher</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>with the workspace&apos;s first record, when an operator signs in (looking at a workspace writes nothing).</source>
        <translation>mit dem ersten Eintrag des Arbeitsbereichs, wenn sich ein Operator anmeldet (das Ansehen eines Arbeitsbereichs schreibt nichts).</translation>
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
    <message>
        <source>Not evidence: the workflow reads this kind of record but does not count this one: %1</source>
        <translation>Kein Beleg: der Workflow liest diese Art von Eintrag, zählt diesen aber nicht: %1</translation>
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
    <message>
        <source>Not evidence: %1</source>
        <translation>Kein Beleg: %1</translation>
    </message>
    <message>
        <source>not evidence</source>
        <translation>kein Beleg</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
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
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message numerus="yes">
        <source>Retraining on the %1 %2 of each month; feature snapshot frozen the %3 before at %4 %5; a %n-hour evaluation window.</source>
        <translation>
            <numerusform>Retraining am %1 %2 jedes Monats; Feature-Snapshot am %3 davor um %4 %5 eingefroren; ein %n-stündiges Evaluierungsfenster.</numerusform>
            <numerusform>Retraining am %1 %2 jedes Monats; Feature-Snapshot am %3 davor um %4 %5 eingefroren; ein %n-stündiges Evaluierungsfenster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle&apos;s retraining:</source>
        <translation>Retraining des Bundles:</translation>
    </message>
    <message>
        <source>no window for this bundle: %1</source>
        <translation>kein Fenster für dieses Bundle: %1</translation>
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
    <message>
        <source>revoked %1 (%2)</source>
        <translation>widerrufen %1 (%2)</translation>
    </message>
    <message>
        <source>An acceptance by %1 was revoked by %2 on %3: %4</source>
        <translation>Eine Akzeptanz durch %1 wurde von %2 am %3 widerrufen: %4</translation>
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
    <message>
        <source>Training workspace — records do not count for production</source>
        <translation>Schulungs-Arbeitsbereich — Einträge zählen nicht für die Produktion</translation>
    </message>
    <message>
        <source>%1 is not a training workspace: the console was started with --clock, which is accepted only in a workspace whose controls.json says &quot;training&quot;: true.</source>
        <translation>%1 ist kein Schulungs-Arbeitsbereich: die Konsole wurde mit --clock gestartet, was nur in einem Arbeitsbereich akzeptiert wird, dessen controls.json &quot;training&quot;: true enthält.</translation>
    </message>
    <message>
        <source>%1 is signed out: the roster no longer holds the key they signed in with</source>
        <translation>%1 wurde abgemeldet: der Dienstplan enthält den Schlüssel der Anmeldung nicht mehr</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 is not signed in [%2]: %3</source>
        <translation>%1 ist nicht angemeldet [%2]: %3</translation>
    </message>
    <message>
        <source>there is no audit store yet: it is made with the first record, when an operator signs in</source>
        <translation>es gibt noch keinen Audit-Speicher: er wird mit dem ersten Eintrag angelegt, wenn sich ein Operator anmeldet</translation>
    </message>
    <message>
        <source>Not the workspace&apos;s audit store</source>
        <translation>Nicht der Audit-Speicher des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1

Signing is refused until this is resolved. Keep the file as it is and tell your security team.</source>
        <translation>%1

Signieren wird verweigert, bis dies behoben ist. Lassen Sie die Datei unverändert und informieren Sie Ihr Sicherheitsteam.</translation>
    </message>
    <message>
        <source>No audit store yet</source>
        <translation>Noch kein Audit-Speicher</translation>
    </message>
    <message>
        <source>The audit store cannot prove that it extends the last checkpoint you saw: records may have been changed, removed or truncated, or this is another copy of the log.

%1</source>
        <translation>Der Audit-Speicher kann nicht nachweisen, dass er den zuletzt von Ihnen gesehenen Checkpoint fortsetzt: Einträge wurden möglicherweise geändert, entfernt oder abgeschnitten, oder dies ist eine andere Kopie des Logs.

%1</translation>
    </message>
    <message>
        <source>Audit store damaged</source>
        <translation>Audit-Speicher beschädigt</translation>
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
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose who is working at this console: signing in asks for your key&apos;s passphrase, and each signature asks for it again.</source>
        <translation>Wählen Sie, wer an dieser Konsole arbeitet: die Anmeldung fragt nach der Passphrase Ihres Schlüssels, und jede Signatur fragt erneut danach.</translation>
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
        <source>Rolled back %1 to %2</source>
        <translation>%1 auf %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>No deployment webhook is set (controls.json or the settings).</source>
        <translation>Es ist kein Deployment-Webhook eingestellt (controls.json oder die Einstellungen).</translation>
    </message>
    <message>
        <source>hotfix lane for %1 by %2</source>
        <translation>Hotfix-Pfad für %1 durch %2</translation>
    </message>
    <message>
        <source>Why does %1 need the hotfix lane? It then needs the Risk &amp; Compliance approval before deployment. The reason is signed.</source>
        <translation>Warum benötigt %1 den Hotfix-Pfad? Dann ist vor dem Deployment die Genehmigung Risiko &amp; Compliance erforderlich. Die Begründung wird signiert.</translation>
    </message>
    <message>
        <source>Hotfix lane opened for %1, signed by %2</source>
        <translation>Hotfix-Pfad für %1 eröffnet, signiert von %2</translation>
    </message>
    <message>
        <source>%1 is deployed to production</source>
        <translation>%1 ist in der Produktion bereitgestellt</translation>
    </message>
    <message>
        <source>deployment of %1 by %2</source>
        <translation>Deployment von %1 durch %2</translation>
    </message>
    <message>
        <source>%1 recorded as deployed, signed by %2</source>
        <translation>%1 als bereitgestellt protokolliert, signiert von %2</translation>
    </message>
    <message>
        <source>the change request of %1 is still being read</source>
        <translation>der Änderungsantrag von %1 wird noch gelesen</translation>
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
    <message>
        <source>POST the release attestation to the deployment webhook again; the outcome is recorded</source>
        <translation>Die Release-Attestierung erneut an den Deployment-Webhook senden; das Ergebnis wird erfasst</translation>
    </message>
    <message>
        <source>Only a failed deployment webhook delivery can be resent.</source>
        <translation>Nur eine fehlgeschlagene Zustellung an den Deployment-Webhook kann erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Opening the hotfix lane by hand needs one of the roles %1; %2 holds none of them.</source>
        <translation>Die Eröffnung des Hotfix-Pfads von Hand braucht eine der Rollen %1; %2 hat keine davon.</translation>
    </message>
    <message>
        <source>Reading the change request of %1 from the audit store…</source>
        <translation>Der Änderungsantrag von %1 wird aus dem Audit-Speicher gelesen…</translation>
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
    <message>
        <source>Re&amp;send webhook</source>
        <translation>Webhook erneut &amp;senden</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No change window: %1</source>
        <translation>Kein Änderungsfenster: %1</translation>
    </message>
    <message>
        <source>No change window: the release calendar gives this bundle none.</source>
        <translation>Kein Änderungsfenster: der Release-Kalender gibt diesem Bundle keines.</translation>
    </message>
    <message>
        <source> Deployed: signed by %1 (%2) at %3.</source>
        <translation> Bereitgestellt: signiert von %1 (%2) am %3.</translation>
    </message>
    <message>
        <source>
Not evidence: audit record %1 (%2 by %3): %4</source>
        <translation>
Kein Beleg: Audit-Eintrag %1 (%2 durch %3): %4</translation>
    </message>
    <message>
        <source>bundle.json asks for the hotfix lane: an Ops Lead or Risk Officer opens it with a signed hotfix request (Open hotfix…). Until then the change window applies.</source>
        <translation>bundle.json beantragt den Hotfix-Pfad: eine Betriebsleitung oder ein(e) Risikoverantwortliche(r) eröffnet ihn mit einer signierten Hotfix-Anfrage (Hotfix eröffnen…). Bis dahin gilt das Änderungsfenster.</translation>
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
    <message>
        <source> (resampled, 95 %: %1 – %2)</source>
        <translation> (neu gezogen, 95 %: %1 – %2)</translation>
    </message>
    <message>
        <source> · bound %1</source>
        <translation> · Grenze %1</translation>
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
        <source>The resampled range is where 95 % of the gaps fall when each group&apos;s true positives are drawn again from its counts (parametric bootstrap). A largest minus smallest rate of noisy groups is biased upwards, so with small groups the range can lie above the observed gap: it shows how much the gap moves with sampling noise, not where the true gap is.</source>
        <translation>Der neu gezogene Bereich enthält 95 % der Abstände, wenn die richtig Positiven jeder Gruppe aus ihren Zählungen neu gezogen werden (parametrischer Bootstrap). Größte minus kleinste Rate verrauschter Gruppen ist nach oben verzerrt; bei kleinen Gruppen kann der Bereich daher über dem beobachteten Abstand liegen: Er zeigt, wie stark der Abstand mit dem Stichprobenrauschen schwankt, nicht, wo der wahre Abstand liegt.</translation>
    </message>
    <message>
        <source>A hotfix is requested by a signed-in %1.</source>
        <translation>Einen Hotfix fordert ein angemeldeter %1 an.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Record a hotfix request for the drift breach in the audit store, as %1.</source>
        <translation>Eine Hotfix-Anforderung für die Drift-Überschreitung im Audit-Speicher festhalten, als %1.</translation>
    </message>
    <message>
        <source>n/a: no positives</source>
        <translation>k. A.: keine Positiven</translation>
    </message>
    <message>
        <source>The group has no actual positives: its true positive rate is undefined and it is not in the gap.</source>
        <translation>Die Gruppe hat keine tatsächlich Positiven: ihre Richtig-positiv-Rate ist undefiniert, und sie zählt nicht zum Abstand.</translation>
    </message>
    <message>
        <source>hotfix requested, signed and recorded (audit record %1): %2</source>
        <translation>Hotfix angefordert, signiert und erfasst (Audit-Eintrag %1): %2</translation>
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
    <message>
        <source>Revoke the acceptance of the selected accepted finding, signed with your key</source>
        <translation>Die Akzeptanz des ausgewählten akzeptierten Befunds widerrufen, signiert mit Ihrem Schlüssel</translation>
    </message>
    <message>
        <source>Select an accepted finding to revoke its acceptance before it expires</source>
        <translation>Wählen Sie einen akzeptierten Befund aus, um seine Akzeptanz vor dem Ablauf zu widerrufen</translation>
    </message>
    <message>
        <source>Revoke the acceptance of %1 in %2</source>
        <translation>Akzeptanz von %1 in %2 widerrufen</translation>
    </message>
    <message>
        <source>Why is the acceptance by %1 withdrawn before it expires? The reason is signed.</source>
        <translation>Warum wird die Akzeptanz durch %1 vor ihrem Ablauf zurückgezogen? Die Begründung wird signiert.</translation>
    </message>
    <message>
        <source>Acceptance not revoked: %1</source>
        <translation>Akzeptanz nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Acceptance revoked: %1 in %2 (audit record %3)</source>
        <translation>Akzeptanz widerrufen: %1 in %2 (Audit-Eintrag %3)</translation>
    </message>
    <message>
        <source>Acceptance not revoked: the audit store cannot be read</source>
        <translation>Akzeptanz nicht widerrufen: der Audit-Speicher kann nicht gelesen werden</translation>
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
    <message>
        <source>Re&amp;voke acceptance…</source>
        <translation>Akzeptanz &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Select an accepted finding to revoke its acceptance before it expires</source>
        <translation>Wählen Sie einen akzeptierten Befund aus, um seine Akzeptanz vor dem Ablauf zu widerrufen</translation>
    </message>
    <message>
        <source>Not covered: %1</source>
        <translation>Nicht abgedeckt: %1</translation>
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
    <name>countersign::ui::SignInDialog</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>Signing in proves who you are: your key is unlocked with its passphrase, checked against the roster and locked again.</source>
        <translation>Die Anmeldung weist nach, wer Sie sind: Ihr Schlüssel wird mit seiner Passphrase entsperrt, gegen den Dienstplan geprüft und wieder gesperrt.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (not on the roster)</source>
        <translation>%1 (nicht im Dienstplan)</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Roster key id:</source>
        <translation>Schlüssel-ID im Dienstplan:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Unlocking your key and checking it against the roster…</source>
        <translation>Ihr Schlüssel wird entsperrt und gegen den Dienstplan geprüft…</translation>
    </message>
    <message>
        <source> (recording it failed: %1)</source>
        <translation> (die Erfassung ist fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>Not signed in [%1]: %2%3</source>
        <translation>Nicht angemeldet [%1]: %2%3</translation>
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
        <source>You are about to sign the following with your key. Your signature says you reviewed exactly this.</source>
        <translation>Sie signieren gleich Folgendes mit Ihrem Schlüssel. Ihre Signatur bestätigt, dass Sie genau dies geprüft haben.</translation>
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
        <source>recorded in %1 (now %2 records)</source>
        <translation>in %1 erfasst (jetzt %2 Einträge)</translation>
    </message>
    <message>
        <source>Signed and recorded: audit record %1.</source>
        <translation>Signiert und erfasst: Audit-Eintrag %1.</translation>
    </message>
    <message>
        <source>only %1 can sign what is made out to %1</source>
        <translation>nur %1 kann signieren, was auf %1 ausgestellt ist</translation>
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
    <message>
        <source>no audit store yet</source>
        <translation>noch kein Audit-Speicher</translation>
    </message>
    <message>
        <source>no change window</source>
        <translation>kein Änderungsfenster</translation>
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
    <message>
        <source>Run as if it were TIME (UTC, ISO 8601) when the console starts; training workspaces only (controls.json &quot;training&quot;: true). The status bar says so and records carry that time.</source>
        <translation>Beim Start der Konsole so laufen, als wäre es TIME (UTC, ISO 8601); nur in Schulungs-Arbeitsbereichen (controls.json &quot;training&quot;: true). Die Statusleiste weist darauf hin, und Einträge tragen diese Zeit.</translation>
    </message>
    <message>
        <source>--clock needs --workspace DIR of a training workspace</source>
        <translation>--clock braucht --workspace DIR eines Schulungs-Arbeitsbereichs</translation>
    </message>
</context>
</TS>
