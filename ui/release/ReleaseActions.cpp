#include "ui/release/ReleaseActions.h"

#include <QDir>
#include <QFile>
#include <QWidget>

#include "audit/AuditStore.h"
#include "gates/HotfixRequest.h"
#include "release/DeploymentWebhook.h"
#include "release/NextAttempt.h"
#include "release/ReleaseDesk.h"
#include "signoff/SignOffStep.h"
#include "ui/AppServices.h"
#include "ui/Settings.h"
#include "ui/release/JustificationPrompt.h"
#include "ui/widgets/DialogHooks.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

ReleaseActions::ReleaseActions(QWidget* dialogParent, std::function<const PaneContext&()> context)
    : QObject(dialogParent), m_parent(dialogParent), m_context(std::move(context)) {}

bool ReleaseActions::stillOn(const QString& digest) const {
    QString why;
    return ready(&why) && context().bundle->digest == digest;
}

bool ReleaseActions::ready(QString* why) const {
    *why = SignOffController::unavailable(context());
    return why->isEmpty();
}

QUrl ReleaseActions::webhookUrl() const {
    if (context().workspace && !context().workspace->controls().deploymentWebhook.isEmpty())
        return context().workspace->controls().deploymentWebhook;
    if (context().services && context().services->settings)
        return QUrl(context().services->settings->deploymentWebhook());
    return {};
}

void ReleaseActions::approve(const RequestView& shown) {
    sign(Decision::approve(), shown);
}

void ReleaseActions::reject(const RequestView& shown) {
    sign(Decision::reject(), shown);
}

bool ReleaseActions::isForSelection(const RequestView& shown, QString* why) const {
    if (!ready(why))
        return false;
    if (shown.bundleId != context().bundle->id() ||
        shown.inputs.bundle.digest != context().bundle->digest) {
        *why = tr("the change request of %1 is still being read").arg(context().bundle->id());
        return false;
    }
    return true;
}

void ReleaseActions::sign(const QString& decision, RequestView shown) {
    QString why;
    if (!isForSelection(shown, &why))
        return emit failed(why);
    const PaneContext& c = context();
    const Bundle bundle = *c.bundle;
    const WorkflowInputs& in = shown.inputs;
    const ChangeRequest& cr = shown.request;

    QString justification;
    if (decision == Decision::reject()) {
        const auto text = JustificationPrompt::ask(
            m_parent, tr("Reject %1").arg(cr.id),
            tr("Why is %1 rejected? The justification is signed with your decision.")
                .arg(bundle.id()));
        if (!text || !stillOn(bundle.digest))
            return;
        justification = *text;
    }
    const SignAttempt attempt =
        NextAttempt::forOperator(cr, in, c.op->id, c.op->roles, decision, justification);
    const QString what =
        tr("%1 by %2 as %3: %4")
            .arg(stepLabel(attempt.step), c.op->id, Role::label(attempt.role), decision);
    signThroughController({{}, stepId(attempt.step), attempt.role, decision, justification, {}, {}},
                          {}, what, [this, what](const SignOffOutcome&) {
                              emit recorded(tr("Signed and recorded: %1").arg(what));
                          });
}

void ReleaseActions::attest() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const Bundle bundle = *context().bundle;
    ReleaseDesk desk(*context().workspace, context().services->audit, *context().services->clock);
    const Result<QString> path = desk.attestIfApproved(bundle);
    if (!path)
        return emit failed(
            tr("The release attestation was not written: %1").arg(path.error().toString()));
    notifyAttestation(bundle, *path);
}

void ReleaseActions::notifyAttestation(const Bundle& bundle, const QString& path) {
    if (path.isEmpty())
        return;
    emit recorded(tr("Release attestation written: %1").arg(QDir::toNativeSeparators(path)));
    const QUrl url = webhookUrl();
    if (!url.isValid() || url.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return emit failed(tr("Cannot read %1 for the deployment webhook").arg(path));
    deliver(bundle, url, f.readAll(), QString());
}

void ReleaseActions::resendWebhook() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const QUrl url = webhookUrl();
    if (!url.isValid() || url.isEmpty())
        return emit failed(tr("No deployment webhook is set (controls.json or the settings)."));
    const ReleaseDesk desk(*context().workspace, context().services->audit,
                           *context().services->clock);
    const Result<QByteArray> body = desk.webhookResend(*context().bundle);
    if (!body)
        return emit failed(body.error().toString());
    deliver(*context().bundle, url, body.value(), context().op->id);
}

