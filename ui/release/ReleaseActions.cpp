#include "release/ReleaseActions.h"

#include <QDir>
#include <QFile>
#include <QWidget>

#include "AppServices.h"
#include "Settings.h"
#include "audit/AuditStore.h"
#include "dialogs/DialogHooks.h"
#include "dialogs/SigningDialog.h"
#include "gates/HotfixRequest.h"
#include "release/JustificationPrompt.h"
#include "signoff/SignOffStep.h"
#include "workflow/DeploymentWebhook.h"
#include "workflow/NextAttempt.h"
#include "workflow/ReleaseDesk.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

ReleaseActions::ReleaseActions(QWidget* dialogParent)
    : QObject(dialogParent), m_parent(dialogParent) {}

bool ReleaseActions::ready(QString* why) const {
    const PaneContext& c = m_context;
    if (!c.workspace || !c.bundle) {
        *why = tr("choose a readable bundle first");
        return false;
    }
    if (!c.op) {
        *why = tr("sign in first (top right, or Ctrl+Shift+I)");
        return false;
    }
    if (!c.services || !c.services->audit) {
        *why = tr("the audit store is unavailable: %1")
                   .arg(c.services ? c.services->auditError : QString());
        return false;
    }
    return true;
}

QUrl ReleaseActions::webhookUrl() const {
    if (m_context.workspace && !m_context.workspace->controls().deploymentWebhook.isEmpty())
        return m_context.workspace->controls().deploymentWebhook;
    if (m_context.services && m_context.services->settings)
        return QUrl(m_context.services->settings->deploymentWebhook());
    return {};
}

void ReleaseActions::approve() {
    sign(Decision::approve());
}

void ReleaseActions::reject() {
    sign(Decision::reject());
}

void ReleaseActions::sign(const QString& decision) {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const PaneContext c = m_context;
    const Bundle bundle = *c.bundle;
    const Clock& clock = *c.services->clock;
    ReleaseDesk desk(*c.workspace, c.services->audit, clock);
    const WorkflowInputs in = desk.load(bundle);
    const ChangeRequest cr = ChangeRequest::derive(in);

    QString justification;
    if (decision == Decision::reject()) {
        const auto text = JustificationPrompt::ask(
            m_parent, tr("Reject %1").arg(cr.id),
            tr("Why is %1 rejected? The justification is signed with your decision.")
                .arg(bundle.id()));
        if (!text)
            return;
        justification = *text;
    }
    const SignAttempt attempt =
        NextAttempt::forOperator(cr, in, c.op->id, c.op->roles, decision, justification);
    const QString what =
        tr("%1 by %2 as %3: %4")
            .arg(stepLabel(attempt.step), c.op->id, Role::label(attempt.role), decision);
    const Refusals refusals = desk.attempt(bundle, attempt);
    if (!refusals.isEmpty()) {
        refuse(what, refusals);
        return;
    }
    QList<GateResult> seen;
    for (const QString& gate : NextAttempt::gatesSeenBy(attempt.step))
        if (const GateResult* g = in.gate(gate))
            seen.append(*g);
    const SigningDialog::Request request{
        bundle, stepId(attempt.step), attempt.role, decision, justification, seen, cr.id};
    const std::optional<SignOff> made = signThroughDialog(request);
    if (!made)
        return;
    emit recorded(tr("Signed and recorded: %1").arg(what));
    if (desk.changeRequest(bundle).state == ChangeState::ApprovedForDeployment)
        attestAndNotify(bundle);
}

void ReleaseActions::attest() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    attestAndNotify(*m_context.bundle);
}

