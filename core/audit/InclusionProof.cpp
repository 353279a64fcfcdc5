#include "audit/InclusionProof.h"

#include "audit/MerkleTree.h"
#include "audit/ProofJson.h"
#include "common/JsonFile.h"

namespace countersign {

bool InclusionProof::verify() const {
    return MerkleTree::verifyInclusion(leafIndex, treeSize, leafHash, hashes, rootHash);
}

QJsonObject InclusionProof::toJson() const {
    return QJsonObject{{QStringLiteral("leaf_index"), leafIndex},
                       {QStringLiteral("tree_size"), treeSize},
                       {QStringLiteral("leaf_hash"), proofjson::hashBase64(leafHash)},
                       {QStringLiteral("root_hash"), proofjson::hashBase64(rootHash)},
                       {QStringLiteral("hashes"), proofjson::hashesBase64(hashes)}};
}

Result<InclusionProof> InclusionProof::fromJson(const QJsonObject& o, const QString& path) {
    JsonReader r(path, o);
    InclusionProof p;
    p.leafIndex = r.integer(QStringLiteral("leaf_index"));
    p.treeSize = r.integer(QStringLiteral("tree_size"));
    p.leafHash = r.sha256Base64(QStringLiteral("leaf_hash"));
    p.rootHash = r.sha256Base64(QStringLiteral("root_hash"));
    p.hashes = r.sha256Base64List(QStringLiteral("hashes"));
    if (r.failed())
        return r.error();
    return p;
}

}  // namespace countersign
