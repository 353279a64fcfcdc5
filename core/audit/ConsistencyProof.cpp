#include "audit/ConsistencyProof.h"

#include <QJsonArray>

#include "audit/MerkleTree.h"
#include "common/JsonFile.h"

namespace countersign {
namespace {
QString b64(const QByteArray& b) {
    return QString::fromLatin1(b.toBase64());
}
}  // namespace

bool ConsistencyProof::verify() const {
    return MerkleTree::verifyConsistency(fromSize, toSize, fromRoot, toRoot, hashes);
}

QJsonObject ConsistencyProof::toJson() const {
    QJsonArray a;
    for (const QByteArray& h : hashes) a.append(b64(h));
    return QJsonObject{{QStringLiteral("from_size"), fromSize},
                       {QStringLiteral("to_size"), toSize},
                       {QStringLiteral("from_root"), b64(fromRoot)},
                       {QStringLiteral("to_root"), b64(toRoot)},
                       {QStringLiteral("hashes"), a}};
}

Result<ConsistencyProof> ConsistencyProof::fromJson(const QJsonObject& o, const QString& path) {
    JsonReader r(path, o);
    ConsistencyProof p;
    p.fromSize = r.integer(QStringLiteral("from_size"));
    p.toSize = r.integer(QStringLiteral("to_size"));
    p.fromRoot = QByteArray::fromBase64(r.string(QStringLiteral("from_root")).toLatin1());
    p.toRoot = QByteArray::fromBase64(r.string(QStringLiteral("to_root")).toLatin1());
    for (const QString& h : r.stringList(QStringLiteral("hashes")))
        p.hashes.append(QByteArray::fromBase64(h.toLatin1()));
    if (r.failed())
        return r.error();
    return p;
}

}  // namespace countersign
