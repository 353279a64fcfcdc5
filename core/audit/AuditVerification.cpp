#include "audit/AuditVerification.h"

#include <QJsonArray>

namespace countersign {

QString AuditVerification::problemName(Problem p) {
    switch (p) {
        case Problem::None:
            return QStringLiteral("none");
        case Problem::RecordChanged:
            return QStringLiteral("record-changed");
        case Problem::ColumnsChanged:
            return QStringLiteral("columns-changed");
        case Problem::RowMissing:
            return QStringLiteral("row-missing");
        case Problem::Reordered:
            return QStringLiteral("reordered");
        case Problem::Truncated:
            return QStringLiteral("truncated");
        case Problem::WrongKey:
            return QStringLiteral("wrong-key");
        case Problem::RootMismatch:
            return QStringLiteral("root-mismatch");
        case Problem::HistoryRewritten:
            return QStringLiteral("history-rewritten");
        case Problem::CheckpointMissing:
            return QStringLiteral("checkpoint-missing");
        case Problem::NodesChanged:
            return QStringLiteral("nodes-changed");
        case Problem::TimeWentBack:
            return QStringLiteral("time-went-back");
        case Problem::StrayRow:
            return QStringLiteral("stray-row");
        case Problem::SchemaChanged:
            return QStringLiteral("schema-changed");
        case Problem::Unreadable:
            return QStringLiteral("unreadable");
        case Problem::Cancelled:
            return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QJsonObject AuditVerification::toJson() const {
    QJsonObject o{{QStringLiteral("ok"), ok()},
                  {QStringLiteral("problem"), problemName(problem)},
                  {QStringLiteral("records_checked"), recordsChecked},
                  {QStringLiteral("checkpoints_checked"), checkpointsChecked},
                  {QStringLiteral("witnesses_checked"), witnessesChecked},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("root_hash"), QString::fromLatin1(rootHash.toBase64())}};
    o.insert(QStringLiteral("store_key"), storeKey);
    o.insert(QStringLiteral("key_pinned"), !keyPinnedBy.isEmpty());
    o.insert(QStringLiteral("key_pinned_by"), QJsonArray::fromStringList(keyPinnedBy));
    if (firstBadSeq >= 0)
        o.insert(QStringLiteral("first_bad_seq"), firstBadSeq);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

}  // namespace countersign
