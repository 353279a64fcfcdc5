#include "ui/signoff/SignOffController.h"

#include <QPointer>

#include "release/ReleaseDesk.h"
#include "ui/AppServices.h"
#include "ui/pane/PaneContext.h"
#include "ui/signoff/SignOffSignable.h"
#include "ui/signoff/SigningDialog.h"
#include "workflow/SignOffFlow.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

QString SignOffOutcome::reasons() const {
    QStringList why;
    for (const Refusal& r : refusals) why << r.message;
    if (!refusalNotRecorded.isEmpty())
        why << refusalNotRecorded;
    return why.join(QStringLiteral("; "));
}

QString SignOffController::unavailable(const PaneContext& c) {
    if (!c.workspace || !c.bundle)
        return tr("choose a readable bundle first");
    if (!c.op)
        return tr("sign in first (top right, or Ctrl+Shift+I)");
    if (!c.services || !c.services->audit)
        return tr("the audit store is unavailable: %1")
            .arg(c.services ? c.services->auditError : QString());
    if (!c.services->signingBlocked.isEmpty())
        return c.services->signingBlocked;
    return {};
}

namespace {

// After a signed sign-off: where a rollback went, and the release attestation once the
// sign-off completed the dual approval.
void completeSigned(const SigningDialog::Services& services, const SignOffPreview& preview,
                    SignOffOutcome& outcome) {
    if (!outcome.isSigned())
        return;
    outcome.rollback = preview.rollback;
    const Bundle& bundle = preview.bundle;
    ReleaseDesk desk(*services.workspace, services.store, *services.clock);
    const Result<QString> path = desk.attestIfApproved(bundle);
    if (path)
        outcome.attestation = *path;
    else
        outcome.attestationError = path.error();
}

SignOffOutcome outcomeOf(const Result<Signed>& made) {
    SignOffOutcome outcome;
    if (made)
        outcome.signOff = made->signOff;
    else
        outcome.error = made.error();
    return outcome;
}

}  // namespace

SigningDialog* SignOffController::sign(QWidget* dialogParent, const PaneContext& context,
                                       const Bundle& bundle, SignOffRequest request,
                                       const QList<GateResult>& shown, QObject* receiver,
                                       Done done) {
    const QPointer<QObject> alive(receiver);
    const auto finish = [alive, done](const SignOffOutcome& outcome) {
        if (alive)
            done(outcome);
    };
    if (const QString why = unavailable(context); !why.isEmpty()) {
        SignOffOutcome outcome;
        outcome.error = Error::badInput(why);
        finish(outcome);
        return nullptr;
    }
    request.operatorId = context.op->id;
    const SigningDialog::Services services = SigningDialog::servicesFor(context);
    SignOffFlow flow(*context.workspace, *services.store, *services.clock);
    const SignOffPreview preview = flow.prepare(bundle, std::move(request), shown);
    if (!preview.maySign()) {
        SignOffOutcome outcome;
        outcome.refusals = preview.refusals;
        if (!preview.refusalNotRecorded.isEmpty())
            outcome.refusalNotRecorded = preview.recordedText();
        finish(outcome);
        return nullptr;
    }
    auto signable = std::make_shared<SignOffSignable>(preview);
    if (SigningDialog::hasNextAnswer()) {  // tests: answered without a modal
        SignOffOutcome outcome = outcomeOf(SigningDialog::sign(dialogParent, signable, services));
        completeSigned(services, preview, outcome);
        finish(outcome);
        return nullptr;
    }
    auto* dialog = new SigningDialog(signable, services, dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, receiver, [dialog, services, preview, finish] {
        SignOffOutcome outcome =
            dialog->outcome() ? outcomeOf(*dialog->outcome()) : outcomeOf(Error::cancelled());
        if (!outcome.isSigned() && !dialog->result())
            outcome.error = Error::cancelled();  // closed after a failure: the operator gave up
        completeSigned(services, preview, outcome);
        finish(outcome);
    });
    dialog->open();
    return dialog;
}

}  // namespace countersign::ui
