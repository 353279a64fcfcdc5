#include "ui/signoff/SignOffActions.h"

#include "ui/Session.h"

#include <QAction>
#include <QDialog>
#include <QWidget>

#include "signoff/SignOffStep.h"
#include "ui/AppServices.h"
#include "ui/operator/KeySetupDialog.h"
#include "ui/signoff/SignOffChoiceDialog.h"
#include "ui/signoff/SignOffController.h"
#include "ui/signoff/SignOffsDialog.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/DialogHooks.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

SignOffActions::SignOffActions(QWidget* window, Session* session, QAction* keySetup,
                               QAction* signOff, QAction* verify)
    : QObject(window),
      m_window(window),
      m_session(session),
      m_keySetup(keySetup),
      m_signOff(signOff),
      m_verify(verify) {
    connect(m_keySetup, &QAction::triggered, this, &SignOffActions::keySetup);
    connect(m_signOff, &QAction::triggered, this, &SignOffActions::signOff);
    connect(m_verify, &QAction::triggered, this, &SignOffActions::verifySignOffs);
    // Dialogs still open on another workspace or store point into it: closed.
    for (auto gone : {&Session::workspaceChanged, &Session::storeReplaced})
        connect(session, gone, this, [this] {
            closeDialogs();
            updateActions();
        });
    for (auto moved : {&Session::selectionChanged, &Session::operatorChanged})
        connect(session, moved, this, &SignOffActions::updateActions);
    updateActions();
}

const PaneContext& SignOffActions::context() const {
    return m_session->context();
}

void SignOffActions::updateActions() {
    const PaneContext& context = this->context();
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
    if (const QString why = SignOffController::unavailable(context()); !why.isEmpty())
        return why;
    if (SignOffChoiceDialog::stepsFor(*context().op).isEmpty())
        return tr("none of %1's roles signs a step").arg(context().op->id);
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
    if (!context().op)
        return;
    auto* dialog = new KeySetupDialog(context().op->id, m_window);
    track(dialog);
    connect(dialog, &KeySetupDialog::keyGenerated, this,
            [this](const QString& path, const QString& keyId) {
                emit statusMessage(tr("Key %1 written to %2: put its public key in the roster.")
                                       .arg(keyId.left(16), path));
            });
    dialog->show();
}

void SignOffActions::verifySignOffs() {
    if (!context().workspace || !context().bundle)
        return;
    auto* dialog = new SignOffsDialog(*context().bundle, context().workspace->roster(), m_window);
    track(dialog);
    dialog->show();
}

void SignOffActions::signOff() {
    if (const QString refusal = signOffRefusal(); !refusal.isEmpty()) {
        emit statusMessage(tr("Cannot sign off: %1").arg(refusal));
        return;
    }
    const Bundle bundle = *context().bundle;
    auto* choice = new SignOffChoiceDialog(bundle, *context().op, m_window);
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
    if (!signOffRefusal().isEmpty() || !context().bundle ||
        context().bundle->digest != bundle.digest)
        return;
    const QString what = tr("%1 of %2 by %3 as %4: %5")
                             .arg(SignOffStep::label(step), bundle.id(), context().op->id,
                                  Role::label(role), decision);
    SignOffController::sign(
        m_window, context(), bundle, {{}, step, role, decision, justification, {}, {}}, {}, this,
        [this, what](const SignOffOutcome& outcome) {
            if (outcome.refused()) {
                QStringList lines;
                for (const Refusal& r : outcome.refusals) lines << QStringLiteral("• ") + r.message;
                emit recorded();
                emit statusMessage(tr("Refused and recorded: %1").arg(what));
                DialogHooks::warning(m_window, tr("Sign-off refused"),
                                     tr("%1 is refused:\n\n%2\n\nThe refusal was recorded in the "
                                        "audit store.")
                                         .arg(what, lines.join(QLatin1Char('\n'))));
                return;
            }
            if (!outcome.isSigned())
                return;  // the dialog showed the failure, or the operator cancelled
            emit recorded();
            emit statusMessage(tr("Signed and recorded: %1").arg(what));
            if (!outcome.attestation.isEmpty())
                emit statusMessage(
                    tr("Dual approval complete: release attestation %1").arg(outcome.attestation));
            else if (outcome.attestationError)
                emit statusMessage(outcome.attestationError->toString());
        },
        [this](SigningDialog* dialog) { track(dialog); });
}

}  // namespace countersign::ui
