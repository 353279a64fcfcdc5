#include "scans/AcceptanceStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "audit/TrainingMark.h"
#include "common/CanonicalJson.h"
#include "common/JsonFile.h"
#include "crypto/PublicKey.h"
#include "crypto/Sha256.h"
#include "scans/AcceptanceRevocations.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

QString where(const AuditRecord& r) {
    return QCoreApplication::translate("AcceptanceStore", "audit record %1").arg(r.seq);
}

QString envelopeDigest(const DsseEnvelope& env) {
    return QString::fromLatin1(Sha256::hashHex(CanonicalJson::serialize(env.toJson())));
}

}  // namespace

QList<DsseVerifier> AcceptanceStore::securityEngineers(const Roster& roster) {
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

namespace {

// The acceptance an envelope holds, if it is one and a Security Engineer named in it signed it.
Result<RiskAcceptance> verifyEnvelope(const DsseEnvelope& env, const QList<DsseVerifier>& verifiers,
                                      const QString& source) {
    if (env.payloadType != QLatin1String(AcceptanceStore::kPayloadType))
        return Error::badInput(
            QCoreApplication::translate("AcceptanceStore", "not a risk acceptance (payloadType %1)")
                .arg(env.payloadType),
            source, QStringLiteral("/payloadType"));
    auto doc = JsonFile::parse(env.payload, source);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::badInput(
            QCoreApplication::translate("AcceptanceStore", "the payload is not a JSON object"),
            source);
    if (doc->object().value(QStringLiteral("schema")).toString() !=
        QLatin1String(AcceptanceStore::kSchema))
        return Error::badInput(
            QCoreApplication::translate("AcceptanceStore", "the payload schema is not %1")
                .arg(QLatin1String(AcceptanceStore::kSchema)),
            source, QStringLiteral("/schema"));
    auto acc = RiskAcceptance::fromJson(doc->object(), source);
    if (!acc)
        return acc.error();
    if (!Dsse::recognizedSigners(env, verifiers).contains(acc->acceptedBy))
        return Error::checkFailed(QCoreApplication::translate(
                                      "AcceptanceStore",
                                      "the signature is not %1's as a Security Engineer on the "
                                      "roster (changed after signing, or signed by someone else): "
                                      "the acceptance does not count")
                                      .arg(acc->acceptedBy),
                                  source);
    return acc;
}

// A verified revocation marks the earlier acceptance it names; anything else is a problem.
void applyRevocation(const AuditRecord& r, const QList<DsseVerifier>& verifiers,
                     AcceptanceStore::Loaded* out) {
    auto rev = AcceptanceRevocations::fromRecord(r, verifiers);
    if (!rev) {
        out->problems.append(rev.error());
        return;
    }
    for (RiskAcceptance& a : out->acceptances)
        if (a.envelopeDigest == rev->acceptanceDigest) {
            if (!a.revokedAt.isValid()) {
                a.revokedAt = rev->revokedAt;
                a.revokedBy = rev->revokedBy;
                a.revocationReason = rev->reason;
            }
            return;
        }
    out->problems.append(Error::checkFailed(
        QCoreApplication::translate("AcceptanceStore",
                                    "the revocation names no earlier recorded acceptance (%1)")
            .arg(rev->acceptanceDigest),
        rev->file));
}

}  // namespace

Status AcceptanceStore::check(const RiskAcceptance& acceptance, const Roster& roster,
                              const Clock& clock) {
    const Operator* op = roster.find(acceptance.acceptedBy);
    if (!op)
        return Error::badInput(
            QCoreApplication::translate("AcceptanceStore", "%1 is not on the roster")
                .arg(acceptance.acceptedBy),
            roster.path);
    if (!op->hasRole(Role::securityEngineer()))
        return Error::checkFailed(
            QCoreApplication::translate(
                "AcceptanceStore",
                "%1 is not a Security Engineer on the roster: only the security_engineer role "
                "may accept a risk")
                .arg(op->id),
            roster.path);
    if (const QString p = acceptance.problem(clock); !p.isEmpty())
        return Error::badInput(p);
    return ok();
}

Result<DsseEnvelope> AcceptanceStore::sign(const RiskAcceptance& acceptance,
                                           const OperatorKey& key) {
    QJsonObject payload = acceptance.toJson();
    payload.insert(QStringLiteral("schema"), QLatin1String(kSchema));
    return key.signEnvelope(QLatin1String(kPayloadType), CanonicalJson::serialize(payload));
}

Result<DsseEnvelope> AcceptanceStore::unlockAndSign(const RiskAcceptance& acceptance,
                                                    const QString& keyFile,
                                                    const SecretBytes& passphrase,
                                                    const QString& rosterKeyId) {
    auto key = OperatorKey::loadEncrypted(keyFile, passphrase);
    if (!key)
        return key.error();
    if (key->keyId() != rosterKeyId)
        return Error::checkFailed(
            QCoreApplication::translate(
                "AcceptanceStore", "this key is not %1's key on the roster (key id %2, roster %3)")
                .arg(acceptance.acceptedBy, key->keyId().left(16), rosterKeyId.left(16)),
            keyFile);
    return sign(acceptance, key.value());
}

AuditEntry AcceptanceStore::auditEntry(const RiskAcceptance& a, const DsseEnvelope& envelope) {
    QJsonObject payload{
        {QStringLiteral("finding_id"), a.findingId},
        {QStringLiteral("package"), a.package},
        {QStringLiteral("version_range"), a.versionRange},
        {QStringLiteral("expires"), a.expires.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("envelope_sha256"), envelopeDigest(envelope)},
        {QStringLiteral("envelope"), envelope.toJson()},
    };
    if (!a.model.isEmpty())
        payload.insert(QStringLiteral("model"), a.model);
    return AuditActions::riskAccepted.entry(a.acceptedBy, Role::securityEngineer(), subjectOf(a),
                                            payload);
}

QString AcceptanceStore::subjectOf(const RiskAcceptance& a) {
    return !a.bundle.isEmpty()  ? a.bundle
           : !a.model.isEmpty() ? a.model
                                : a.findingId + QLatin1Char('@') + a.package;
}

Result<AcceptanceStore::Recorded> AcceptanceStore::record(AuditStore& store,
                                                          const RiskAcceptance& acceptance,
                                                          const DsseEnvelope& envelope,
                                                          const Roster& roster) {
    // Never record what would not count when read back.
    auto verified =
        verifyEnvelope(envelope, AcceptanceStore::securityEngineers(roster), store.path());
    if (!verified)
        return verified.error();
    if (verified->toJson() != acceptance.toJson())
        return Error::internal(QCoreApplication::translate(
            "AcceptanceStore", "the signed acceptance differs from the one to record"));
    auto rec = store.append(auditEntry(acceptance, envelope));
    if (!rec)
        return rec.error();
    Recorded out;
    out.acceptance = acceptance;
    out.acceptance.file = where(rec.value());
    out.acceptance.auditSequence = rec->seq;
    out.envelopeDigest = envelopeDigest(envelope);
    out.auditSequence = rec->seq;
    return out;
}

AcceptanceStore::Loaded AcceptanceStore::load(const AuditStore& store, const Roster& roster) {
    QList<AuditRecord> all;
    for (const AuditAction& action :
         {AuditActions::riskAccepted, AuditActions::acceptanceRevoked}) {
        AuditFilter filter;
        filter.actionPrefix = action.id();
        auto records = store.records(filter, 0, -1);
        if (!records) {
            Loaded out;
            out.problems.append(records.error());
            return out;
        }
        all += records.value();
    }
    std::sort(all.begin(), all.end(),
              [](const AuditRecord& a, const AuditRecord& b) { return a.seq < b.seq; });
    return fromRecords(all, roster);
}

AcceptanceStore::Loaded AcceptanceStore::fromRecords(const QList<AuditRecord>& records,
                                                     const Roster& roster) {
    Loaded out;
    const QList<DsseVerifier> verifiers = securityEngineers(roster);
    for (const AuditRecord& r : records) {
        if (AuditActions::acceptanceRevoked.is(r.action)) {
            applyRevocation(r, verifiers, &out);
            continue;
        }
        if (!AuditActions::riskAccepted.is(r.action))
            continue;
        const QString source = where(r);
        auto env =
            DsseEnvelope::fromJson(r.payload.value(QStringLiteral("envelope")).toObject(), source);
        if (!env) {
            out.problems.append(env.error());
            continue;
        }
        auto acc = verifyEnvelope(env.value(), verifiers, source);
        if (!acc) {
            out.problems.append(acc.error());
            continue;
        }
        // The columns kept beside the envelope for browsing must say what was signed.
        const AuditEntry expected = auditEntry(acc.value(), env.value());
        if (r.actor != acc->acceptedBy ||
            expected.payload != TrainingMark::withoutMark(r.payload)) {
            out.problems.append(Error::checkFailed(
                QCoreApplication::translate(
                    "AcceptanceStore",
                    "the record does not match the acceptance signed inside it: the acceptance "
                    "does not count"),
                source));
            continue;
        }
        acc->file = source;
        acc->auditSequence = r.seq;
        acc->envelopeDigest = envelopeDigest(env.value());
        out.acceptances.append(acc.value());
    }
    return out;
}

}  // namespace countersign
