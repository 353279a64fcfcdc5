#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "common/Result.h"
#include "ui/AppServices.h"
#include "ui/async/Background.h"
#include "ui/pane/PaneContext.h"
#include "ui/window/WorkflowHeader.h"

class QLabel;
class QSplitter;
class QTabWidget;

namespace countersign {
class AuditStore;
class Workspace;
}  // namespace countersign

namespace countersign::ui {

class AuditStoreWatcher;
class BundleHeader;
class MainActions;
class MainStatusBar;
class Navigator;
class OperatorSelector;
class Pane;
class Session;
class Settings;
class SignInDialog;
class SignOffActions;
template <typename T>
class StoreReadJob;

// The console's main window: the navigator on the left, the selected version's header and
// the role panes on the right, the workspace status below, the signed-in operator at the
// top right. It owns the open workspace and the Session every pane and action follows.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // settings: where preferences are kept (tests pass an INI file); null: the user's settings.
    explicit MainWindow(Settings* settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or reopens) a workspace folder; on failure tells the user and keeps the old one.
    bool openWorkspace(const QString& dir);
    const Workspace* workspace() const { return m_workspace.get(); }
    // Signs an operator in the way the Signed in control does, through the same proof
    // (SignInDialog answered with this passphrase, and key file when given; otherwise the one
    // SigningDialog::keyFileFor offers): true only when they proved who they are. A refusal
    // leaves nobody signed in, says why (DialogHooks::warning) and is recorded.
    bool signIn(const QString& operatorId, const QString& passphrase, const QString& keyFile = {});
    void signOut();
    QString signedInOperator() const { return m_operatorId; }

    Navigator* navigator() const { return m_navigator; }
    BundleHeader* header() const { return m_header; }
    QTabWidget* panes() const { return m_panes; }
    QList<Pane*> paneList() const { return m_paneList; }
    MainStatusBar* mainStatusBar() const { return m_status; }
    AppServices& services() { return m_services; }
    // Adds a pane as a tab with a View menu action (Ctrl+<n>).
    void addPane(Pane* pane, const QString& objectName);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createLayout();
    void connectActions();
    void restoreWindowState();
    void saveWindowState();
    void rebuildRecentMenu();
    void chooseWorkspace();
    void showAbout();
    void showShortcuts();
    void onEntrySelected(int entryIndex);
    // The user chose someone in the Signed in control: nobody is signed in until they prove it.
    void requestSignIn(const QString& id);
    // The operator proved who they are (or nobody, with an empty id).
    void setSignedIn(const QString& id);
    // Demands a consistency proof from the store for the signed-in operator's held checkpoint
    // (OperatorAnchor); advances it, or warns and blocks signing (AppServices::signingBlocked).
    void checkOperatorAnchor();
    void updateContext();
    void updateStoreState();
    // Opens the workspace's audit store. Looking never writes: a workspace without a store gets
    // none (auditError says so) until `create`, which the first sign-in asks for, since every
    // record follows one.
    void openAuditStore(bool create = false);
    void closeAuditStore();
    // The header's gate badges and state line from the workflow (after every record).
    void refreshWorkflowState();
    // Something was recorded (by a pane, or by another process: the store grew).
    void onRecorded();
    void selectBundle(const QString& bundleId);

    std::unique_ptr<Settings> m_ownSettings;
    Settings* m_settings = nullptr;
    AppServices m_services;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AuditStore> m_audit;
    int m_entryIndex = -1;
    QString m_operatorId;
    QString m_provenKeyId;                  // the roster key the signed-in operator proved to hold
    QPointer<SignInDialog> m_signInDialog;  // open while someone is proving who they are
    Session* m_session = nullptr;           // what every pane and action follows
    std::unique_ptr<StoreReadJob<WorkflowHeader::State>> m_headerJob;
    // SQLite's quick_check of the store file, on the pool after the store opened without it
    // (its first rows show at once; on 1M records the check takes a third of a second).
    std::unique_ptr<Background<Status>> m_fileCheck;
    void fileChecked(const Status& checked);
    // Refuses signing for `reason` and tells the operator what was found (`what`) and what to do.
    void blockSigning(const QString& title, const QString& what, const QString& reason);
    qint64 m_storeSize = -1;
    AuditStoreWatcher* m_storeWatcher = nullptr;

    MainActions* m_actions = nullptr;
    SignOffActions* m_signOffActions = nullptr;
    QSplitter* m_splitter = nullptr;
    Navigator* m_navigator = nullptr;
    BundleHeader* m_header = nullptr;
    QTabWidget* m_panes = nullptr;
    QList<Pane*> m_paneList;
    OperatorSelector* m_operatorSelector = nullptr;
    MainStatusBar* m_status = nullptr;
    QLabel* m_trainingBanner = nullptr;  // shown while a training workspace is open
};

}  // namespace countersign::ui
