#include "ui/signoff/SignOffController.h"

#include "audit/AuditStore.h"
#include "release/ReleaseDesk.h"
#include "ui/AppServices.h"
#include "ui/async/StoreReadJob.h"
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

int g_preparing = 0;  // SignOffPreparation objects alive (GUI thread only)

// What the pool read for one request: the bundle's workflow inputs, or why they could not be read.
struct LoadedInputs {
    WorkflowInputs inputs;
    std::optional<Error> error;
};

// One request between asking and the dialog: the bundle's records are read and their signatures
// verified on the pool (a store of a million records takes a second), then the rules run and a
// refusal is recorded on this thread, which owns the store. A child of the receiver: gone with
// it. When the context moved on meanwhile (another workspace, store, operator or bundle), the
// request is dropped as cancelled: nothing was shown, nothing recorded.
class SignOffPreparation final : public QObject {
public:
    SignOffPreparation(QWidget* dialogParent, const PaneContext& context, Bundle bundle,
                       SignOffRequest request, QList<GateResult> shown, QObject* receiver,
                       SignOffController::Done done, SignOffController::Opened opened)
        : QObject(receiver),
          m_dialogParent(dialogParent),
          m_context(context),
          m_seen(seen(context)),
          m_bundle(std::move(bundle)),
          m_request(std::move(request)),
          m_shown(std::move(shown)),
          m_done(std::move(done)),
          m_opened(std::move(opened)),
          m_job(this, [this](const LoadedInputs& loaded) { prepared(loaded); }) {
        ++g_preparing;
    }
    ~SignOffPreparation() override { --g_preparing; }

    void start() {
        const Bundle bundle = m_bundle;
        m_job.start(
            *m_context.workspace, m_context.services->audit, m_context.services->clock->now(),
            [bundle](const Workspace& workspace, AuditStore* reader, const Clock& clock) {
                LoadedInputs out;
                if (!reader) {
                    out.error =
                        Error::badInput(SignOffController::tr("the audit store cannot be read"));
                    return out;
                }
                out.inputs = ReleaseDesk(workspace, reader, clock).load(bundle);
                return out;
            });
    }

private:
    // What the request was made on; compared, never dereferenced, once the inputs are back.
    struct Seen {
        const Workspace* workspace;
        const AuditStore* store;
        QString operatorId;
        QString bundleDigest;
        bool operator==(const Seen&) const = default;
    };
    static Seen seen(const PaneContext& c) {
        return {c.workspace, c.services ? c.services->audit : nullptr, c.op ? c.op->id : QString(),
                c.bundle ? c.bundle->digest : QString()};
    }

    void finish(const SignOffOutcome& outcome) {
        m_done(outcome);
        deleteLater();
    }

    void prepared(const LoadedInputs& loaded) {
        SignOffOutcome outcome;
        if (seen(m_context) != m_seen || !SignOffController::unavailable(m_context).isEmpty()) {
            outcome.error = Error::cancelled();
            finish(outcome);
            return;
        }
        if (loaded.error) {
            outcome.error =
                Error::badInput(loaded.error->message, m_context.services->audit->path());
            finish(outcome);
            return;
        }
        const SigningDialog::Services services = SigningDialog::servicesFor(m_context);
        SignOffFlow flow(*m_context.workspace, *services.store, *services.clock);
        const SignOffPreview preview = flow.prepare(m_bundle, m_request, loaded.inputs, m_shown);
        if (!preview.maySign()) {
            outcome.refusals = preview.refusals;
            if (!preview.refusalNotRecorded.isEmpty())
                outcome.refusalNotRecorded = preview.recordedText();
            finish(outcome);
            return;
        }
        const SignOffController::Done done = m_done;
        SigningDialog* dialog = SigningDialog::open(
            m_dialogParent, std::make_shared<SignOffSignable>(preview), services, parent(),
            [services, preview, done](const Result<Signed>& made) {
                SignOffOutcome signedOutcome = outcomeOf(made);
                completeSigned(services, preview, signedOutcome);
                done(signedOutcome);
            });
        if (dialog && m_opened)
            m_opened(dialog);
        deleteLater();
    }

    QWidget* m_dialogParent;
    const PaneContext& m_context;
    Seen m_seen;
    Bundle m_bundle;
    SignOffRequest m_request;
    QList<GateResult> m_shown;
    SignOffController::Done m_done;
    SignOffController::Opened m_opened;
    StoreReadJob<LoadedInputs> m_job;
};

}  // namespace

int SignOffController::preparing() {
    return g_preparing;
}

void SignOffController::sign(QWidget* dialogParent, const PaneContext& context,
                             const Bundle& bundle, SignOffRequest request,
                             const QList<GateResult>& shown, QObject* receiver, Done done,
                             Opened opened) {
    if (const QString why = unavailable(context); !why.isEmpty()) {
        SignOffOutcome outcome;
        outcome.error = Error::badInput(why);
        done(outcome);
        return;
    }
    request.operatorId = context.op->id;
    auto* preparation = new SignOffPreparation(dialogParent, context, bundle, std::move(request),
                                               shown, receiver, std::move(done), std::move(opened));
    preparation->start();
}

}  // namespace countersign::ui
