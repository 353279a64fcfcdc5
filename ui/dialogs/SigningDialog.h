#pragma once

#include <QDialog>
#include <QList>
#include <optional>

#include "async/Background.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Dsse.h"
#include "gates/GateResult.h"
#include "scans/AcceptanceRevocations.h"
#include "scans/AcceptanceStore.h"
#include "signoff/SignOff.h"
#include "workflow/SignOffPreview.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

class QFormLayout;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QPushButton;

namespace countersign {
class AuditStore;
class Workspace;
}  // namespace countersign

namespace countersign::ui {

struct PaneContext;

// Shows exactly what is about to be signed (bundle, bundle.json digest, step, role,
// decision, justification, the gate results and their digests, change request, audit
// checkpoint), asks the passphrase, signs through core (unlocking off the GUI thread) and
// records; reports success or the precise failure. A sign-off's preview comes from
// SignOffFlow::prepare, through the one controller (signoff/SignOffController) every pane asks.
//
// A Security Engineer's risk acceptance and its revocation are signed the same way
// (acceptRisk(), revokeAcceptance()): the dialog shows the finding, versions, justification and
// expiry, and records it in the audit store.
//
// Tests answer without a modal: setNextAnswer(passphrase) or setNextCancel() before sign()
// or acceptRisk(). An operator who cancels gets an Error of kind Cancelled.
// Object names: signingSummary, gateResultsView, justificationView, keyFileEdit,
// passphraseEdit, signButton, statusLabel.
class SigningDialog : public QDialog {
    Q_OBJECT
public:
    struct Services {
        const Workspace* workspace = nullptr;  // the sign-off flow's (SignOffFlow)
        const Roster* roster = nullptr;
        AuditStore* store = nullptr;
        const Clock* clock = &SystemClock::instance();
        QString operatorId;  // the signed-in operator
        QString keyFile;     // empty: OperatorKey::defaultPath(operatorId)
        QString blocked;     // non-empty: signing is refused, and why (AppServices::signingBlocked)
    };
    // The services for the context's signed-in operator: the workspace's roster, the audit
    // store, the clock, the key file keyFileFor() offers, and why signing is refused (the
    // store failed its consistency check, or it is not open). Missing parts stay empty.
    static Services servicesFor(const PaneContext& context);

    // Signs and records what the preview says; a preview with refusals is not signed.
    static Result<SignOff> sign(QWidget* parent, const SignOffPreview& preview,
                                const Services& services);
    // Signs a risk acceptance with the operator's key and records it (AcceptanceStore).
    static Result<AcceptanceStore::Recorded> acceptRisk(QWidget* parent,
                                                        const RiskAcceptance& acceptance,
                                                        const Services& services);
    // Signs the revocation of a recorded acceptance and records it (AcceptanceRevocations).
    static Result<AcceptanceRevocations::Recorded> revokeAcceptance(
        QWidget* parent, const RiskRevocation& revocation, const Services& services);

    // Test hooks: the next sign() uses this passphrase (or cancels) without showing a modal.
    // A keyFile given here replaces the key file the caller chose.
    static void setNextAnswer(const QString& passphrase, const QString& keyFile = {});
    // The key file to offer an operator: their default key (OperatorKey::defaultPath) when it
    // exists, else <workspace>/keys/<operator>.key.pem when that exists (the demo workspace),
    // else the default path.
    static QString keyFileFor(const QString& workspaceRoot, const QString& operatorId);
    static void setNextCancel();
    static void clearNextAnswer();
    static bool hasNextAnswer();

    SigningDialog(const SignOffPreview& preview, const Services& services,
                  QWidget* parent = nullptr);
    SigningDialog(const RiskAcceptance& acceptance, const Services& services,
                  QWidget* parent = nullptr);
    SigningDialog(const RiskRevocation& revocation, const Services& services,
                  QWidget* parent = nullptr);
    ~SigningDialog() override;

    // The outcome after the dialog closed (or after signWith()).
    const std::optional<Result<SignOff>>& outcome() const { return m_outcome; }
    const std::optional<Result<AcceptanceStore::Recorded>>& acceptanceOutcome() const {
        return m_acceptanceOutcome;
    }
    const std::optional<Result<AcceptanceRevocations::Recorded>>& revocationOutcome() const {
        return m_revocationOutcome;
    }
    // Signs with this passphrase synchronously (the test hook path).
    void signWith(const QString& passphrase, bool wait);

signals:
    void finishedSigning();

private:
    template <typename T>
    static Result<T> run(SigningDialog& dialog,
                         const std::optional<Result<T>>& (SigningDialog::*outcome)() const);
    void buildUi();
    void buildSignOffSummary(QVBoxLayout* layout);
    void buildAcceptanceSummary(QVBoxLayout* layout);
    void buildRevocationSummary(QVBoxLayout* layout);
    void finishRevocation(const Result<DsseEnvelope>& envelope);
    void addAuditRow(QFormLayout* form, QWidget* parent);
    void addSignerRows(QFormLayout* form, QWidget* summary, const QString& role);
    void addJustificationView(QVBoxLayout* layout, const QString& label, const QString& text);
    void finishAcceptance(const Result<DsseEnvelope>& envelope);
    void startSigning();
    using SigningJob = Background<Result<DsseEnvelope>>;
    void signingDone(const Result<DsseEnvelope>& env);
    void showError(const Error& error);
    // An acceptance or revocation refused: recorded (acceptance.refused) with `code`, and
    // `refusal` says whether it was.
    void recordRefusal(const QString& code, Error& refusal);

    std::optional<SignOffPreview> m_preview;     // set: the dialog signs this sign-off
    std::optional<RiskAcceptance> m_acceptance;  // set: the dialog signs this acceptance
    std::optional<Result<AcceptanceStore::Recorded>> m_acceptanceOutcome;
    std::optional<RiskRevocation> m_revocation;  // set: the dialog signs this revocation
    std::optional<Result<AcceptanceRevocations::Recorded>> m_revocationOutcome;
    bool m_busy = false;
    Services m_services;
    std::optional<Error> m_refusal;  // the rules refuse before any passphrase
    std::optional<Result<SignOff>> m_outcome;
    std::optional<SignOffStatement> m_pending;
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
