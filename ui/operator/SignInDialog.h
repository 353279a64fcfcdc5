#pragma once

#include <QDialog>
#include <optional>

#include "common/Result.h"
#include "signoff/SignInProof.h"
#include "ui/async/Background.h"
#include "workflow/Refusal.h"
#include "workspace/Roster.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace countersign {
class AuditStore;
}

namespace countersign::ui {

// Signing in proves identity (core/signoff/SignInProof): the dialog names the operator and
// their roster key id, asks for the key file and its passphrase, unlocks the key off the GUI
// thread, checks it is the roster's key and that a challenge signed with it verifies, and lets
// the key go. Every refusal is shown and recorded in the audit store (signin.refused); the
// operator may try again or cancel. Emits proved() once the operator is who they say.
//
// Tests answer without a modal: setNextAnswer(passphrase[, keyFile]) or setNextCancel(), then
// answerPrepared() proves at once (waiting for the proof) and returns true.
// Object names: signInDialog, signInOperatorLabel, keyFileEdit, passphraseEdit, signInButton,
// statusLabel.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    struct Services {
        const Roster* roster = nullptr;  // copied: the dialog keeps what it was opened with
        AuditStore* store = nullptr;     // not owned; null: refusals cannot be recorded
        QString operatorId;
        QString keyFile;  // the key file offered (SigningDialog::keyFileFor)
    };

    static void setNextAnswer(const QString& passphrase, const QString& keyFile = {});
    static void setNextCancel();
    static void clearNextAnswer();

    SignInDialog(const Services& services, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // With an answer prepared by a test: uses it (proving and waiting for the proof, or
    // rejecting) and returns true. Otherwise false: the caller shows the dialog (open()).
    bool answerPrepared();
    // The last refusal, if any.
    const std::optional<Refusal>& lastRefusal() const { return m_lastRefusal; }

signals:
    void proved(const QString& operatorId);
    void refusalRecorded();  // a signin.refused record was appended

private:
    void buildUi();
    void startProof();
    using ProofJob = Background<Result<SignInProof::Outcome>>;
    void proofDone(const Result<SignInProof::Outcome>& outcome);
    // Shows the refusal and records it (recorded: the same in the source language).
    void refuse(const Refusal& shown, const Refusal& recorded);

    Services m_services;
    std::optional<Roster> m_roster;
    std::optional<Refusal> m_lastRefusal;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_status = nullptr;
    QString m_provingWith;  // the key file of the proof running
    // The proof (unlocking the key: PBKDF2) on the pool; last, so it ends before the widgets go.
    ProofJob m_proof{this,
                     [this](const Result<SignInProof::Outcome>& outcome) { proofDone(outcome); }};
};

}  // namespace countersign::ui
