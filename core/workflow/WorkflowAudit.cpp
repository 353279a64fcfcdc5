#include "workflow/WorkflowAudit.h"

#include <QJsonArray>

#include "audit/AuditActions.h"
#include "crypto/Sha256.h"
#include "pipeline/GuardrailReport.h"
#include "workspace/Bundle.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

Status append(AuditStore& store, const QString& actor, const QString& role,
              const AuditAction& action, const Bundle& bundle, QJsonObject payload) {
    payload.insert(QStringLiteral("bundle_digest"), bundle.digest);
    auto r = store.append(action.entry(actor, role, bundle.id(), payload));
    if (!r)
        return r.error();
    return ok();
}

}  // namespace

WorkflowRecord WorkflowAudit::fromAudit(const AuditRecord& r) {
    return WorkflowRecord{r.seq, r.time, r.actor, r.role, r.action, r.subject, r.payload};
}

Result<QList<WorkflowRecord>> WorkflowAudit::records(const AuditStore& store,
                                                     const QString& subject) {
    AuditFilter filter;
    filter.subject = subject;
    auto list = store.records(filter, 0, 100000);
    if (!list)
        return list.error();
    QList<WorkflowRecord> out;
    out.reserve(list->size());
    for (const AuditRecord& r : list.value()) out.append(fromAudit(r));
    return out;
}

Status WorkflowAudit::recordGuardrailReport(AuditStore& store, const Bundle& bundle,
                                            const GuardrailReport& report,
                                            const DsseEnvelope& envelope, const QString& signer) {
    QJsonArray gates;
    for (const GateResult& g : report.gates)
        gates.append(QJsonObject{{QStringLiteral("gate"), g.gate},
                                 {QStringLiteral("status"), verdictId(g.status)},
                                 {QStringLiteral("result_sha256"), g.digest()}});
    return append(store, signer, Role::pipeline(), AuditActions::guardrailsReport, bundle,
                  QJsonObject{{QStringLiteral("status"), verdictId(report.status)},
                              {QStringLiteral("gates"), gates},
                              {QStringLiteral("envelope_sha256"),
                               QString::fromLatin1(Sha256::hashHex(envelope.toBytes()))},
                              {QStringLiteral("envelope"), envelope.toJson()}});
}

Status WorkflowAudit::recordRefusal(AuditStore& store, const Bundle& bundle, const SignAttempt& a,
                                    const Refusals& refusals) {
    return recordRefusal(store, bundle, a.signer, a.role, stepId(a.step), a.decision, refusals);
}

Status WorkflowAudit::recordRefusal(AuditStore& store, const Bundle& bundle, const QString& signer,
                                    const QString& role, const QString& step,
                                    const QString& decision, const Refusals& refusals) {
    QJsonArray reasons;
    for (const Refusal& r : refusals)
        reasons.append(
            QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("message"), r.message}});
    return append(store, signer, role, AuditActions::signOffRefused, bundle,
                  QJsonObject{{QStringLiteral("step"), step},
                              {QStringLiteral("decision"), decision},
                              {QStringLiteral("reasons"), reasons}});
}

Status WorkflowAudit::recordAttestation(AuditStore& store, const Bundle& bundle,
                                        const QString& actor, const QString& path,
                                        const QString& envelopeSha256) {
    return append(store, actor, QString(), AuditActions::releaseAttested, bundle,
                  QJsonObject{{QStringLiteral("path"), path},
                              {QStringLiteral("envelope_sha256"), envelopeSha256}});
}

std::optional<WebhookOutcome> WorkflowAudit::lastWebhook(const QList<WorkflowRecord>& records,
                                                         const QString& bundleDigest) {
    std::optional<WebhookOutcome> last;
    for (const WorkflowRecord& r : records)
        if (r.action == AuditActions::releaseWebhook.id() &&
            r.payload.value(QStringLiteral("bundle_digest")).toString() == bundleDigest)
            last = WebhookOutcome::fromJson(r.payload);
    return last;
}

Status WorkflowAudit::recordWebhook(AuditStore& store, const Bundle& bundle,
                                    const WebhookOutcome& outcome, const QString& resentBy) {
    QJsonObject payload = outcome.toJson();
    if (!resentBy.isEmpty())
        payload.insert(QStringLiteral("resent_by"), resentBy);
    return append(store, resentBy.isEmpty() ? QStringLiteral("countersign") : resentBy, QString(),
                  AuditActions::releaseWebhook, bundle, payload);
}

}  // namespace countersign
