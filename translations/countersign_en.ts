<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceptanceRefusal</name>
    <message>
        <source> [%1] (recorded in the audit store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1] (NOT recorded in the audit store: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptanceRevocations</name>
    <message>
        <source>the signature is not %1&apos;s as a Security Engineer on the roster: the revocation does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recorded risk acceptance has the envelope SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 acceptances: give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the acceptance by its full envelope SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acceptance of %1 in %2 was already revoked by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acceptance of %1 in %2 already expired on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation names another finding than the acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revocation differs from the one to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not match the revocation signed inside it: the revocation does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the security_engineer role, which accepts risks, may revoke an acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a revocation of a risk acceptance (payloadType %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptanceStore</name>
    <message>
        <source>audit record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not %1&apos;s as a Security Engineer on the roster (changed after signing, or signed by someone else): the acceptance does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed acceptance differs from the one to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not match the acceptance signed inside it: the acceptance does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation names no earlier recorded acceptance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the security_engineer role may accept a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a risk acceptance (payloadType %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <source>must be an array of role ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an approver role (ops_lead, risk_officer, security_engineer, risk_compliance or *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deployment needs exactly two approvers (dual approval), found %1 roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first deployment role must be ops_lead (the ops approval step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtefactManifest</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;&lt;64 hex&gt;  &lt;path&gt;&quot; as sha256sum writes it, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA256SUMS file names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of artefacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditMigration</name>
    <message>
        <source>cannot keep the schema 1 store as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the migrated store into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store has schema %1: only schema 1 is migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migrated store was not folded into its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema 1 store does not verify, so it was left as it is (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has %1 records, the schema 1 store %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>audit store: %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store could not switch to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored audit record is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit store&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: the previous checkpoint does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: the store has %1 records, fewer than its last checkpoint (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: the tree is not consistent with the checkpoint of %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the Merkle tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle tree node (level %1, index %2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the store key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store&apos;s key is missing (expected at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 does not belong to this audit store (its key is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has %1 records, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not in a tree of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consistency proof from %1 to %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held checkpoint rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the held checkpoint is for another log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store was truncated: it has %1 records but a checkpoint of %2 records was signed (records lost, or the -wal file deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store does not extend the held checkpoint of %1 records: its records were rewritten, or it is a fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an audit store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store was opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the last record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store was written by an earlier Countersign (schema 1); convert it with: countersign-cli --store %1 audit migrate (records, hashes and signed checkpoints stay the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store has schema %1, which this Countersign does not know (it reads schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store is open in another process: close the console (and any countersign-cli using it) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting an append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing an append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 records are stored, but the checkpoint after them could not be signed and saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is stored, but the checkpoint after it could not be signed and saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is damaged: %2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is damaged: its header&apos;s application_id is %1, not %2 (&quot;CSAT&quot;): not a Countersign audit store, or its header was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is damaged: its header&apos;s user_version (the schema) is %1, but it holds exactly the tables of schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is damaged: its header&apos;s user_version (the schema) is %1, which no Countersign writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the store key (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the store owner-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an audit store file (give the path of its audit.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s checkpoint file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s checkpoint file %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an audit store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock went back: %1 is earlier than %2, the time of the last record (%3) or of the checkpoint signed after it; the audit store&apos;s times never go backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: the clock went back: %1 is earlier than %2, the time of the last record (%3); the audit store&apos;s times never go backwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>cannot read the number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for another log (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records do not match the signed checkpoint of %1 records: the store was rewritten, rebuilt or forked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing (the next stored record is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was changed: its bytes no longer match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not a valid record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row at position %1 holds record %2: rows were reordered or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was changed or replaced: record %2 no longer links to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browsing columns of record %1 were changed: they disagree with the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored Merkle tree nodes disagree with the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored Merkle tree node (level %1, index %2) disagrees with the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored Merkle tree nodes of record %1 are missing or extra: %2 bytes where %3 nodes of 32 bytes are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed by the key %2, not by the store&apos;s key %3 (%4): the store or its key was replaced, or it is another store&apos;s checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw the log %2, but the store is the log %3: the store or its key was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is signed by the key %1, but %2 pins the key %3: the store or its key was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored checkpoint is not signed by the store&apos;s key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is for the log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has %1 records but a checkpoint of %2 records was signed: records were removed (or the -wal file was lost); the first missing record is #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has %1 records, but %2 saw %3: records were removed; the first missing record is #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history was rewritten since %1 saw %2 records: the store&apos;s root at that size is not the one seen. The first record that differs is one of #%3 to #%4 (the store still matches every witness up to %3 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a checkpoint of %2 records that the store signed, but the store&apos;s checkpoints table no longer has it: its rows were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records table holds %1 rows but the tree has %2 records: a row with sequence number %3 is outside the tree (inserted by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meta table holds the keys %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s schema is not the one it was created with: %1 (its append-only guards may have been removed and put back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1&apos;s time %2 is earlier than record %3&apos;s %4: the store&apos;s clock went back, or a record&apos;s time was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has %1 records, but %2 saw them and was recorded after them: records were removed; the first missing record is #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoints table&apos;s row of size %1 holds a signed checkpoint of %2 records: its columns were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoints table&apos;s row of size %1 says it was signed at &quot;%2&quot;, which is not between its last record #%3 (%4) and the next one: its time column was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BiasGate</name>
    <message>
        <source>no label column configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure either a score column with a threshold or a prediction column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no predicted-positive values configured for column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no protected attribute configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (no header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (label) in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (%2) in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (protected attribute) in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed quoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unparsable score &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no group has positive labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap %1 on %2 ≥ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows unreadable (more than %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gap %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (bound %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; small groups flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single class: nothing is predicted positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single class: everything is predicted positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predictions file has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>expected a date-time such as &quot;2026-11-03T02:00:00Z&quot; (with Z or an offset), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with code_revision, feature_snapshot and hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of {&quot;name&quot;, &quot;sha256&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of {&quot;path&quot;, &quot;sha256&quot;, &quot;size&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the artefact list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.json cannot list itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field &quot;artefacts&quot; is missing (and there is no SHA256SUMS file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field &quot;sha256sums&quot; is missing: without an artefact list, bundle.json must pin the SHA256SUMS file by its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS has SHA-256 %1 but bundle.json pins %2: the file changed after bundle.json was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;score&quot; with &quot;threshold&quot; or &quot;prediction&quot; with &quot;predicted_positive&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one predicted-positive value is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one protected attribute is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the label or prediction column, not a protected attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive count, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both categorical and ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has no bundle.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;, expected &quot;countersign.bundle/v1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot; does not match the folder name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; does not match the folder name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be &quot;scheduled&quot; or &quot;hotfix&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;digest&quot; and optionally &quot;reference&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;sha256:&quot; and 64 lowercase hex digits, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlePath</name>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to &quot;%1&quot;, outside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolves outside the bundle through a symbolic link, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not name a file inside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWindow</name>
    <message>
        <source>the release calendar cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.json names no feature snapshot time (training.feature_snapshot.frozen_at): the bundle has no cycle in the release calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature snapshot was frozen at %1 (%2), not at its cycle&apos;s freeze %3 (%4; within %5 min after it counts): a scheduled bundle not frozen at its cycle&apos;s freeze is not approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarConfig</name>
    <message>
        <source>time zone offset %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use UTC+HH:MM or an IANA zone such as Australia/Sydney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a weekday name such as &quot;friday&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of hours between 1 and 336</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRequest</name>
    <message>
        <source>the signature does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for another bundle digest: the bundle changed since it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for another change request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved for deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
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
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>not a tlog checkpoint: expected origin, size and root hash lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint tree size is not a decimal number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint root hash is not 32 bytes of base64: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>unknown severity &quot;%1&quot;, expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown_severity must be &quot;block&quot; or &quot;warn&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;: use &quot;UTC+10:00&quot; or an IANA id such as &quot;Australia/Brisbane&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weekday such as &quot;friday&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time as &quot;HH:MM&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window_hours must be between 1 and 336, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object mapping model names to {&quot;production&quot;, &quot;last_known_good&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;, expected &quot;countersign.controls/v1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected null or an http(s) URL, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retraining must be %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;required&quot; and &quot;allow_empty&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of scanner kinds (or arrays of alternatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a scanner kind (%1) or a non-empty array of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object such as {&quot;store_vkey&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the audit store&apos;s verifier key (countersign-cli audit key prints it): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlsRanges</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in %1%2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is above %3 (%4): the warning must not be above the breach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted field not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column name &quot;%1&quot; is given twice (columns %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvRowCounter</name>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBlob</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoKey</name>
    <message>
        <source>no P-256 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive a demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute the demo public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the demo public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the demo key encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encrypt the demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the demo key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTextWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>no folder given for the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not empty: demo init writes only into a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the unfinished demo folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the demo workspace into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftGate</name>
    <message>
        <source>the file is empty (no header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no features to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a number (list the feature as categorical?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline values (%1 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current values (%1 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI &gt; %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features, all PSI &lt; %2</source>
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
        <source>insufficient %1 sample: %2 values, fewer than the %3 a PSI needs (drift_min_sample)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsse</name>
    <message>
        <source>unknown field &quot;%1&quot; in a DSSE envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope has no signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a signature object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not valid non-empty base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DSSE envelope must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>the system random number generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 private key is 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not load the Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not derive the Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Ed25519 private key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not start an Ed25519 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link, not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read failed after %1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL SHA-256 update failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL SHA-256 final failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not a regular file: not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileVerdict</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
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
    <name>GateInputs</name>
    <message>
        <source>&quot;%1&quot; is not an artefact of the manifest (%2): a gate reads only files the integrity gate checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes read have SHA-256 %1, the manifest promises %2: the gate does not rest on a changed file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardrailReport</name>
    <message>
        <source>not a guardrails report (schema %1 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payloadType is &quot;%1&quot;, not a guardrails report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster has no operator with the pipeline role to verify the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is not signed by a pipeline key on the roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotfixRequest</name>
    <message>
        <source>a hotfix request needs a drift gate result, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feature breaches PSI &gt; %1: no hotfix to request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift: PSI %1 on %2 &gt; %3 (%4 of the features breach; drift result sha256 %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named twice in the manifest (first as entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link the manifest does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present but not named in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 is %1, the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityGate</name>
    <message>
        <source>cancelled before every file was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match the manifest</source>
        <translation>
            <numerusform>%n file match the manifest</numerusform>
            <numerusform>%n files match the manifest</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, expected JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a SHA-256 digest as 64 lowercase hex characters, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a SHA-256 hash in base64 (44 characters), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark (EF BB BF), which JSON does not allow; save it without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: expected &apos;{&apos; or &apos;[&apos; where the text begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStrictCheck</name>
    <message>
        <source>text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON value (expected an object, array, string, number, true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends where a value is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is given twice in one object (a reader would silently keep only one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw control character U+%1 in a string (it must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape (four hex digits are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone low surrogate in a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone high surrogate in a \u escape (no low surrogate follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence (JSON allows \&quot; \\ \/ \b \f \n \r \t and \uXXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is outside the range of a double</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyUnlockRows</name>
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
</context>
<context>
    <name>ManualHotfix</name>
    <message>
        <source>%1 is already in the hotfix lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an open request can move to the hotfix lane; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hotfix lane is opened by hand only as %1, not as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the roster (config/ml/operators.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster does not give %1 the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and cannot move it to the hotfix lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the hotfix lane needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role the roster does not give</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerkleTree</name>
    <message>
        <source>empty Merkle subtree requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle tree node (level %1, index %2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf index %1 is outside a tree of size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consistency proof from size %1 to size %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotEvidence</name>
    <message>
        <source>its subject &quot;%1&quot; is no readable bundle of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteVerifier</name>
    <message>
        <source>not a signed-note verifier key (name+keyid+base64key): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed signed-note verifier key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifier key is not an Ed25519 key (algorithm %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifier key id %1 does not match its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpmAuditParser</name>
    <message>
        <source>npm audit report version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of vulnerable packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm audit fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an advisory object or a package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of advisories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cited as a vulnerable dependency but the report has no entry for it under /vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorAnchor</name>
    <message>
        <source>the checkpoint %1 last saw is not signed by this store&apos;s key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit store is not consistent with the checkpoint %1 last saw.
Held by %1: %2 records, root %3.
Store now: %4 records, root %5.
%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorKey</name>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EC key with explicit or unknown curve parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EC key on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not generate a P-256 key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase must not contain line breaks or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no random bytes for the salt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not write the key PEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the key file owner-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file was written but cannot be made owner-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file: no PEM block (expected &quot;-----BEGIN ENCRYPTED PRIVATE KEY-----&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is damaged: its PEM block cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key in this file is not encrypted; Countersign only uses passphrase-protected keys (keys generate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a public key; signing needs the private key file made by keys generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an operator key: the file holds a PEM &quot;%1&quot; block, expected &quot;ENCRYPTED PRIVATE KEY&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is damaged: the encrypted key structure cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given for the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for the key file (or its encrypted data is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is damaged: the decrypted data is not a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file holds %1; operator keys are ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file: %1 bytes is far larger than a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not sign: %1</source>
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
    <name>PassphraseFile</name>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is empty (the first line is read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipAuditParser</name>
    <message>
        <source>expected an array of dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineGate</name>
    <message>
        <source>no ml-guardrails report in guardrails/report.json (run countersign-cli gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ml-guardrails report cannot be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ml-guardrails report was made for another bundle digest (%1, not %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ml-guardrails pipeline did not pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-guardrails passed for this bundle, signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ml-guardrails report cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ml-guardrails report in guardrails/report.json was generated at %1, before the last one recorded in the audit store (%2): an older report was put back; run the gates again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preconditions</name>
    <message>
        <source>integrity gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-guardrails pipeline report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 was made for another bundle digest, not this bundle&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has not been evaluated for this bundle (digest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 could not be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is void (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no valid %1 sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no valid %1 sign-off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (approve needs a pass; the Risk Officer may sign an override with a justification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias and drift passed: there is nothing to override, sign an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the Risk Officer&apos;s override does not cover: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>cannot disable core dumps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark the process non-dumpable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>not a public key (SubjectPublicKeyInfo DER cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected bytes after the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is %1, not ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not in canonical DER form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a private key; the roster holds the public key (PEM &quot;PUBLIC KEY&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM public key: no &quot;-----BEGIN PUBLIC KEY-----&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one public key; expected exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key PEM is damaged (its base64 cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one PEM &quot;PUBLIC KEY&quot; block first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one PEM &quot;PUBLIC KEY&quot; block and nothing else around it</source>
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
    <name>RelativePath</name>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is absolute; paths must be relative to the bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; contains a backslash; use &apos;/&apos; as separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; contains &quot;..&quot;; paths must stay inside the bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; has an empty or &quot;.&quot; segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseAttestation</name>
    <message>
        <source>the release attestation is not signed by this audit store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a release attestation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseCalendar</name>
    <message>
        <source>Australia/Sydney is on daylight saving time at this instant: %1 is %2 in Sydney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia/Sydney reads this instant differently: %1 is %2 in Sydney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk</name>
    <message>
        <source>the release attestation needs the audit store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the release attestation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback is recorded in the audit store, which is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a webhook delivery is recorded in the audit store, which is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last deployment webhook delivery of %1 did not fail: nothing to resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release attestation of %1 is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the release attestation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release attestation changed since it was recorded (SHA-256 %1, recorded %2): it is not resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a release approved for deployment is deployed; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deployment is recorded by an Ops Lead or the deployment pipeline, not as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signed event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrainingRule</name>
    <message>
        <source>&quot;&lt;first|second|third|fourth|last&gt;-&lt;weekday&gt;&quot; in lower case, such as &quot;first-tuesday&quot; or &quot;last-friday&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskAcceptance</name>
    <message>
        <source>expires is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version_range &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the finding id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version range cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a justification (at least 10 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry must be in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskGates</name>
    <message>
        <source>the bundle has no &quot;evaluation&quot; section: the bias gate cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has no &quot;drift&quot; section: the drift gate cannot run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskRevocation</name>
    <message>
        <source>revoked_at is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the acceptance by the SHA-256 of its envelope (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a reason (at least 10 characters)</source>
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
    <message>
        <source>any approver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rollback</name>
    <message>
        <source>controls.json names no last known-good version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself the last known-good version in controls.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last known-good version %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last known-good version %1 fails its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already rolled back by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a deployed release can be rolled back; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the roster (config/ml/operators.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback is signed by an Ops Lead; the roster does not give %1 that role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and signs no step of their own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback needs a justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>expected a PEM public key (&quot;-----BEGIN PUBLIC KEY-----&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key PEM cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not an ECDSA P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key cannot be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema &quot;%1&quot;, expected &quot;countersign.operators/v1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster lists no operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator id (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;, expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this public key is already another operator&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key of operator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link, not followed: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not a regular file: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty, absolute or contains &quot;..&quot;: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link that leaves the bundle (to %1): not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path changed while it was being opened: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is more than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read failed after %1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SarifParser</name>
    <message>
        <source>SARIF version %1 is not supported (expected 2.1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCoverage</name>
    <message>
        <source>a SARIF log without runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Trivy report without Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pip-audit report without dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an npm audit report that counted no dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report scanned nothing (%1): an empty report is no evidence of a scan (controls.json /scanners/allow_empty is false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container image scan, but bundle.json declares no image digest (/image/digest) to bind it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan is of image %1, but bundle.json declares image %2 (/image/digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;no digest&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required scan missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanParser</name>
    <message>
        <source>a Trivy report in the old schema 1 format; rerun Trivy (schema 2 is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array no supported scanner writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner reported an error instead of results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a report of a supported scanner (Trivy JSON or SARIF, pip-audit, npm audit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerKind</name>
    <message>
        <source>a Trivy container image scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Trivy filesystem scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pip-audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an npm audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SARIF report by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityEngineerEnvelope</name>
    <message>
        <source>this key is not %1&apos;s key on the roster (key id %2, roster %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload schema is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Security Engineer on the roster: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityGate</name>
    <message>
        <source>unreadable report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scanner report found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) without severity</source>
        <translation>
            <numerusform>%n finding without severity</numerusform>
            <numerusform>%n findings without severity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) not audited</source>
        <translation>
            <numerusform>%n dependency not audited</numerusform>
            <numerusform>%n dependencies not audited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no blocking finding in %n report(s)</source>
        <translation>
            <numerusform>no blocking finding in %n report</numerusform>
            <numerusform>no blocking finding in %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, %n accepted</numerusform>
            <numerusform>, %n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>scans/ is a symbolic link: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder inside scans/: reports are read from scans/ itself, so this folder is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan coverage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPolicy</name>
    <message>
        <source>blocking_severity must be one of LOW, MEDIUM, HIGH, CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown_severity must be &quot;block&quot; or &quot;warn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeparationOfDuties</name>
    <message>
        <source>%1 is not in the roster (config/ml/operators.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster does not give %1 the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second deployment approval needs the role %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed by a %2, not a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and signs no step of their own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already gave a deployment approval (%2); dual approval needs two different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already signed the %2 of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already signed the %2 of this request; one person signs at most one step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256Sums</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad backslash escape in the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot list itself or the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists no artefacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;&lt;64 hex digits&gt;  &lt;path&gt;&quot; as sha256sum writes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInProof</name>
    <message>
        <source>operator &quot;%1&quot; is not on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the passphrase of your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key file at %1: create one with File &gt; Key Setup… (when signed in) or `countersign-cli keys generate`, and have its public key put in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster holds no usable key for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key (key id %1…) is not the roster key of %2 (key id %3…); use the key file whose public key is in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the challenge signed with this key does not verify with the roster key of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffController</name>
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
        <source>the audit store cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffFlow</name>
    <message>
        <source>the %1 step is not signed this way (see its command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (roll back to %2; its integrity %3, result sha256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in the audit store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT recorded in the audit store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffRecorder</name>
    <message>
        <source>cannot create the approvals folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the sign-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffSigner</name>
    <message>
        <source>unknown step &quot;%1&quot;; the steps are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;; use approve, reject or override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 step needs the role to sign in (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role %1 cannot sign the %2 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the role %2 on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and may not sign its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 gate result was computed for another bundle.json (%2…); run the gates again before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key (key id %1…) is not the roster key of %2 (key id %3…); use the key file whose public key is in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision &quot;%1&quot; on the %2 step needs a justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffStatement</name>
    <message>
        <source>the signed payload is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an in-toto Statement v1 (expected _type &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Countersign sign-off (expected predicateType &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one subject (the bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject &quot;%1&quot; does not name the predicate&apos;s bundle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &quot;%1&quot; cannot sign the %2 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed_at is not a UTC time (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root_hash is not a base64 SHA-256 hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint size is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision &quot;%1&quot; needs a justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffStep</name>
    <message>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffVerdict</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffVerifier</name>
    <message>
        <source>payloadType is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sign-off (predicateType &quot;%1&quot;); not checked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off carries exactly one signature (one envelope per signer); this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed sign-off: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not on the roster (any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with key id %1, but the roster key of %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not verify with the roster key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the role %2 on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the model owner of %2 and may not sign its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void: the bundle changed since it was signed (signed bundle.json %1, now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) signed &quot;%3&quot; for the %4 step with key %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed envelope: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedNote</name>
    <message>
        <source>a signed note&apos;s text must end in a newline and hold no control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signed-note key name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signed note: it must end in a newline and hold no control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signed note: no blank line before the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed note has no signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed signature line in signed note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed signature in signed note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of %1 on the note does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is not signed by the expected key %1+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signed-note private key (PRIVATE+KEY+name+id+key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Ed25519 signed-note private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key&apos;s id does not match its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign: risk acceptance — %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
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
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC); it stops counting then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: revoke risk acceptance — %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the acceptance of %1 in %2: it stops counting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance envelope SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: %1 — %2</source>
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
        <source>Change request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing is not available: no workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was prepared for signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreComparison</name>
    <message>
        <source>%1 is a folder, not an audit store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holds no record there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B holds no record there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browsing columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreKeyPin</name>
    <message>
        <source>the audit store is signed by key %1, but controls.json pins %2 (/audit/store_vkey): this is not the workspace&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorkspace</name>
    <message>
        <source>%1 is accepted only in a training workspace (controls.json &quot;training&quot;: true): no signer chooses the time, the system clock stamps every record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionRules</name>
    <message>
        <source>the change request is already %1; no further %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval is for the hotfix lane; this is a scheduled change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gates have not been evaluated for this bundle yet; the %1 comes after them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ops Lead&apos;s approval comes before the second deployment approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change request is in %1; the %2 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot; (approve, reject or override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the Risk Officer&apos;s review can be an override; the %1 cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 needs a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change window opens at %1; approvals before it are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release calendar gives this bundle no change window; outside it only the hotfix lane may approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1-hour change window closed at %2 (opened %3); outside it only the hotfix lane may approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrivyJsonParser</name>
    <message>
        <source>Trivy JSON schema version %1 is not supported (expected 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
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
    <name>Workflow</name>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gates have not been evaluated for this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Risk Officer&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Security Engineer&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ops Lead&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the second deployment approval (%1, another person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hotfix needs the Risk &amp; Compliance approval before deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change request was rejected by %1 at the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release was rolled back by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s artefacts no longer match its manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dual approval is not met: it needs %1 from %2 different people, %3 valid approval(s) recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change request is in %1, not approved for deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 was %3 at %4, outside the change window of its cycle (%5 to %6); outside it only the hotfix lane may approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit records %1 of the bundle carry the training mark: they were made in a training workspace and do not count for production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowEvidence</name>
    <message>
        <source>the signed time or the record&apos;s time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed at %1 but recorded at %2 (%3 s apart; at most %4 s count): the signer&apos;s clock is not the store&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded under %1 but signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for another bundle digest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed: only signed evidence moves a change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made in a training workspace, on a clock a person may set: it never counts outside training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowStep</name>
    <message>
        <source>risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second deployment approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp; Compliance approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>the owner &quot;%1&quot; is not on the roster (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner &quot;%1&quot; does not have the model_owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace folder does not exist or is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no roster (config/ml/operators.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no artifacts/models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no bundle %1@%2 in artifacts/models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a bundle as MODEL@VERSION, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no bundle %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceWitnesses</name>
    <message>
        <source>operator %1&apos;s anchor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-offs under approvals/ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 sign-off %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release attestation %1</source>
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
    <message>
        <source>✗ Cannot verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n signed checkpoint(s)</source>
        <translation>
            <numerusform>, %n signed checkpoint</numerusform>
            <numerusform>, %n signed checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n witness(es) from outside the store checked.</source>
        <translation>
            <numerusform> and %n witness from outside the store checked.</numerusform>
            <numerusform> and %n witnesses from outside the store checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the store&apos;s key %1 is pinned nowhere outside the store (pin it in config/ml/controls.json: countersign-cli audit key --pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
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
    <message>
        <source>No audit store yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the workspace&apos;s first record, when an operator signs in (looking at a workspace writes nothing).</source>
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
    <message>
        <source>Not evidence: the workflow reads this kind of record but does not count this one: %1</source>
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
    <message>
        <source>Not evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
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
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retraining on the %1 %2 of each month; feature snapshot frozen the %3 before at %4 %5; a %n-hour evaluation window.</source>
        <translation>
            <numerusform>Retraining on the %1 %2 of each month; feature snapshot frozen the %3 before at %4 %5; a %n-hour evaluation window.</numerusform>
            <numerusform>Retraining on the %1 %2 of each month; feature snapshot frozen the %3 before at %4 %5; a %n-hour evaluation window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle&apos;s retraining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window for this bundle: %1</source>
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
    <message>
        <source>revoked %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance by %1 was revoked by %2 on %3: %4</source>
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
    <message>
        <source>Training workspace — records do not count for production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a training workspace: the console was started with --clock, which is accepted only in a workspace whose controls.json says &quot;training&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed out: the roster no longer holds the key they signed in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not signed in [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit store yet: it is made with the first record, when an operator signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the workspace&apos;s audit store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Signing is refused until this is resolved. Keep the file as it is and tell your security team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit store yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit store cannot prove that it extends the last checkpoint you saw: records may have been changed, removed or truncated, or this is another copy of the log.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit store damaged</source>
        <translation type="unfinished"></translation>
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
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working at this console: signing in asks for your key&apos;s passphrase, and each signature asks for it again.</source>
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
        <source>Rolled back %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment webhook is set (controls.json or the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotfix lane for %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does %1 need the hotfix lane? It then needs the Risk &amp; Compliance approval before deployment. The reason is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix lane opened for %1, signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deployed to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment of %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as deployed, signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change request of %1 is still being read</source>
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
    <message>
        <source>POST the release attestation to the deployment webhook again; the outcome is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed deployment webhook delivery can be resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the hotfix lane by hand needs one of the roles %1; %2 holds none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the change request of %1 from the audit store…</source>
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
    <message>
        <source>Re&amp;send webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change window: the release calendar gives this bundle none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Deployed: signed by %1 (%2) at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not evidence: audit record %1 (%2 by %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle.json asks for the hotfix lane: an Ops Lead or Risk Officer opens it with a signed hotfix request (Open hotfix…). Until then the change window applies.</source>
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
    <message>
        <source> (resampled, 95 %: %1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · bound %1</source>
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
        <source>The resampled range is where 95 % of the gaps fall when each group&apos;s true positives are drawn again from its counts (parametric bootstrap). A largest minus smallest rate of noisy groups is biased upwards, so with small groups the range can lie above the observed gap: it shows how much the gap moves with sampling noise, not where the true gap is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotfix is requested by a signed-in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hotfix request for the drift breach in the audit store, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a: no positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no actual positives: its true positive rate is undefined and it is not in the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotfix requested, signed and recorded (audit record %1): %2</source>
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
    <message>
        <source>Revoke the acceptance of the selected accepted finding, signed with your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an accepted finding to revoke its acceptance before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the acceptance of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the acceptance by %1 withdrawn before it expires? The reason is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance not revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance revoked: %1 in %2 (audit record %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance not revoked: the audit store cannot be read</source>
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
    <message>
        <source>Re&amp;voke acceptance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an accepted finding to revoke its acceptance before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered: %1</source>
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
    <name>countersign::ui::SignInDialog</name>
    <message>
        <source>Sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in proves who you are: your key is unlocked with its passphrase, checked against the roster and locked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not on the roster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking your key and checking it against the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recording it failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in [%1]: %2%3</source>
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
        <source>You are about to sign the following with your key. Your signature says you reviewed exactly this.</source>
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
        <source>recorded in %1 (now %2 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and recorded: audit record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 can sign what is made out to %1</source>
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
    <message>
        <source>no audit store yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change window</source>
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
    <message>
        <source>Run as if it were TIME (UTC, ISO 8601) when the console starts; training workspaces only (controls.json &quot;training&quot;: true). The status bar says so and records carry that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clock needs --workspace DIR of a training workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
