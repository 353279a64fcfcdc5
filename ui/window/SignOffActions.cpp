#include "window/SignOffActions.h"

#include <QAction>
#include <QDialog>
#include <QWidget>

#include "AppServices.h"
#include "dialogs/DialogHooks.h"
#include "dialogs/KeySetupDialog.h"
#include "dialogs/SignOffChoiceDialog.h"
#include "dialogs/SignOffsDialog.h"
#include "dialogs/SigningDialog.h"
#include "workflow/NextAttempt.h"
#include "workflow/ReleaseDesk.h"
#include "workflow/WorkflowStep.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

SignOffActions::SignOffActions(QWidget* window, QAction* keySetup, QAction* signOff,
                               QAction* verify)
    : QObject(window),
      m_window(window),
      m_keySetup(keySetup),
      m_signOff(signOff),
      m_verify(verify) {
    connect(m_keySetup, &QAction::triggered, this, &SignOffActions::keySetup);
    connect(m_signOff, &QAction::triggered, this, &SignOffActions::signOff);
    connect(m_verify, &QAction::triggered, this, &SignOffActions::verifySignOffs);
    setContext({});
}

void SignOffActions::setContext(const PaneContext& context) {
    AuditStore* store = context.services ? context.services->audit : nullptr;
    if (context.workspace != m_workspaceSeen || store != m_storeSeen)
        closeDialogs();
    m_workspaceSeen = context.workspace;
    m_storeSeen = store;
    m_context = context;

    m_keySetup->setEnabled(context.op != nullptr);
    m_keySetup->setToolTip(context.op
                               ? tr("Create your signing key or change its passphrase")
                               : tr("Sign in first: the key belongs to the signed-in operator"));
    const QString refusal = signOffRefusal();
    m_signOff->setEnabled(refusal.isEmpty());
    m_signOff->setToolTip(refusal.isEmpty()
                              ? tr("Sign a decision on the selected bundle with your key")
                              : tr("Cannot sign off: %1").arg(refusal));
    m_verify->setEnabled(context.bundle != nullptr);
    m_verify->setToolTip(context.bundle
                             ? tr("Check every sign-off of the bundle against the roster")
                             : tr("Choose a readable bundle first"));
}

QString SignOffActions::signOffRefusal() const {
    const PaneContext& c = m_context;
    if (!c.workspace || !c.bundle)
        return tr("choose a readable bundle first");
    if (!c.op)
        return tr("sign in first (top right, or Ctrl+Shift+I)");
    if (!c.services || !c.services->audit)
        return tr("the audit store is unavailable: %1")
            .arg(c.services ? c.services->auditError : QString());
    if (!c.services->signingBlocked.isEmpty())
        return c.services->signingBlocked;
    if (SignOffChoiceDialog::stepsFor(*c.op).isEmpty())
        return tr("none of %1's roles signs a step").arg(c.op->id);
    return {};
}

void SignOffActions::track(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs << dialog;
}

void SignOffActions::closeDialogs() {
    for (const QPointer<QDialog>& d : std::as_const(m_dialogs))
        if (d)
            delete d.data();
    m_dialogs.clear();
}

void SignOffActions::keySetup() {
    if (!m_context.op)
        return;
    auto* dialog = new KeySetupDialog(m_context.op->id, m_window);
    track(dialog);
    connect(dialog, &KeySetupDialog::keyGenerated, this,
            [this](const QString& path, const QString& keyId) {
                emit statusMessage(tr("Key %1 written to %2: put its public key in the roster.")
                                       .arg(keyId.left(16), path));
            });
    dialog->show();
}

void SignOffActions::verifySignOffs() {
    if (!m_context.workspace || !m_context.bundle)
        return;
    auto* dialog = new SignOffsDialog(*m_context.bundle, m_context.workspace->roster(), m_window);
    track(dialog);
    dialog->show();
}

void SignOffActions::signOff() {
    if (const QString refusal = signOffRefusal(); !refusal.isEmpty()) {
        emit statusMessage(tr("Cannot sign off: %1").arg(refusal));
        return;
    }
    const Bundle bundle = *m_context.bundle;
    auto* choice = new SignOffChoiceDialog(bundle, *m_context.op, m_window);
    track(choice);
    connect(choice, &QDialog::accepted, this, [this, choice, bundle] {
        attempt(bundle, choice->step(), choice->role(), choice->decision(),
                choice->justification());
    });
    choice->open();
}

void SignOffActions::attempt(const Bundle& bundle, const QString& step, const QString& role,
                             const QString& decision, const QString& justification) {
    // The context may have moved on while the choice was open: sign only what was chosen on.
    if (!signOffRefusal().isEmpty() || !m_context.bundle ||
        m_context.bundle->digest != bundle.digest)
        return;
    const PaneContext c = m_context;
    const std::optional<WorkflowStep> wf = stepFromId(step);
    if (!wf)
        return;
    ReleaseDesk desk(*c.workspace, c.services->audit, *c.services->clock);
    const WorkflowInputs in = desk.load(bundle);
    const ChangeRequest cr = ChangeRequest::derive(in);
    const SignAttempt a{c.op->id, role, *wf, decision, justification};
    const QString what =
        tr("%1 of %2 by %3 as %4: %5")
            .arg(stepLabel(*wf), bundle.id(), c.op->id, Role::label(role), decision);
    const Refusals refusals = desk.attempt(bundle, a);
    if (!refusals.isEmpty()) {
        QStringList lines;
        for (const Refusal& r : refusals) lines << QStringLiteral("• ") + r.message;
        emit recorded();
        emit statusMessage(tr("Refused and recorded: %1").arg(what));
        DialogHooks::warning(m_window, tr("Sign-off refused"),
                             tr("%1 is refused:\n\n%2\n\nThe refusal was recorded in the audit "
                                "store.")
                                 .arg(what, lines.join(QLatin1Char('\n'))));
        return;
    }
    QList<GateResult> seen;
    for (const QString& gate : NextAttempt::gatesSeenBy(*wf))
        if (const GateResult* g = in.gate(gate))
            seen.append(*g);
    const SigningDialog::Request request{bundle, step, role, decision, justification, seen, cr.id};
    auto* dialog = new SigningDialog(request, SigningDialog::servicesFor(c), m_window);
    track(dialog);
    connect(dialog, &SigningDialog::finishedSigning, this, [this, dialog, what, bundle] {
        if (!dialog->outcome() || !dialog->outcome()->ok())
            return;  // the dialog shows the failure; the operator may try again
        emit recorded();
        emit statusMessage(tr("Signed and recorded: %1").arg(what));
        if (!m_context.workspace || !m_context.services || !m_context.services->audit)
            return;
        ReleaseDesk now(*m_context.workspace, m_context.services->audit,
                        *m_context.services->clock);
        if (now.changeRequest(bundle).state == ChangeState::ApprovedForDeployment) {
            const Result<QString> path = now.attestIfApproved(bundle);
            emit statusMessage(
                path ? tr("Dual approval complete: release attestation %1").arg(path.value())
                     : path.error().toString());
        }
    });
    dialog->open();
}

}  // namespace countersign::ui
