#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "common/Result.h"

namespace countersign {

// RFC 6962 audit path of one record (0-based leaf index) in a tree of `treeSize` records.
// JSON: {"leaf_index":I,"tree_size":N,"leaf_hash":b64,"root_hash":b64,"hashes":[b64,...]}
struct InclusionProof {
    qint64 leafIndex = 0;
    qint64 treeSize = 0;
    QByteArray leafHash;
    QByteArray rootHash;
    QList<QByteArray> hashes;

    bool verify() const;
    QJsonObject toJson() const;
    static Result<InclusionProof> fromJson(const QJsonObject& o, const QString& pathForErrors = {});
};

}  // namespace countersign
