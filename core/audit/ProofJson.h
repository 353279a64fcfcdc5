#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace countersign::proofjson {

// Proof hashes are written in standard base64, as the C2SP and RFC 6962 tools expect.
inline QString hashBase64(const QByteArray& hash) {
    return QString::fromLatin1(hash.toBase64());
}

inline QJsonArray hashesBase64(const QList<QByteArray>& hashes) {
    QJsonArray array;
    for (const QByteArray& hash : hashes) array.append(hashBase64(hash));
    return array;
}

}  // namespace countersign::proofjson
