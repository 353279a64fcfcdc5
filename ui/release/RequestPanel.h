#pragma once

#include <QGroupBox>

#include "workflow/ApprovalPolicy.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"

class QLabel;
class QPushButton;

namespace countersign::ui {

class InfoTable;

// The selected change request: lane, state, change window, every sign-off (who, when, whether
// it counts), the dual approval's progress, what still blocks it, the last refused attempt,
// the release attestation and the webhook's outcome, and the Ops Lead's actions.
// Object names: requestTitle, requestWindow, requestSignOffs, dualApprovalProgress,
// requestBlockers, refusalReasons, attestationState, webhookState, and the buttons
// approveButton, rejectButton, hotfixButton, hotfixFromDriftButton, attestButton,
// deployedButton, rollbackButton, resendWebhookButton.
class RequestPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RequestPanel(QWidget* parent = nullptr);

    void showNone(const QString& message);
    void showRequest(const ChangeRequest& cr, const Refusals& blockers,
                     const ApprovalPolicy& policy, const QDateTime& now);
    // A refused attempt, every reason by name (cleared by clearRefusals or another request).
    void showRefusals(const QString& what, const Refusals& refusals);
    void showFailure(const QString& text);
    void clearRefusals();

    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* hotfixButton() const { return m_hotfix; }
    QPushButton* hotfixFromDriftButton() const { return m_hotfixDrift; }
    QPushButton* attestButton() const { return m_attest; }
    QPushButton* deployedButton() const { return m_deployed; }
    QPushButton* rollbackButton() const { return m_rollback; }
    QPushButton* resendWebhookButton() const { return m_resendWebhook; }

signals:
    void approveClicked();
    void rejectClicked();
    void hotfixClicked();
    void hotfixFromDriftClicked();
    void attestClicked();
    void deployedClicked();
    void rollbackClicked();
    void resendWebhookClicked();

private:
    QLabel* label(const QString& objectName);
    QPushButton* button(const QString& objectName, const QString& text);

    QString m_shownId;
    QLabel* m_title = nullptr;
    QLabel* m_window = nullptr;
    InfoTable* m_signOffs = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_blockers = nullptr;
    QLabel* m_refusals = nullptr;
    QLabel* m_attestation = nullptr;
    QLabel* m_webhook = nullptr;
    QWidget* m_buttons = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_hotfix = nullptr;
    QPushButton* m_hotfixDrift = nullptr;
    QPushButton* m_attest = nullptr;
    QPushButton* m_deployed = nullptr;
    QPushButton* m_rollback = nullptr;
    QPushButton* m_resendWebhook = nullptr;
};

}  // namespace countersign::ui