void ReleaseActions::attestAndNotify(const Bundle& bundle) {
    AuditStore* store = m_context.services->audit;
    ReleaseDesk desk(*m_context.workspace, store, *m_context.services->clock);
    const Result<QString> path = desk.attestIfApproved(bundle);
    if (!path)
        return emit failed(
            tr("The release attestation was not written: %1").arg(path.error().toString()));
    if (path->isEmpty())
        return;
    emit recorded(tr("Release attestation written: %1").arg(QDir::toNativeSeparators(*path)));
    const QUrl url = webhookUrl();
    if (!url.isValid() || url.isEmpty())
        return;
    QFile f(*path);
    if (!f.open(QIODevice::ReadOnly))
        return emit failed(tr("Cannot read %1 for the deployment webhook").arg(*path));
    deliver(bundle, url, f.readAll(), QString());
}

void ReleaseActions::resendWebhook() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const QUrl url = webhookUrl();
    if (!url.isValid() || url.isEmpty())
        return emit failed(tr("No deployment webhook is set (controls.json or the settings)."));
    const ReleaseDesk desk(*m_context.workspace, m_context.services->audit,
                           *m_context.services->clock);
    const Result<QByteArray> body = desk.webhookResend(*m_context.bundle);
    if (!body)
        return emit failed(body.error().toString());
    deliver(*m_context.bundle, url, body.value(), m_context.op->id);
}

void ReleaseActions::deliver(const Bundle& bundle, const QUrl& url, const QByteArray& body,
                             const QString& resentBy) {
    AuditStore* store = m_context.services->audit;
    auto* hook = new DeploymentWebhook(url, this);
    AppServices* services = m_context.services;
    connect(hook, &DeploymentWebhook::finished, this,
            [this, hook, bundle, store, services, resentBy](const WebhookOutcome& outcome) {
                hook->deleteLater();
                // Recorded only while the store it belongs to is still the open one.
                if (services->audit == store) {
                    if (auto s = WorkflowAudit::recordWebhook(*store, bundle, outcome, resentBy);
                        !s)
                        emit failed(s.error().toString());
                }
                emit webhookFinished(outcome);
                emit recorded(outcome.delivered
                                  ? tr("Deployment webhook notified: %1").arg(outcome.url)
                                  : tr("Deployment webhook failed after %n attempt(s): %1", nullptr,
                                       outcome.attempts)
                                        .arg(outcome.error));
            });
    hook->post(body, QByteArrayLiteral("application/json"));
}

void ReleaseActions::refuse(const QString& what, const Refusals& refusals) {
    emit refused(what, refusals);
    emit recorded(tr("Refused and recorded: %1").arg(what));
}

std::optional<SignOff> ReleaseActions::signThroughDialog(const SigningDialog::Request& request) {
    Result<SignOff> made =
        SigningDialog::sign(m_parent, request, SigningDialog::servicesFor(m_context));
    if (!made) {
        if (!SigningDialog::isCancel(made.error()))
            emit failed(made.error().toString());
        return std::nullopt;
    }
    return std::move(made.value());
}

bool ReleaseActions::signEvent(const QString& step, const QString& role,
                               const QString& justification, const QList<GateResult>& seen,
                               const QString& what) {
    const PaneContext c = m_context;
    const Bundle bundle = *c.bundle;
    ReleaseDesk desk(*c.workspace, c.services->audit, *c.services->clock);
    // Core refuses (and records the refusal) when the operator may not take the step.
    const Refusals refusals = desk.attemptEvent(bundle, step, c.op->id, role, justification);
    if (!refusals.isEmpty()) {
        refuse(what, refusals);
        return false;
    }
    const SigningDialog::Request request{bundle,
                                         step,
                                         role,
                                         Decision::approve(),
                                         justification,
                                         seen,
                                         ReleaseDesk::facts(bundle).changeRequestId()};
    const std::optional<SignOff> made = signThroughDialog(request);
    if (!made)
        return false;
    return true;
}

// The role the operator takes a signed event in: the first of the event's roles they hold
// (`preferred` first); else their first role, which core refuses with the reason.
static QString eventRoleOf(const Operator& op, const QString& step, const QString& preferred) {
    QStringList roles = SignOffStep::allowedRoles(step);
    if (roles.removeAll(preferred) > 0)
        roles.prepend(preferred);
    for (const QString& role : roles)
        if (op.hasRole(role))
            return role;
    return op.roles.value(0);
}

