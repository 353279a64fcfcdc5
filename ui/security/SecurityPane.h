#pragma once

#include <QList>
#include <QPointer>
#include <optional>

#include "gates/GateResult.h"
#include "scans/AcceptanceStore.h"
#include "scans/RiskRevocation.h"
#include "ui/async/StoreReadJob.h"
#include "ui/pane/Pane.h"
#include "workflow/Refusal.h"

class QPushButton;
class QLabel;
class QPlainTextEdit;

namespace countersign::ui {

class SecurityPaneView;
class SigningDialog;

// The Security Engineer's pane (runbook step 3): the integrity table with live progress and
// copyable digests, the findings of every scanner report with sort, filter, grouping and
// counts, the accepted findings with "Accept risk…" and "Revoke acceptance…" (signed,
// recorded in the audit store),
// and the signed sign-off of the security step, checked by the release desk first (gate
// preconditions, separation of duties) so a refused attempt names its reason. The view (and
// the hashing it runs) survives context changes; only a different bundle restarts it.
class SecurityPane : public Pane {
    Q_OBJECT
public:
    explicit SecurityPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Security"); }
    QStringList primaryRoles() const override;

    SecurityPaneView* view() const { return m_view; }
    // Why the last sign-off attempt was refused (empty when it was not).
    const Refusals& lastRefusals() const { return m_refusals; }

protected:
    void refresh() override;
    void showEvent(QShowEvent* event) override;

private:
    void signOff(const QString& decision);
    void updateSignOff();
    void forgetOutcome();  // the last sign-off's refusals and note
    void acceptRisk();
    void updateAcceptRisk();
    void revokeAcceptance();
    // What the pool read for a revocation: every acceptance recorded, or that it could not read.
    struct LoadedAcceptances {
        AcceptanceStore::Loaded loaded;
        bool unreadable = false;
    };
    void signRevocation(const LoadedAcceptances& acceptances);
    void updateRevokeAcceptance();
    // Signing dialogs hold the audit store: they close when it goes (refresh()).
    void track(SigningDialog* dialog);
    void closeSigningDialogs();
    // Every gate run is an audit record (DESIGN.md): the bundle header shows it from there.

    SecurityPaneView* m_view = nullptr;
    QPushButton* m_signOff = nullptr;
    QPushButton* m_reject = nullptr;
    QPlainTextEdit* m_signOffNote = nullptr;
    QWidget* m_signOffRow = nullptr;
    QWidget* m_body = nullptr;         // the view and the sign-off row, when a bundle is shown
    QWidget* m_errorHolder = nullptr;  // the selected version's error, if any
    QString m_verifiedKey;             // the bundle hashing was started for
    Refusals m_refusals;
    QString m_outcomeNote;  // what the last sign-off came to, kept in view (refusalsFor)
    QString m_refusalsFor;  // bundle and operator the outcome is about
    QList<QPointer<SigningDialog>> m_signingDialogs;
    // The store the open dialogs and a revocation waiting for its acceptances hold.
    const AuditStore* m_signingStore = nullptr;
    std::optional<RiskRevocation> m_pendingRevocation;  // waiting for the acceptances
    StoreReadJob<LoadedAcceptances> m_acceptancesJob{
        this, [this](const LoadedAcceptances& loaded) { signRevocation(loaded); }};
};

}  // namespace countersign::ui
