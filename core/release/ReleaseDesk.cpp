#include "release/ReleaseDesk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "common/SourceTextScope.h"
#include "crypto/Sha256.h"
#include "pipeline/PipelineGate.h"
#include "release/ManualHotfix.h"
#include "release/ReleaseAttestation.h"
#include "signoff/SignOffStep.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign {

ReleaseDesk::ReleaseDesk(const Workspace& workspace, AuditStore* store, const Clock& clock)
    : m_workspace(&workspace), m_store(store), m_clock(&clock) {}

BundleFacts ReleaseDesk::facts(const Bundle& bundle) {
    return BundleFacts{bundle.model,
                       bundle.version,
                       bundle.kind == QLatin1String(Bundle::kindHotfix) ? ChangeKind::Hotfix
                                                                        : ChangeKind::Scheduled,
                       bundle.owner,
                       bundle.digest,
                       bundle.snapshotFrozenAt};
}

WorkflowInputs ReleaseDesk::load(const Bundle& bundle, const QList<GateResult>& fresh) const {
    WorkflowInputs in;
    in.bundle = facts(bundle);
    for (const Operator& op : m_workspace->roster().operators) in.roster.insert(op.id, op.roles);
    in.policy.deploymentRoles = m_workspace->controls().approvals.deploymentRoles;
    in.policy.distinctStepSigners = m_workspace->controls().approvals.distinctStepSigners;
    in.calendar = CalendarConfig::fromControls(m_workspace->controls().calendar);

    // Only signed evidence moves the request; with no audit store there is none.
    if (m_store) {
        if (auto records = WorkflowAudit::records(*m_store, bundle.id()); records)
            in.records = records.value();
    }
    WorkflowEvidence evidence = WorkflowEvidence::read(in.records, m_workspace->roster(), bundle,
                                                       m_workspace->controls().training);
    in.signOffs = std::move(evidence.signOffs);
    in.rollbacks = std::move(evidence.rollbacks);
    in.hotfixes = std::move(evidence.hotfixes);
    in.deployments = std::move(evidence.deployments);
    in.ignored = std::move(evidence.ignored);
    in.gates = std::move(evidence.gates);
    for (const GateResult& g : fresh) {
        in.gates.erase(std::remove_if(in.gates.begin(), in.gates.end(),
                                      [&](const GateResult& x) { return x.gate == g.gate; }),
                       in.gates.end());
        in.gates.append(g);
    }
    const bool freshPipeline = std::any_of(fresh.cbegin(), fresh.cend(), [](const GateResult& g) {
        return g.gate == QLatin1String("pipeline");
    });
    if (!freshPipeline) {
        in.gates.erase(
            std::remove_if(in.gates.begin(), in.gates.end(),
                           [](const GateResult& x) { return x.gate == QLatin1String("pipeline"); }),
            in.gates.end());
        in.gates.append(
            PipelineGate::evaluate(bundle, m_workspace->roster(), *m_clock, evidence.lastReport));
    }
    return in;
}

ChangeRequest ReleaseDesk::changeRequest(const Bundle& bundle,
                                         const QList<GateResult>& fresh) const {
    return ChangeRequest::derive(load(bundle, fresh));
}

Refusals ReleaseDesk::attempt(const Bundle& bundle, const SignAttempt& a,
                              const QList<GateResult>& fresh) {
    const WorkflowInputs in = load(bundle, fresh);
    const Refusals refusals = Workflow::check(in, a, m_clock->now());
    if (!refusals.isEmpty() && m_store) {
        const SourceTextScope english;  // the record holds the reasons in the source language
        (void)WorkflowAudit::recordRefusal(*m_store, bundle, a,
                                           Workflow::check(in, a, m_clock->now()));
    }
    return refusals;
}