void ReleaseActions::deliver(const Bundle& bundle, const QUrl& url, const QByteArray& body,
                             const QString& resentBy) {
    AuditStore* store = context().services->audit;
    auto* hook = new DeploymentWebhook(url, this);
    AppServices* services = context().services;
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

void ReleaseActions::signThroughController(const SignOffRequest& request,
                                           const QList<GateResult>& shown, const QString& what,
                                           std::function<void(const SignOffOutcome&)> signed_) {
    const Bundle bundle = *context().bundle;
    SignOffController::sign(m_parent, context(), bundle, request, shown, this,
                            [this, bundle, what, signed_](const SignOffOutcome& outcome) {
                                if (outcome.refused())
                                    return refuse(what, outcome.refusals);
                                if (!outcome.isSigned()) {
                                    if (outcome.error && !outcome.cancelled())
                                        emit failed(outcome.error->toString());
                                    return;
                                }
                                signed_(outcome);
                                if (outcome.attestationError)
                                    emit failed(tr("The release attestation was not written: %1")
                                                    .arg(outcome.attestationError->toString()));
                                notifyAttestation(bundle, outcome.attestation);
                            });
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
    const QString id = context().bundle->id();
    const QString digest = context().bundle->digest;
    const auto reason = JustificationPrompt::ask(
        m_parent, tr("Open a hotfix for %1").arg(id),
        tr("Why does %1 need the hotfix lane? It then needs the Risk & Compliance approval "
           "before deployment. The reason is signed.")
            .arg(id));
    if (!reason || !stillOn(digest))
        return;
    const QString role = eventRoleOf(*context().op, SignOffStep::hotfix(), Role::opsLead());
    const QString signer = context().op->id;
    signThroughController(
        {{}, SignOffStep::hotfix(), role, Decision::approve(), *reason, {}, {}}, {},
        tr("hotfix lane for %1 by %2").arg(id, signer), [this, id, signer](const SignOffOutcome&) {
            emit recorded(tr("Hotfix lane opened for %1, signed by %2").arg(id, signer));
        });
}

void ReleaseActions::hotfixFromDrift(const RequestView& shown) {
    QString why;
    if (!isForSelection(shown, &why))
        return emit failed(why);
    const GateResult* drift = shown.inputs.gate(QStringLiteral("drift"));
    if (!drift)
        return emit failed(tr("the drift gate has not been evaluated for this bundle"));
    const auto reason = driftHotfixReason(*drift);
    if (!reason)
        return emit failed(reason.error().toString());
    const QString id = context().bundle->id();
    const QString role = eventRoleOf(*context().op, SignOffStep::hotfix(), Role::opsLead());
    signThroughController(
        {{}, SignOffStep::hotfix(), role, Decision::approve(), reason.value(), {}, {*drift}}, {},
        tr("hotfix lane for %1 by %2").arg(id, context().op->id),
        [this, id](const SignOffOutcome&) {
            emit recorded(tr("Hotfix lane opened for %1 from the drift breach").arg(id));
        });
}

void ReleaseActions::rollback() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const PaneContext& c = context();
    const Bundle bundle = *c.bundle;
    const auto reason = JustificationPrompt::ask(
        m_parent, tr("Roll back %1").arg(bundle.id()),
        tr("Why is %1 rolled back to the last known-good version? The justification is signed.")
            .arg(bundle.id()));
    if (!reason || !stillOn(bundle.digest))
        return;
    const QString id = bundle.id();
    signThroughController(
        {{}, SignOffStep::rollback(), Role::opsLead(), Decision::approve(), *reason, {}, {}}, {},
        tr("rollback of %1 by %2").arg(id, c.op->id), [this, id](const SignOffOutcome& outcome) {
            emit recorded(tr("Rolled back %1 to %2")
                              .arg(id, outcome.rollback ? outcome.rollback->version : QString()));
        });
}

void ReleaseActions::markDeployed() {
    QString why;
    if (!ready(&why))
        return emit failed(why);
    const QString id = context().bundle->id();
    const QString role = eventRoleOf(*context().op, SignOffStep::deploy(), Role::opsLead());
    const QString signer = context().op->id;
    signThroughController(
        {{},
         SignOffStep::deploy(),
         role,
         Decision::approve(),
         tr("%1 is deployed to production").arg(id),
         {},
         {}},
        {}, tr("deployment of %1 by %2").arg(id, signer),
        [this, id, signer](const SignOffOutcome&) {
            emit recorded(tr("%1 recorded as deployed, signed by %2").arg(id, signer));
        });
}

}  // namespace countersign::ui
