#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

#include "audit/AuditVerification.h"
#include "common/Error.h"
#include "ui/async/Background.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace countersign {
class AuditStore;
class Workspace;
}  // namespace countersign

namespace countersign::ui {

class AuditConsistencyView;
class AuditStoreWatcher;
class AuditRecordDetail;
class AuditRecordModel;
template <typename T>
class StoreReadJob;

// Browses and verifies the audit store: a lazily fetched table with filters (actor, role,
// action prefix, subject, time range) and payload search, the selected record's detail and
// inclusion proof, consistency proofs between two tree sizes, full verification on a worker
// thread with progress and cancel, export of the selection, export of a freshly signed
// checkpoint for an auditor, and live refresh when another process appends.
class AuditBrowser : public QWidget {
    Q_OBJECT
public:
    explicit AuditBrowser(QWidget* parent = nullptr);
    ~AuditBrowser() override;

    // Not owned; must outlive the browser or be replaced first (null clears). Not const: the
    // checkpoint export signs a fresh checkpoint.
    void setStore(AuditStore* store);
    AuditStore* store() const { return m_store; }
    // The workspace whose files are the store's witnesses (sign-offs, operator anchors):
    // Verify checks the store against every one of them.
    void setWorkspaceRoot(const QString& root) { m_workspaceRoot = root; }
    // The workspace whose bundles and roster judge which records are not evidence (core
    // NotEvidence, on the pool); not owned, valid until replaced; null: no judgement.
    void setWorkspace(const Workspace* workspace);
    // True while the not-evidence judgement of the latest change is on its way.
    bool isJudgingEvidence() const;
    AuditRecordModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    void startVerification();
    void cancelVerification();
    bool isVerifying() const { return m_verification.isBusy(); }
    const AuditVerification& lastVerification() const { return m_last; }
    QString verdictText() const;

    // Writes the selected records (or, with none selected, all matching the filters) as JSON
    // lines of their exact bytes. Returns the number written, or -1 and says why.
    qint64 exportTo(const QString& path);
    // Signs a checkpoint of the current tree and saves its signed note (what `audit verify
    // --checkpoint FILE` takes). Returns the checkpoint's size, or -1 and says why.
    qint64 exportCheckpointTo(const QString& path);
    AuditConsistencyView* consistencyView() const { return m_consistency; }
    // Looks for records appended by another process or another view, and refreshes the
    // checkpoint line. Done whenever the watcher (setWatcher) reports a change.
    void poll();
    // The store's change notifier (AppServices::auditWatcher); not owned, null for none.
    void setWatcher(AuditStoreWatcher* watcher);

signals:
    void verificationFinished(bool ok);
    void statusMessage(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Side by side when the table's columns and the detail both fit, the detail below the
    // table otherwise (a small window): the table never needs a horizontal scroll bar for
    // its short columns.
    void updateOrientation();
    void widenShortColumns();
    void applyFilters();
    void selectionChanged();
    void showVerification(const AuditVerification& v);
    void judgeEvidence();
    void refreshCheckpointLabel();
    void chooseExportFile();
    void chooseCheckpointFile();

    AuditStore* m_store = nullptr;
    QString m_workspaceRoot;
    const Workspace* m_workspace = nullptr;
    std::unique_ptr<StoreReadJob<QHash<qint64, QString>>> m_evidenceJob;
    AuditRecordModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_split = nullptr;
    bool m_splitSized = false;
    AuditRecordDetail* m_detail = nullptr;
    AuditConsistencyView* m_consistency = nullptr;
    QLineEdit* m_actor = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_action = nullptr;
    QLineEdit* m_subject = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_exportCheckpoint = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_checkpoint = nullptr;
    QTimer* m_filterDelay = nullptr;
    QPointer<AuditStoreWatcher> m_storeWatcher;
    QMetaObject::Connection m_watchConnection;
    AuditVerification m_last;
    // A verification on the pool: the witnesses gathered (every sign-off's signature checked)
    // and the store verified against them; or why it could not start.
    struct VerifyRun {
        std::optional<Error> cannotVerify;
        AuditVerification verification;
    };
    void verificationDone(const VerifyRun& run);
    void endVerification();  // the buttons and the bar back as when idle
    // Last: a verification still running ends before the widgets above go.
    Background<VerifyRun> m_verification;
};

}  // namespace countersign::ui
