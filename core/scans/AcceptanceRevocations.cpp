#include "scans/AcceptanceRevocations.h"

#include <QCoreApplication>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "audit/TrainingMark.h"
#include "scans/SecurityEngineerEnvelope.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

using Envelope = SecurityEngineerEnvelope;

Envelope::Kind revocationKind() {
    return {AcceptanceRevocations::kPayloadType, AcceptanceRevocations::kSchema,
            QCoreApplication::translate("AcceptanceRevocations",
                                        "not a revocation of a risk acceptance (payloadType %1)")};
}

Result<RiskRevocation> verifyEnvelope(const DsseEnvelope& env, const QList<DsseVerifier>& verifiers,
                                      const QString& source) {
    auto payload = Envelope::open(revocationKind(), env, source);
    if (!payload)
        return payload.error();
    auto rev = RiskRevocation::fromJson(*payload, source);
    if (!rev)
        return rev.error();
    if (!Envelope::signedBy(env, verifiers, rev->revokedBy))
        return Error::checkFailed(
            QCoreApplication::translate("AcceptanceRevocations",
                                        "the signature is not %1's as a Security Engineer on the "
                                        "roster: the revocation does not count")
                .arg(rev->revokedBy),
            source);
    return rev;
}

}  // namespace

Result<RiskAcceptance> AcceptanceRevocations::find(const AcceptanceStore::Loaded& loaded,
                                                   const QString& digest) {
    const QString d = digest.trimmed().toLower();
    QList<RiskAcceptance> hits;
    if (d.size() >= 8)
        for (const RiskAcceptance& a : loaded.acceptances)
            if (a.envelopeDigest.startsWith(d))
                hits.append(a);
    if (hits.size() == 1)
        return hits.constFirst();
    if (hits.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("AcceptanceRevocations",
                                        "no recorded risk acceptance has the envelope SHA-256 %1")
                .arg(d));
    return Error::badInput(QCoreApplication::translate("AcceptanceRevocations",
                                                       "%1 names %2 acceptances: give more digits")
                               .arg(d)
                               .arg(hits.size()));
}

Status AcceptanceRevocations::check(const RiskRevocation& revocation,
                                    const AcceptanceStore::Loaded& loaded, const Roster& roster,
                                    const Clock& clock) {
    if (Status s = Envelope::requireSecurityEngineer(
            roster, revocation.revokedBy,
            QCoreApplication::translate(
                "AcceptanceRevocations",
                "only the security_engineer role, which accepts risks, may revoke an acceptance"));
        !s)
        return s;
    if (const QString p = revocation.problem(); !p.isEmpty())
        return Error::badInput(p);
    auto acc = find(loaded, revocation.acceptanceDigest);
    if (!acc)
        return acc.error();
    if (acc->envelopeDigest != revocation.acceptanceDigest)
        return Error::badInput(QCoreApplication::translate(
            "AcceptanceRevocations", "name the acceptance by its full envelope SHA-256"));
    if (acc->revokedAt.isValid())
        return Error::badInput(
            QCoreApplication::translate("AcceptanceRevocations",
                                        "the acceptance of %1 in %2 was already revoked by %3")
                .arg(acc->findingId, acc->package, acc->revokedBy));
    if (acc->isExpired(clock))
        return Error::badInput(
            QCoreApplication::translate("AcceptanceRevocations",
                                        "the acceptance of %1 in %2 already expired on %3")
                .arg(acc->findingId, acc->package, acc->expires.toString(Qt::ISODate)));
    if (acc->findingId != revocation.findingId || acc->package != revocation.package)
        return Error::badInput(QCoreApplication::translate(
            "AcceptanceRevocations", "the revocation names another finding than the acceptance"));
    return ok();
}

Result<DsseEnvelope> AcceptanceRevocations::sign(const RiskRevocation& revocation,
                                                 const OperatorKey& key) {
    return Envelope::sign(revocationKind(), revocation.toJson(), key);
}

Result<DsseEnvelope> AcceptanceRevocations::unlockAndSign(const RiskRevocation& revocation,
                                                          const QString& keyFile,
                                                          const SecretBytes& passphrase,
                                                          const QString& rosterKeyId) {
    return Envelope::unlockAndSign(revocationKind(), revocation.toJson(), revocation.revokedBy,
                                   keyFile, passphrase, rosterKeyId);
}

AuditEntry AcceptanceRevocations::auditEntry(const RiskRevocation& r, const DsseEnvelope& envelope,
                                             const QString& subject) {
    return AuditActions::acceptanceRevoked.entry(
        r.revokedBy, Role::securityEngineer(), subject,
        QJsonObject{{QStringLiteral("acceptance_sha256"), r.acceptanceDigest},
                    {QStringLiteral("finding_id"), r.findingId},
                    {QStringLiteral("package"), r.package},
                    {QStringLiteral("envelope_sha256"), Envelope::digest(envelope)},
                    {QStringLiteral("envelope"), envelope.toJson()}});
}

Result<AcceptanceRevocations::Recorded> AcceptanceRevocations::record(
    AuditStore& store, const RiskRevocation& revocation, const DsseEnvelope& envelope,
    const Roster& roster) {
    return record(store, revocation, envelope, roster, AcceptanceStore::load(store, roster));
}

Result<AcceptanceRevocations::Recorded> AcceptanceRevocations::record(
    AuditStore& store, const RiskRevocation& revocation, const DsseEnvelope& envelope,
    const Roster& roster, const AcceptanceStore::Loaded& loaded) {
    auto verified = verifyEnvelope(envelope, Envelope::securityEngineers(roster), store.path());
    if (!verified)
        return verified.error();
    if (verified->toJson() != revocation.toJson())
        return Error::internal(QCoreApplication::translate(
            "AcceptanceRevocations", "the signed revocation differs from the one to record"));
    auto acc = find(loaded, revocation.acceptanceDigest);
    if (!acc)
        return acc.error();
    auto rec = store.append(auditEntry(revocation, envelope, AcceptanceStore::subjectOf(*acc)));
    if (!rec)
        return rec.error();
    Recorded out;
    out.revocation = revocation;
    out.revocation.auditSequence = rec->seq;
    out.revocation.file = Envelope::sourceOf(rec.value());
    out.envelopeDigest = Envelope::digest(envelope);
    out.auditSequence = rec->seq;
    return out;
}

Result<RiskRevocation> AcceptanceRevocations::fromRecord(const AuditRecord& r,
                                                         const QList<DsseVerifier>& verifiers) {
    const QString source = Envelope::sourceOf(r);
    auto env = Envelope::envelopeOf(r);
    if (!env)
        return env.error();
    auto rev = verifyEnvelope(env.value(), verifiers, source);
    if (!rev)
        return rev.error();
    const AuditEntry expected = auditEntry(rev.value(), env.value(), r.subject);
    if (r.actor != rev->revokedBy || expected.payload != TrainingMark::withoutMark(r.payload))
        return Error::checkFailed(
            QCoreApplication::translate("AcceptanceRevocations",
                                        "the record does not match the revocation signed inside "
                                        "it: the revocation does not count"),
            source);
    rev->file = source;
    rev->auditSequence = r.seq;
    return rev;
}

}  // namespace countersign
