#pragma once

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

#include "common/Result.h"
#include "gates/GateResult.h"
#include "release/Rollback.h"
#include "signoff/SignOff.h"
#include "signoff/SignOffRequest.h"
#include "workflow/Refusal.h"

class QObject;
class QWidget;

namespace countersign {
struct Bundle;
}

namespace countersign::ui {

class SigningDialog;
struct PaneContext;

// What came of asking to sign.
struct SignOffOutcome {
    std::optional<SignOff> signOff;  // signed and recorded
    Refusals refusals;               // refused by the rules (recorded); nothing was signed
    QString refusalNotRecorded;      // "NOT recorded in the audit store: why", when it was not
    std::optional<Error> error;      // not signed: why (the dialog showed it), or Cancelled
    // Once this sign-off completed the dual approval: the release attestation written (its path),
    // or why it was not.
    QString attestation;
    std::optional<Error> attestationError;
    std::optional<RollbackTarget> rollback;  // a rollback: where traffic went back to

    bool isSigned() const { return signOff.has_value(); }
    bool refused() const { return !refusals.isEmpty(); }
    bool cancelled() const { return error && error->isCancelled(); }
    // The refusals' messages, "; "-separated (and that they were not recorded, when so).
    QString reasons() const;
};

// The one way the console signs a step, a signed event (hotfix, deploy) or a rollback of a
// bundle. Core's SignOffFlow prepares it (every rule once, every refusal recorded, the gate
// results the signer saw, the change request); one SigningDialog shows that preview, asks the
// passphrase, signs and records; a sign-off that completes the dual approval writes the release
// attestation. Panes and actions only ask here:
//
//   SignOffController::sign(this, context(), bundle,
//                           {op, SignOffStep::risk(), {}, Decision::override_(), why},
//                           shownGates, this, [this](const SignOffOutcome& o) { ... });
class SignOffController {
    Q_DECLARE_TR_FUNCTIONS(SignOffController)
public:
    using Done = std::function<void(const SignOffOutcome&)>;
    using Opened = std::function<void(SigningDialog*)>;

    // The request is made in the name of the context's signed-in operator. `context` is the live
    // one (Session::context(), or a member the caller keeps current) and must outlive receiver.
    // `shown`: gate results the pane computed, standing in for gates with no recorded result.
    // The bundle's records are read on the pool; then the rules run, and the dialog opens
    // window-modal on dialogParent (`opened` is told, to close it with the workspace). `done`
    // runs once, on receiver's thread, never after receiver is gone: at once when nothing can
    // be signed here, when the request is refused, when the context moved on meanwhile
    // (cancelled), else when the dialog closes. With a test answer set
    // (SigningDialog::setNextAnswer/setNextCancel) no dialog opens.
    static void sign(QWidget* dialogParent, const PaneContext& context, const Bundle& bundle,
                     SignOffRequest request, const QList<GateResult>& shown, QObject* receiver,
                     Done done, Opened opened = {});

    // Requests whose records are still being read (tests wait for none before they look).
    static int preparing();

    // Why nothing can be signed in this context (no bundle, nobody signed in, no audit store,
    // signing blocked); empty when it can.
    static QString unavailable(const PaneContext& context);
};

}  // namespace countersign::ui
