#include "scans/AcceptanceStore.h"

#include <QCoreApplication>
#include <algorithm>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "audit/TrainingMark.h"
#include "scans/AcceptanceRevocations.h"
#include "scans/SecurityEngineerEnvelope.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

using Envelope = SecurityEngineerEnvelope;

Envelope::Kind acceptanceKind() {
    return {
        AcceptanceStore::kPayloadType, AcceptanceStore::kSchema,
        QCoreApplication::translate("AcceptanceStore", "not a risk acceptance (payloadType %1)")};
}

// The acceptance an envelope holds, if it is one and a Security Engineer named in it signed it.
Result<RiskAcceptance> verifyEnvelope(const DsseEnvelope& env, const QList<DsseVerifier>& verifiers,
                                      const QString& source) {
    auto payload = Envelope::open(acceptanceKind(), env, source);
    if (!payload)
        return payload.error();
    auto acc = RiskAcceptance::fromJson(*payload, source);
    if (!acc)
        return acc.error();
    if (!Envelope::signedBy(env, verifiers, acc->acceptedBy))
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
    if (Status s = Envelope::requireSecurityEngineer(
            roster, acceptance.acceptedBy,
            QCoreApplication::translate("AcceptanceStore",
                                        "only the security_engineer role may accept a risk"));
        !s)
        return s;
    if (const QString p = acceptance.problem(clock); !p.isEmpty())
        return Error::badInput(p);
    return ok();
}

Result<DsseEnvelope> AcceptanceStore::sign(const RiskAcceptance& acceptance,
                                           const OperatorKey& key) {
    return Envelope::sign(acceptanceKind(), acceptance.toJson(), key);
}

Result<DsseEnvelope> AcceptanceStore::unlockAndSign(const RiskAcceptance& acceptance,
                                                    const QString& keyFile,
                                                    const SecretBytes& passphrase,
                                                    const QString& rosterKeyId) {
    return Envelope::unlockAndSign(acceptanceKind(), acceptance.toJson(), acceptance.acceptedBy,
                                   keyFile, passphrase, rosterKeyId);
}

AuditEntry AcceptanceStore::auditEntry(const RiskAcceptance& a, const DsseEnvelope& envelope) {
    QJsonObject payload{
        {QStringLiteral("finding_id"), a.findingId},
        {QStringLiteral("package"), a.package},
        {QStringLiteral("version_range"), a.versionRange},
        {QStringLiteral("expires"), a.expires.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("envelope_sha256"), Envelope::digest(envelope)},
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
    auto verified = verifyEnvelope(envelope, Envelope::securityEngineers(roster), store.path());
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
    out.acceptance.file = Envelope::sourceOf(rec.value());
    out.acceptance.auditSequence = rec->seq;
    out.envelopeDigest = Envelope::digest(envelope);
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
    const QList<DsseVerifier> verifiers = Envelope::securityEngineers(roster);
    for (const AuditRecord& r : records) {
        if (AuditActions::acceptanceRevoked.is(r.action)) {
            applyRevocation(r, verifiers, &out);
            continue;
        }
        if (!AuditActions::riskAccepted.is(r.action))
            continue;
        const QString source = Envelope::sourceOf(r);
        auto env = Envelope::envelopeOf(r);
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
        acc->envelopeDigest = Envelope::digest(env.value());
        out.acceptances.append(acc.value());
    }
    return out;
}

}  // namespace countersign
