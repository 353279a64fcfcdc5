#include "audit/InclusionProof.h"

#include <QJsonArray>

#include "audit/MerkleTree.h"
#include "common/JsonFile.h"

namespace countersign {
namespace {
QString b64(const QByteArray& b) {
    return QString::fromLatin1(b.toBase64());
}
}  // namespace

bool InclusionProof::verify() const {
    return MerkleTree::verifyInclusion(leafIndex, treeSize, leafHash, hashes, rootHash);
}

QJsonObject InclusionProof::toJson() const {
    QJsonArray a;
    for (const QByteArray& h : hashes) a.append(b64(h));
    return QJsonObject{{QStringLiteral("leaf_index"), leafIndex},
                       {QStringLiteral("tree_size"), treeSize},
                       {QStringLiteral("leaf_hash"), b64(leafHash)},
                       {QStringLiteral("root_hash"), b64(rootHash)},
                       {QStringLiteral("hashes"), a}};
}

Result<InclusionProof> InclusionProof::fromJson(const QJsonObject& o, const QString& path) {
    JsonReader r(path, o);
    InclusionProof p;
    p.leafIndex = r.integer(QStringLiteral("leaf_index"));
    p.treeSize = r.integer(QStringLiteral("tree_size"));
    p.leafHash = QByteArray::fromBase64(r.string(QStringLiteral("leaf_hash")).toLatin1());
    p.rootHash = QByteArray::fromBase64(r.string(QStringLiteral("root_hash")).toLatin1());
    for (const QString& h : r.stringList(QStringLiteral("hashes")))
        p.hashes.append(QByteArray::fromBase64(h.toLatin1()));
    if (r.failed())
        return r.error();
    return p;
}

}  // namespace countersign
