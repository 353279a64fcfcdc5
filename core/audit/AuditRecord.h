#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace countersign {

// A record as stored. `bytes` is the canonical JSON that was hashed:
// {"action":..,"actor":..,"payload":{..},"prev":"<hex>","role":..,"seq":N,"subject":..,"time":".."}
// hash = SHA-256(0x00 || bytes), the RFC 6962 leaf hash, and the next record's prev.
struct AuditRecord {
    qint64 seq = -1;  // 0-based; also the Merkle leaf index
    QDateTime time;   // UTC, millisecond precision
    QString actor, role, action, subject;
    QJsonObject payload;
    QByteArray prevHash;  // 32 bytes (all zero for the first record)
    QByteArray hash;      // 32 bytes
    QByteArray bytes;     // canonical JSON
};

}  // namespace countersign
