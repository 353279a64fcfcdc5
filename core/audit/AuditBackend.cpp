#include "audit/AuditBackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "audit/SqliteBackend.h"
#include "common/CanonicalJson.h"
#include "common/WholeNumber.h"

namespace countersign {

Result<std::unique_ptr<AuditBackend>> AuditBackend::open(const QString& location) {
    auto sqlite = SqliteBackend::open(location);
    if (!sqlite)
        return sqlite.error();
    return std::unique_ptr<AuditBackend>(std::move(sqlite.value()));
}

Result<std::unique_ptr<AuditBackend>> AuditBackend::openReadOnly(const QString& location) {
    auto sqlite = SqliteBackend::openReadOnly(location);
    if (!sqlite)
        return sqlite.error();
    return std::unique_ptr<AuditBackend>(std::move(sqlite.value()));
}

MerkleTree::HashSource AuditBackend::hashSource() const {
    return [this](int level, qint64 index) {
        auto h = storedNode(level, index);
        return h ? h.value() : QByteArray();
    };
}

Result<QByteArray> AuditBackend::rootHash(qint64 treeSize) const {
    return MerkleTree::rootHash(treeSize, hashSource());
}

// CanonicalJson::serialize of the object {action, actor, payload, prev, role, seq, subject,
// time}, written in its (sorted) key order without building the object: an append's hot path.
// TestAuditStore checks the two agree.
QByteArray AuditBackend::recordBytes(qint64 seq, const QString& time, const AuditEntry& e,
                                     const QByteArray& prevHash) {
    QByteArray out;
    out.reserve(256);
    out += "{\"action\":";
    CanonicalJson::appendString(out, e.action.toUtf8());
    out += ",\"actor\":";
    CanonicalJson::appendString(out, e.actor.toUtf8());
    out += ",\"payload\":";
    out += CanonicalJson::serialize(e.payload);
    out += ",\"prev\":\"";
    out += prevHash.toHex();
    out += "\",\"role\":";
    CanonicalJson::appendString(out, e.role.toUtf8());
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"subject\":";
    CanonicalJson::appendString(out, e.subject.toUtf8());
    out += ",\"time\":";
    CanonicalJson::appendString(out, time.toUtf8());
    out += '}';
    return out;
}

Result<AuditRecord> AuditBackend::parseRecord(const QByteArray& bytes, const QByteArray& hash) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::checkFailed(QCoreApplication::translate(
            "AuditStore", "a stored audit record is not a JSON object"));
    const QJsonObject o = doc.object();
    AuditRecord r;
    r.seq = wholeNumber(o.value(QStringLiteral("seq")).toDouble(-1)).value_or(-1);
    r.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    r.actor = o.value(QStringLiteral("actor")).toString();
    r.role = o.value(QStringLiteral("role")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.subject = o.value(QStringLiteral("subject")).toString();
    r.payload = o.value(QStringLiteral("payload")).toObject();
    r.prevHash = QByteArray::fromHex(o.value(QStringLiteral("prev")).toString().toLatin1());
    r.hash = hash;
    r.bytes = bytes;
    return r;
}

}  // namespace countersign
