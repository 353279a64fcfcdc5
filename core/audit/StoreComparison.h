#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace countersign {

// Two copies of an audit store compared record by record (`audit compare A B`): the first
// sequence number where their records differ (bytes, stored hash or browsing columns, or a
// record one of them lacks), or which one is a prefix of the other, or that they hold the same
// records. Both are opened read-only (AuditBackend::openReadOnly): nothing is created, nothing is
// written. A straight scan in sequence order, a block of records at a time; the stored Merkle nodes
// and checkpoints are not trusted for it (`audit verify` checks those).
struct StoreComparison {
    enum class Outcome {
        Identical,  // the same records 0..n-1
        Prefix,     // the shorter one's records are the longer one's first records
        Diverged,   // a record differs at firstDifferentSeq
    };
    struct Side {
        QString path;
        QString origin;  // the log's name (its key name)
        qint64 size = 0;
        QByteArray hashAtDifference;  // the stored hash of its record at firstDifferentSeq
                                      // (empty when it holds none there)
    };

    Outcome outcome = Outcome::Identical;
    Side a, b;
    // Diverged: what differs there ("the record bytes", "the stored hash", "the browsing
    // columns", "A holds no record there", "B holds no record there").
    QString difference;
    qint64 firstDifferentSeq = -1;  // Diverged: the first record that differs; Prefix: the
                                    // first record only the longer copy holds
    bool aIsPrefix() const { return outcome == Outcome::Prefix && a.size < b.size; }

    // BadInput naming the path when a copy is missing, a folder or not an audit store.
    static Result<StoreComparison> run(const QString& pathA, const QString& pathB);
    static QString outcomeName(Outcome o);  // "identical", "prefix", "diverged"
    QJsonObject toJson() const;
};

}  // namespace countersign