void ReleaseActions::openHotfix() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const QString id = m_context.bundle->id();
    const auto reason = JustificationPrompt::ask(
        m_parent, tr("Open a hotfix for %1").arg(id),
        tr("Why does %1 need the hotfix lane? It then needs the Risk & Compliance approval "
           "before deployment. The reason is signed.")
            .arg(id));
    if (!reason)
        return;
    const QString role = eventRoleOf(*m_context.op, SignOffStep::hotfix(), Role::opsLead());
    if (signEvent(SignOffStep::hotfix(), role, *reason, {},
                  tr("hotfix lane for %1 by %2").arg(id, m_context.op->id)))
        emit recorded(tr("Hotfix lane opened for %1, signed by %2").arg(id, m_context.op->id));
}

void ReleaseActions::hotfixFromDrift() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const ReleaseDesk desk(*m_context.workspace, m_context.services->audit,
                           *m_context.services->clock);
    const WorkflowInputs in = desk.load(*m_context.bundle);
    const GateResult* drift = in.gate(QStringLiteral("drift"));
    if (!drift)
        return emit failed(tr("the drift gate has not been evaluated for this bundle"));
    const auto reason = driftHotfixReason(*drift);
    if (!reason)
        return emit failed(reason.error().toString());
    const QString id = m_context.bundle->id();
    const QString role = eventRoleOf(*m_context.op, SignOffStep::hotfix(), Role::opsLead());
    if (signEvent(SignOffStep::hotfix(), role, reason.value(), {*drift},
                  tr("hotfix lane for %1 by %2").arg(id, m_context.op->id)))
        emit recorded(tr("Hotfix lane opened for %1 from the drift breach").arg(id));
}

void ReleaseActions::rollback() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const PaneContext c = m_context;
    const Bundle bundle = *c.bundle;
    const auto reason = JustificationPrompt::ask(
        m_parent, tr("Roll back %1").arg(bundle.id()),
        tr("Why is %1 rolled back to the last known-good version? The justification is signed.")
            .arg(bundle.id()));
    if (!reason)
        return;
    ReleaseDesk desk(*c.workspace, c.services->audit, *c.services->clock);
    RollbackTarget target;
    const QString what = tr("rollback of %1 by %2").arg(bundle.id(), c.op->id);
    const Refusals refusals = desk.attemptRollback(bundle, c.op->id, *reason, &target);
    if (!refusals.isEmpty()) {
        refuse(what, refusals);
        return;
    }
    const SigningDialog::Request request{
        bundle,
        SignOffStep::rollback(),
        Role::opsLead(),
        Decision::approve(),
        // The target's integrity result belongs to another bundle: named in the text.
        tr("%1 (roll back to %2; its integrity %3, result sha256 %4)")
            .arg(*reason, target.version, verdictId(target.integrity.status),
                 target.integrity.digest()),
        {},
        ReleaseDesk::facts(bundle).changeRequestId()};
    const std::optional<SignOff> made = signThroughDialog(request);
    if (!made)
        return;
    if (auto s = desk.recordRollback(bundle, c.op->id, target, made->envelopeDigest); !s)
        return emit failed(s.error().toString());
    emit recorded(tr("Rolled back %1 to %2").arg(bundle.id(), target.version));
}

void ReleaseActions::markDeployed() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const QString id = m_context.bundle->id();
    const QString role = eventRoleOf(*m_context.op, SignOffStep::deploy(), Role::opsLead());
    if (signEvent(SignOffStep::deploy(), role, tr("%1 is deployed to production").arg(id), {},
                  tr("deployment of %1 by %2").arg(id, m_context.op->id)))
        emit recorded(tr("%1 recorded as deployed, signed by %2").arg(id, m_context.op->id));
}

}  // namespace countersign::ui
