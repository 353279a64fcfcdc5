#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "common/Result.h"

namespace countersign {

// RFC 6962 consistency proof that the tree of `toSize` records extends the one of `fromSize`.
// JSON: {"from_size":M,"to_size":N,"from_root":b64,"to_root":b64,"hashes":[b64,...]}
struct ConsistencyProof {
    qint64 fromSize = 0;
    qint64 toSize = 0;
    QByteArray fromRoot;
    QByteArray toRoot;
    QList<QByteArray> hashes;

    bool verify() const;
    QJsonObject toJson() const;
    static Result<ConsistencyProof> fromJson(const QJsonObject& o,
                                             const QString& pathForErrors = {});
};

}  // namespace countersign
