#pragma once

#include <QWidget>

#include "gates/GateResult.h"
#include "gates/IntegrityCheck.h"
#include "gates/SecurityAssessment.h"
#include "ui/async/Background.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;
class QAction;

namespace countersign {
class AuditStore;
class Workspace;
struct Bundle;
}  // namespace countersign

namespace countersign::ui {

class FindingFilterModel;
class FindingModel;
class IntegrityJob;
class IntegrityTableModel;

// The Security Engineer's working view of one bundle: the integrity table (hashing on a
// pool thread with live progress, per-file verdicts, copyable digests) and the findings of
// every scanner report (sort, filter, group, counts), accepted findings apart. Results are
// delivered to this widget through watchers it owns, so a closed pane drops them.
class SecurityPaneView : public QWidget {
    Q_OBJECT
public:
    explicit SecurityPaneView(QWidget* parent = nullptr);
    ~SecurityPaneView() override;

    // Shows this bundle; starts the scan evaluation, and hashing when `verifyNow`.
    void setBundle(const Workspace* workspace, const Bundle* bundle, const Clock* clock,
                   bool verifyNow);
    void verifyIntegrity();
    void cancelIntegrity();
    // Where the risk acceptances are read from (read on this thread before each evaluation);
    // null: none applies.
    void setAuditStore(AuditStore* store) { m_store = store; }
    // Evaluates the scanner reports again (after an acceptance was recorded).
    void reevaluateScans() { evaluateScans(); }
    // The finding selected in the findings view; null when none (or a group row) is.
    const AssessedFinding* selectedFinding() const;
    QPushButton* acceptRiskButton() const { return m_acceptRisk; }
    QPushButton* revokeAcceptanceButton() const { return m_revokeAcceptance; }
    // The finding selected in the accepted findings view; null when none is.
    const AssessedFinding* selectedAcceptedFinding() const;
    QTreeView* acceptedView() const { return m_acceptedView; }
    FindingModel* acceptedModel() const { return m_accepted; }

    IntegrityJob* integrityJob() const { return m_job; }
    FindingModel* findingModel() const { return m_findings; }
    FindingFilterModel* findingFilter() const { return m_filter; }
    const GateResult& securityResult() const { return m_securityResult; }
    const GateResult& integrityResult() const { return m_integrityResult; }
    QTreeView* findingsView() const { return m_findingsView; }
    QLabel* findingCounts() const { return m_counts; }

signals:
    void integrityFinished(const GateResult& result);
    void securityEvaluated(const GateResult& result);
    void statusMessage(const QString& text);
    void findingSelectionChanged();
    void acceptRiskRequested();
    void revokeAcceptanceRequested();

private:
    QWidget* buildIntegrity();
    QWidget* buildFindings();
    QWidget* buildAccepted();
    void evaluateScans();
    void onPlanned(const QList<FileCheck>& files);
    void onFileChecked(int row, const FileCheck& file);
    void onProgress(qint64 done, qint64 total);
    void onIntegrityFinished(const IntegrityReport& report);
    using ScanOutcome = std::pair<GateResult, SecurityAssessment>;
    void onScansEvaluated(const ScanOutcome& outcome);
    void updateCounts();
    void updateSourceFilter();
    void copyDigest();

    const Workspace* m_workspace = nullptr;
    const Bundle* m_bundle = nullptr;
    const Clock* m_clock = nullptr;
    AuditStore* m_store = nullptr;
    QString m_bundleKey;  // dir + digest of what is shown
    QString m_manifestPath, m_manifestDigest, m_bundleDigest;

    IntegrityJob* m_job = nullptr;
    IntegrityTableModel* m_files = nullptr;
    FindingModel* m_findings = nullptr;
    FindingModel* m_accepted = nullptr;
    FindingFilterModel* m_filter = nullptr;
    GateResult m_securityResult, m_integrityResult;

    QLabel* m_integritySummary = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_cancel = nullptr;
    QTableView* m_integrityView = nullptr;
    QAction* m_copyDigest = nullptr;

    QLabel* m_securitySummary = nullptr;
    QLabel* m_scanErrors = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_groupBy = nullptr;
    QLineEdit* m_package = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_counts = nullptr;
    QTreeView* m_findingsView = nullptr;
    QTreeView* m_acceptedView = nullptr;
    QWidget* m_acceptedBox = nullptr;  // shown when a finding is accepted
    QPushButton* m_acceptRisk = nullptr;
    QPushButton* m_revokeAcceptance = nullptr;
    // Last: a scan still running (it has a connection to the audit store) ends before the
    // widgets above go.
    Background<ScanOutcome> m_scans;
};

}  // namespace countersign::ui
