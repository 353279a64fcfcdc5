#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace countersign {

// The outcome of a full verification of the audit store.
struct AuditVerification {
    enum class Problem {
        None,
        RecordChanged,     // stored bytes do not hash to the stored hash / chain link
        ColumnsChanged,    // browsing columns disagree with the record bytes
        RowMissing,        // a sequence number is missing
        Reordered,         // rows reordered or inserted (prev or seq inside the record disagree)
        Truncated,         // the store is shorter than a checkpoint that was signed or held
        WrongKey,          // a checkpoint is not signed by the store's key
        RootMismatch,      // a checkpoint's root differs from the records (rebuilt or forked store)
        HistoryRewritten,  // a witness from outside saw another root at its size
        CheckpointMissing,  // a checkpoint the store signed is no longer in its table
        NodesChanged,       // the proof cache (stored tree nodes) disagrees with the records
        TimeWentBack,       // a record's time is earlier than the record before it
        StrayRow,           // a row outside the tree (a sequence number no record of it has)
        SchemaChanged,      // tables, triggers or indexes are not what the store created
        Unreadable,         // the database could not be read (corruption)
        Cancelled,
    };

    Problem problem = Problem::None;
    qint64 firstBadSeq = -1;  // the first bad record, when the problem is about one
    QString message;          // what is wrong, for a person
    qint64 recordsChecked = 0;
    qint64 checkpointsChecked = 0;  // stored in the database
    qint64 witnessesChecked = 0;    // from outside it (AuditWitnesses)
    qint64 size = 0;
    QByteArray rootHash;  // root over all records, as recomputed
    QString storeKey;     // the key the store is signed with, "<name>+<key id>"
    // Who pins the store's key outside the store (AuditWitnesses: pinned keys and held
    // checkpoints that pin): empty when nothing does, which verification reports as a warning.
    QStringList keyPinnedBy;

    bool ok() const { return problem == Problem::None; }
    static QString problemName(Problem p);  // "record-changed", ...
    QJsonObject toJson() const;
};

}  // namespace countersign
