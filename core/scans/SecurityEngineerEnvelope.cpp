#include "scans/SecurityEngineerEnvelope.h"

#include <QCoreApplication>

#include "common/CanonicalJson.h"
#include "common/JsonFile.h"
#include "crypto/PublicKey.h"
#include "crypto/Sha256.h"
#include "workspace/Role.h"

namespace countersign {

QString SecurityEngineerEnvelope::digest(const DsseEnvelope& envelope) {
    return QString::fromLatin1(Sha256::hashHex(CanonicalJson::serialize(envelope.toJson())));
}

Result<DsseEnvelope> SecurityEngineerEnvelope::sign(const Kind& kind, QJsonObject payload,
                                                    const OperatorKey& key) {
    payload.insert(QStringLiteral("schema"), QLatin1String(kind.schema));
    return key.signEnvelope(QLatin1String(kind.payloadType), CanonicalJson::serialize(payload));
}

Result<DsseEnvelope> SecurityEngineerEnvelope::unlockAndSign(
    const Kind& kind, const QJsonObject& payload, const QString& signerId, const QString& keyFile,
    const SecretBytes& passphrase, const QString& rosterKeyId) {
    auto key = OperatorKey::loadEncrypted(keyFile, passphrase);
    if (!key)
        return key.error();
    if (key->keyId() != rosterKeyId)
        return Error::checkFailed(
            QCoreApplication::translate(
                "SecurityEngineerEnvelope",
                "this key is not %1's key on the roster (key id %2, roster %3)")
                .arg(signerId, key->keyId().left(16), rosterKeyId.left(16)),
            keyFile);
    return sign(kind, payload, key.value());
}

QString SecurityEngineerEnvelope::sourceOf(const AuditRecord& record) {
    return QCoreApplication::translate("AcceptanceStore", "audit record %1").arg(record.seq);
}

Result<DsseEnvelope> SecurityEngineerEnvelope::envelopeOf(const AuditRecord& record) {
    return DsseEnvelope::fromJson(record.payload.value(QStringLiteral("envelope")).toObject(),
                                  sourceOf(record));
}

Result<QJsonObject> SecurityEngineerEnvelope::open(const Kind& kind, const DsseEnvelope& envelope,
                                                   const QString& source) {
    if (envelope.payloadType != QLatin1String(kind.payloadType))
        return Error::badInput(kind.wrongType.arg(envelope.payloadType), source,
                               QStringLiteral("/payloadType"));
    auto doc = JsonFile::parse(envelope.payload, source);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::badInput(QCoreApplication::translate("SecurityEngineerEnvelope",
                                                           "the payload is not a JSON object"),
                               source);
    if (doc->object().value(QStringLiteral("schema")).toString() != QLatin1String(kind.schema))
        return Error::badInput(
            QCoreApplication::translate("SecurityEngineerEnvelope", "the payload schema is not %1")
                .arg(QLatin1String(kind.schema)),
            source, QStringLiteral("/schema"));
    return doc->object();
}

bool SecurityEngineerEnvelope::signedBy(const DsseEnvelope& envelope,
                                        const QList<DsseVerifier>& verifiers,
                                        const QString& operatorId) {
    return Dsse::recognizedSigners(envelope, verifiers).contains(operatorId);
}

QList<DsseVerifier> SecurityEngineerEnvelope::securityEngineers(const Roster& roster) {
    QList<DsseVerifier> verifiers;
    for (const Operator* op : roster.withRole(Role::securityEngineer())) {
        auto key = PublicKey::fromPem(op->publicKeyPem, roster.path);
        if (!key)
            continue;
        const PublicKey pk = key.value();
        verifiers.append({op->id, op->keyId,
                          [pk](QByteArrayView m, QByteArrayView s) { return pk.verify(m, s); }});
    }
    return verifiers;
}

Status SecurityEngineerEnvelope::requireSecurityEngineer(const Roster& roster,
                                                         const QString& operatorId,
                                                         const QString& onlyRole) {
    const Operator* op = roster.find(operatorId);
    if (!op)
        return Error::badInput(
            QCoreApplication::translate("SecurityEngineerEnvelope", "%1 is not on the roster")
                .arg(operatorId),
            roster.path);
    if (!op->hasRole(Role::securityEngineer()))
        return Error::checkFailed(
            QCoreApplication::translate("SecurityEngineerEnvelope",
                                        "%1 is not a Security Engineer on the roster: %2")
                .arg(op->id, onlyRole),
            roster.path);
    return ok();
}

}  // namespace countersign
