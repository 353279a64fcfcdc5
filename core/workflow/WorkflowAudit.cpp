#include "workflow/WorkflowAudit.h"

#include <QJsonArray>

#include "workspace/Bundle.h"

namespace countersign {

namespace {

Status append(AuditStore& store, const QString& actor, const QString& role, const QString& action,
              const Bundle& bundle, QJsonObject payload) {
    payload.insert(QStringLiteral("bundle_digest"), bundle.digest);
    auto r = store.append(AuditEntry{actor, role, action, bundle.id(), payload});
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

QList<GateResult> WorkflowAudit::latestGates(const QList<WorkflowRecord>& records,
                                             const QString& bundleDigest) {
    QMap<QString, GateResult> latest;
    for (const WorkflowRecord& r : records) {
        if (r.action != WorkflowAction::gateEvaluated())
            continue;
        const GateResult g =
            GateResult::fromJson(r.payload.value(QStringLiteral("result")).toObject());
        if (g.bundleDigest == bundleDigest && !g.gate.isEmpty())
            latest.insert(g.gate, g);
    }
    return latest.values();
}

Status WorkflowAudit::recordGates(AuditStore& store, const Bundle& bundle,
                                  const QList<GateResult>& gates, const QString& actor,
                                  const QString& role) {
    for (const GateResult& g : gates) {
        QJsonObject result = g.toJson();
        // Per-file detail stays in the report; the record keeps the verdict and its digest.
        QJsonObject measured = result.value(QStringLiteral("measured")).toObject();
        if (measured.contains(QStringLiteral("files")))
            measured.remove(QStringLiteral("files"));
        result.insert(QStringLiteral("measured"), measured);
        if (auto s = append(store, actor, role, WorkflowAction::gateEvaluated(), bundle,
                            QJsonObject{{QStringLiteral("gate"), g.gate},
                                        {QStringLiteral("status"), verdictId(g.status)},
                                        {QStringLiteral("result_sha256"), g.digest()},
                                        {QStringLiteral("result"), result}});
            !s)
            return s;
    }
    return ok();
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
    return append(store, signer, role, WorkflowAction::signOffRefused(), bundle,
                  QJsonObject{{QStringLiteral("step"), step},
                              {QStringLiteral("decision"), decision},
                              {QStringLiteral("reasons"), reasons}});
}

Status WorkflowAudit::requestHotfix(AuditStore& store, const Bundle& bundle, const QString& actor,
                                    const QString& role, const QString& reason,
                                    const QString& gate) {
    QJsonObject payload{{QStringLiteral("reason"), reason}};
    if (!gate.isEmpty())
        payload.insert(QStringLiteral("gate"), gate);
    return append(store, actor, role, WorkflowAction::hotfixRequested(), bundle, payload);
}

Status WorkflowAudit::recordAttestation(AuditStore& store, const Bundle& bundle,
                                        const QString& actor, const QString& path,
                                        const QString& envelopeSha256) {
    return append(store, actor, QString(), WorkflowAction::attested(), bundle,
                  QJsonObject{{QStringLiteral("path"), path},
                              {QStringLiteral("envelope_sha256"), envelopeSha256}});
}

std::optional<WebhookOutcome> WorkflowAudit::lastWebhook(const QList<WorkflowRecord>& records,
                                                         const QString& bundleDigest) {
    std::optional<WebhookOutcome> last;
    for (const WorkflowRecord& r : records)
        if (r.action == WorkflowAction::webhook() &&
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
                  WorkflowAction::webhook(), bundle, payload);
}

Status WorkflowAudit::recordDeployed(AuditStore& store, const Bundle& bundle,
                                     const QString& actor) {
    return append(store, actor, QString(), WorkflowAction::deployed(), bundle, {});
}

}  // namespace countersign
