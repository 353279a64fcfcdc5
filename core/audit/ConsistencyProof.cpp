#include "audit/ConsistencyProof.h"

#include "audit/MerkleTree.h"
#include "audit/ProofJson.h"
#include "common/JsonFile.h"

namespace countersign {

bool ConsistencyProof::verify() const {
    return MerkleTree::verifyConsistency(fromSize, toSize, fromRoot, toRoot, hashes);
}

QJsonObject ConsistencyProof::toJson() const {
    return QJsonObject{{QStringLiteral("from_size"), fromSize},
                       {QStringLiteral("to_size"), toSize},
                       {QStringLiteral("from_root"), proofjson::hashBase64(fromRoot)},
                       {QStringLiteral("to_root"), proofjson::hashBase64(toRoot)},
                       {QStringLiteral("hashes"), proofjson::hashesBase64(hashes)}};
}

Result<ConsistencyProof> ConsistencyProof::fromJson(const QJsonObject& o, const QString& path) {
    JsonReader r(path, o);
    ConsistencyProof p;
    p.fromSize = r.integer(QStringLiteral("from_size"));
    p.toSize = r.integer(QStringLiteral("to_size"));
    p.fromRoot = r.sha256Base64(QStringLiteral("from_root"));
    p.toRoot = r.sha256Base64(QStringLiteral("to_root"));
    p.hashes = r.sha256Base64List(QStringLiteral("hashes"));
    if (r.failed())
        return r.error();
    return p;
}

}  // namespace countersign
