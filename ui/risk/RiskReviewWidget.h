#pragma once

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "common/Clock.h"
#include "gates/RiskGates.h"
#include "ui/async/Background.h"
#include "ui/signoff/SignOffController.h"
#include "ui/signoff/SigningDialog.h"
#include "workspace/Bundle.h"
#include "workspace/Controls.h"
#include "workspace/Roster.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace countersign {
class AuditStore;
}

namespace countersign::ui {

// The Risk Officer's review of a bundle: the bias gate (per protected attribute a TPR chart
// with gap, bound and interval, and the confusion counts) and the drift gate (PSI per feature
// with the 0.1 / 0.2 lines, and the selected feature's baseline and current distributions).
// Gates run off the GUI thread; a newer bundle drops an older run's result. Actions: sign-off,
// signed override of a failed bias gate (justification required), hotfix request on a drift
// breach. Object names: riskStatus, riskProgress, biasTabs, biasChart_<attr>,
// confusionTable_<attr>, psiChart, featureList, distributionChart, justificationEdit,
// signOffButton, overrideButton, hotfixButton, riskMessage.
class RiskReviewWidget : public QWidget {
    Q_OBJECT
public:
    struct Services {
        // Who would sign, and whether they can: roster, store, clock, operator, blocked.
        SigningDialog::Services signing;
        // Signs through the one sign-off controller in the pane's context (the rules check the
        // request first and name the reason of a refusal in the outcome). When set, the sign-off
        // and override buttons are enabled for any signed-in operator and the rules, not the
        // buttons, refuse.
        std::function<void(const SignOffRequest& request, const QList<GateResult>& shown,
                           SignOffController::Done done)>
            sign;
    };

    explicit RiskReviewWidget(QWidget* parent = nullptr);
    ~RiskReviewWidget() override;

    void setServices(const Services& services);
    // Starts both gates on the bundle (off the GUI thread).
    void setBundle(const Bundle& bundle, const Controls& controls);
    bool isRunning() const;

    const std::optional<BiasGateRun>& biasRun() const { return m_bias; }
    const std::optional<DriftGateRun>& driftRun() const { return m_drift; }
    void selectFeature(const QString& name);
    // The bias and drift results of the finished run (empty while running).
    QList<GateResult> gateResults() const;
    // The last message shown under the actions (a refusal, a success, an error).
    QString lastMessage() const;

signals:
    void gatesFinished();
    void signedOff(const QString& decision, qint64 auditSeq);
    void refusedSigning(const QString& reasons);
    void hotfixRequested(qint64 auditSeq);

private:
    QString hotfixRoleOfOperator() const;
    struct Runs {
        BiasGateRun bias;
        DriftGateRun drift;
    };
    void buildUi();
    void gatesDone();
    void showBias();
    void showDrift();
    void updateActions();
    void sign(const QString& decision);
    void requestHotfix();
    // Shows a refusal or a failure (a cancel shows nothing); true when it was signed.
    bool showUnsigned(const SignOffOutcome& outcome);
    void message(const QString& text, Verdict tone);

    Services m_services;
    std::optional<Bundle> m_bundle;
    Controls m_controls;
    std::optional<BiasGateRun> m_bias;
    std::optional<DriftGateRun> m_drift;
    QString m_shownBundle;  // the folder of the bundle shown last

    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QTabWidget* m_biasTabs = nullptr;
    QChartView* m_psiView = nullptr;
    QListWidget* m_features = nullptr;
    QChartView* m_distributionView = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QPushButton* m_signOff = nullptr;
    QPushButton* m_override = nullptr;
    QPushButton* m_hotfix = nullptr;
    QLabel* m_message = nullptr;
    // Last: it waits for a running computation before the widgets above go.
    Background<Runs> m_runs;
};

}  // namespace countersign::ui
