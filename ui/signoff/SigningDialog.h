#pragma once

#include <QDialog>
#include <QList>
#include <optional>

#include <functional>
#include <memory>

#include "common/Result.h"
#include "crypto/Dsse.h"
#include "ui/async/Background.h"
#include "ui/signoff/Signable.h"
#include "ui/signoff/SigningServices.h"

class QFormLayout;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QPushButton;

namespace countersign::ui {

struct PaneContext;

// Shows exactly what is about to be signed (for a sign-off: bundle, bundle.json digest, step,
// role, decision, justification, the gate results and their digests, change request, audit
// checkpoint; for a risk acceptance or its revocation: the finding, versions, expiry, reason),
// asks the passphrase, signs through core (unlocking off the GUI thread) and records; reports
// success or the precise failure. Every kind of signature is a Signable (signoff/Signable.h):
// sign-offs come prepared by SignOffFlow through the one controller (signoff/SignOffController)
// every pane asks; the Security pane signs acceptances and revocations.
//
// Tests answer without a modal: setNextAnswer(passphrase) or setNextCancel() before open().
// An operator who cancels gets an Error of kind Cancelled.
// Object names: signingSummary, decisionLabel, gateResultsView, justificationView, keyFileEdit,
// passphraseEdit, signButton, statusLabel.
class SigningDialog : public QDialog {
    Q_OBJECT
public:
    using Services = SigningServices;
    // The services for the context's signed-in operator: the workspace's roster, the audit
    // store, the clock, the key file keyFileFor() offers, and why signing is refused (the
    // store failed its consistency check, or it is not open). Missing parts stay empty.
    static Services servicesFor(const PaneContext& context);

    using Done = std::function<void(const Result<Signed>& made)>;
    // The one way the console asks for a signature: opens the dialog window-modal on parent
    // (never a nested event loop: the session may move on while it is open) and calls `done`
    // once when it closes, with what was signed and recorded or why not (a refusal, a failure,
    // or Cancelled); never after receiver is gone. Returns the open dialog, to be closed with the
    // store it holds. With a test answer set, signs or cancels at once, calls `done` before it
    // returns, and returns nullptr.
    static SigningDialog* open(QWidget* parent, std::shared_ptr<Signable> signable,
                               const Services& services, QObject* receiver, Done done);

    // Test hooks: the next open() uses this passphrase (or cancels) without showing a modal.
    // A keyFile given here replaces the key file the caller chose.
    static void setNextAnswer(const QString& passphrase, const QString& keyFile = {});
    // The key file to offer an operator: their default key (OperatorKey::defaultPath) when it
    // exists, else <workspace>/keys/<operator>.key.pem when that exists (the demo workspace),
    // else the default path.
    static QString keyFileFor(const QString& workspaceRoot, const QString& operatorId);
    static void setNextCancel();
    static void clearNextAnswer();
    static bool hasNextAnswer();

    // Checks the signable at once (a refusal is shown, and recorded where the rules say so).
    SigningDialog(std::shared_ptr<Signable> signable, const Services& services,
                  QWidget* parent = nullptr);
    ~SigningDialog() override;

    // The outcome after the dialog closed (or after signWith()).
    const std::optional<Result<Signed>>& outcome() const { return m_outcome; }
    // What the dialog came to: signed and recorded, refused, the last failure, or Cancelled.
    Result<Signed> finalOutcome() const;
    // Signs with this passphrase synchronously (the test hook path).
    void signWith(const QString& passphrase, bool wait);

signals:
    void finishedSigning();

private:
    void buildUi();
    void buildSummary(QVBoxLayout* layout, const SignableSummary& summary);
    void startSigning();
    using SigningJob = Background<Result<DsseEnvelope>>;
    void signingDone(const Result<DsseEnvelope>& env);
    void showError(const Error& error);

    std::shared_ptr<Signable> m_signable;
    Services m_services;
    bool m_busy = false;             // a signature is being made on the pool
    std::optional<Error> m_refusal;  // refused before any passphrase
    std::optional<Result<Signed>> m_outcome;
    std::optional<Error> m_lastError;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_sign = nullptr;
    QLabel* m_status = nullptr;
    // Unlocking the key and signing (PBKDF2: slow) on the pool; last, so it ends before the
    // widgets go.
    SigningJob m_signing{this, [this](const Result<DsseEnvelope>& env) { signingDone(env); }};
};

}  // namespace countersign::ui