Result<QString> ReleaseDesk::attestIfApproved(const Bundle& bundle) {
    if (!m_store)
        return Error::badInput(QCoreApplication::translate(
            "ReleaseDesk", "the release attestation needs the audit store"));
    const WorkflowInputs in = load(bundle);
    ChangeRequest cr;
    {
        const SourceTextScope english;  // the signed attestation holds no translated text
        cr = ChangeRequest::derive(in);
    }
    if (cr.state != ChangeState::ApprovedForDeployment)
        return QString();
    for (const WorkflowRecord& r : in.records)
        if (r.action == AuditActions::releaseAttested.id() &&
            r.payload.value(QStringLiteral("bundle_digest")).toString() == bundle.digest)
            return QString();
    auto checkpoint = m_store->checkpoint();
    if (!checkpoint)
        return checkpoint.error();
    const ReleaseAttestation a =
        ReleaseAttestation::from(cr, {checkpoint->origin, checkpoint->size, checkpoint->rootHash},
                                 QStringLiteral("countersign"), m_clock->now());
    auto env = a.signWithStore(*m_store);
    if (!env)
        return env.error();
    const QString path = ReleaseAttestation::pathIn(bundle.dir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray bytes = env->toBytes();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::badInput(
            QCoreApplication::translate("ReleaseDesk", "cannot write the release attestation: %1")
                .arg(f.errorString()),
            path);
    if (auto s = WorkflowAudit::recordAttestation(
            *m_store, bundle, QStringLiteral("countersign"),
            QStringLiteral("approvals/") + QLatin1String(ReleaseAttestation::kFileName),
            QString::fromLatin1(Sha256::hashHex(bytes)));
        !s)
        return s.error();
    return path;
}

Status ReleaseDesk::recordRollback(const Bundle& bundle, const QString& signer,
                                   const RollbackTarget& target, const QString& envelopeSha256) {
    if (!m_store)
        return Error::badInput(QCoreApplication::translate(
            "ReleaseDesk", "a rollback is recorded in the audit store, which is not open"));
    return Rollback::record(*m_store, bundle, signer, target, envelopeSha256, m_clock->now());
}

Refusals ReleaseDesk::deployRefusals(const ChangeRequest& cr, const QString& role) {
    Refusals out;
    if (cr.state == ChangeState::Deployed)
        out.append(
            {QStringLiteral("deploy.already"),
             QCoreApplication::translate("ReleaseDesk", "%1 is already deployed").arg(cr.id)});
    else if (cr.state != ChangeState::ApprovedForDeployment)
        out.append(
            {QStringLiteral("deploy.not_approved"),
             QCoreApplication::translate(
                 "ReleaseDesk", "only a release approved for deployment is deployed; %1 is %2")
                 .arg(cr.id, changeStateLabel(cr.state))});
    if (!SignOffStep::allowedRoles(SignOffStep::deploy()).contains(role))
        out.append({QStringLiteral("deploy.role"),
                    QCoreApplication::translate(
                        "ReleaseDesk",
                        "a deployment is recorded by an Ops Lead or the deployment "
                        "pipeline, not as %1")
                        .arg(Role::label(role))});
    return out;
}

Refusals ReleaseDesk::eventRefusals(const ChangeRequest& cr, const WorkflowInputs& in,
                                    const QString& step, const QString& signer, const QString& role,
                                    const QString& justification) {
    if (step == SignOffStep::hotfix())
        return ManualHotfix::check(cr, in, signer, role, justification);
    if (step == SignOffStep::deploy())
        return deployRefusals(cr, role);
    return {{QStringLiteral("signoff.step.unknown"),
             QCoreApplication::translate("ReleaseDesk", "\"%1\" is not a signed event").arg(step)}};
}

Refusals ReleaseDesk::attemptEvent(const Bundle& bundle, const QString& step, const QString& signer,
                                   const QString& role, const QString& justification) {
    const WorkflowInputs in = load(bundle);
    const ChangeRequest cr = ChangeRequest::derive(in);
    const Refusals refusals = eventRefusals(cr, in, step, signer, role, justification);
    if (!refusals.isEmpty() && m_store) {
        const SourceTextScope english;  // the record holds the reasons in the source language
        (void)WorkflowAudit::recordRefusal(
            *m_store, bundle, signer, role, step, Decision::approve(),
            eventRefusals(cr, in, step, signer, role, justification));
    }
    return refusals;
}

Result<QByteArray> ReleaseDesk::webhookResend(const Bundle& bundle) const {
    if (!m_store)
        return Error::badInput(QCoreApplication::translate(
            "ReleaseDesk", "a webhook delivery is recorded in the audit store, which is not open"));
    auto records = WorkflowAudit::records(*m_store, bundle.id());
    if (!records)
        return records.error();
    const std::optional<WebhookOutcome> last =
        WorkflowAudit::lastWebhook(records.value(), bundle.digest);
    if (!last || last->delivered)
        return Error::badInput(
            QCoreApplication::translate(
                "ReleaseDesk",
                "the last deployment webhook delivery of %1 did not fail: nothing to resend")
                .arg(bundle.id()));
    QString recorded;
    for (const WorkflowRecord& r : records.value())
        if (r.action == AuditActions::releaseAttested.id() &&
            r.payload.value(QStringLiteral("bundle_digest")).toString() == bundle.digest)
            recorded = r.payload.value(QStringLiteral("envelope_sha256")).toString();
    const QString path = ReleaseAttestation::pathIn(bundle.dir);
    if (recorded.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("ReleaseDesk", "no release attestation of %1 is recorded")
                .arg(bundle.id()),
            path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("ReleaseDesk", "cannot read the release attestation: %1")
                .arg(f.errorString()),
            path);
    const QByteArray bytes = f.readAll();
    if (QString::fromLatin1(Sha256::hashHex(bytes)) != recorded)
        return Error::checkFailed(
            QCoreApplication::translate("ReleaseDesk",
                                        "the release attestation changed since it was recorded "
                                        "(SHA-256 %1, recorded %2): it is not resent")
                .arg(QString::fromLatin1(Sha256::hashHex(bytes)), recorded),
            path);
    return bytes;
}

}  // namespace countersign
