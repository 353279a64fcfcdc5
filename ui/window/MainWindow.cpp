#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include "audit/AuditStore.h"
#include "audit/OperatorAnchor.h"
#include "signoff/StoreKeyPin.h"
#include "ui/Session.h"
#include "ui/Settings.h"
#include "ui/async/StoreReadJob.h"
#include "ui/audit/AuditPane.h"
#include "ui/audit/AuditStoreWatcher.h"
#include "ui/navigator/BundleTreeModel.h"
#include "ui/navigator/Navigator.h"
#include "ui/operator/OperatorSelector.h"
#include "ui/operator/SignInDialog.h"
#include "ui/overview/OverviewPane.h"
#include "ui/pane/PaneContext.h"
#include "ui/release/ReleasePane.h"
#include "ui/risk/RiskPane.h"
#include "ui/security/SecurityPane.h"
#include "ui/signoff/SignOffActions.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/BundleHeader.h"
#include "ui/window/MainActions.h"
#include "ui/window/MainStatusBar.h"
#include "ui/window/ShortcutsDialog.h"
#include "ui/window/WorkflowHeader.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

MainWindow::MainWindow(Settings* settings, QWidget* parent) : QMainWindow(parent) {
    if (!settings) {
        m_ownSettings = std::make_unique<Settings>();
        settings = m_ownSettings.get();
    }
    m_settings = settings;
    m_services.settings = settings;
    m_session = new Session(&m_services, this);
    m_fileCheck = std::make_unique<Background<Status>>(
        this, [this](const Status& checked) { fileChecked(checked); });
    m_headerJob = std::make_unique<StoreReadJob<WorkflowHeader::State>>(
        this,
        [this](const WorkflowHeader::State& state) { WorkflowHeader::apply(m_header, state); });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Countersign"));
    m_actions = new MainActions(this);
    m_actions->populate(menuBar());
    createLayout();
    addPane(new OverviewPane, QStringLiteral("Overview"));
    addPane(new RiskPane, QStringLiteral("Risk"));
    addPane(new SecurityPane, QStringLiteral("Security"));
    addPane(new ReleasePane, QStringLiteral("Release"));
    addPane(new AuditPane, QStringLiteral("Audit"));
    connectActions();
    // Records made elsewhere (the CLI, another console) show up within seconds.
    m_storeWatcher = new AuditStoreWatcher(this);
    m_services.auditWatcher = m_storeWatcher;
    connect(m_storeWatcher, &AuditStoreWatcher::changed, this, [this] {
        if (m_audit && m_audit->size() != m_storeSize)
            onRecorded();
    });
    restoreWindowState();
    rebuildRecentMenu();
    updateContext();
}

MainWindow::~MainWindow() {
    // The views and panes point into the workspace: detach them before it goes.
    delete m_signInDialog.data();
    m_entryIndex = -1;
    m_operatorId.clear();
    m_navigator->setWorkspace(nullptr);
    m_operatorSelector->setWorkspace(nullptr);
    m_session->update(nullptr, nullptr, nullptr);
    closeAuditStore();
}

void MainWindow::createLayout() {
    m_navigator = new Navigator;
    m_header = new BundleHeader;
    m_panes = new QTabWidget;
    m_panes->setObjectName(QStringLiteral("panes"));
    m_panes->setDocumentMode(true);

    auto* right = new QWidget;
    right->setObjectName(QStringLiteral("contentPanel"));
    auto* column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_trainingBanner =
        new QLabel(tr("Training workspace — records do not count for production"), right);
    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainingBanner->setAlignment(Qt::AlignCenter);
    m_trainingBanner->setStyleSheet(QStringLiteral(
        "QLabel#trainingBanner { background: #b45309; color: white; font-weight: bold; "
        "padding: 4px; }"));
    m_trainingBanner->setVisible(false);
    column->addWidget(m_trainingBanner);
    column->addWidget(m_header);
    column->addWidget(m_panes, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    auto* corner = new QWidget(menuBar());
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(4, 1, 6, 1);
    m_operatorSelector = new OperatorSelector(corner);
    auto* label = new QLabel(tr("Signed in:"), corner);
    label->setBuddy(m_operatorSelector);
    cornerLayout->addWidget(label);
    cornerLayout->addWidget(m_operatorSelector);
    menuBar()->setCornerWidget(corner, Qt::TopRightCorner);

    m_status = new MainStatusBar(this);
    setStatusBar(m_status);

    connect(m_navigator, &Navigator::entrySelected, this, &MainWindow::onEntrySelected);
    connect(m_operatorSelector, &OperatorSelector::operatorRequested, this,
            &MainWindow::requestSignIn);
}

void MainWindow::addPane(Pane* pane, const QString& objectName) {
    pane->setObjectName(objectName.at(0).toLower() + objectName.mid(1) + QStringLiteral("Pane"));
    m_paneList << pane;
    pane->setSession(m_session);
    m_panes->addTab(pane, pane->title());
    QAction* show =
        m_actions->addPaneAction(objectName, pane->title(), static_cast<int>(m_paneList.size()));
    addAction(show);
    connect(show, &QAction::triggered, this, [this, pane] { m_panes->setCurrentWidget(pane); });
    connect(pane, &Pane::statusMessage, this,
            [this](const QString& text) { m_status->showMessage(text, 8000); });
    // Queued: the pane that recorded is still inside its own handler.
    connect(pane, &Pane::recorded, this, &MainWindow::onRecorded, Qt::QueuedConnection);
    connect(pane, &Pane::bundleRequested, this, &MainWindow::selectBundle, Qt::QueuedConnection);
}

void MainWindow::connectActions() {
    MainActions* a = m_actions;
    for (QAction* action : a->all()) addAction(action);  // shortcuts work with the menu bar hidden
    m_signOffActions =
        new SignOffActions(this, m_session, a->keySetup, a->signOff, a->verifySignOffs);
    connect(m_signOffActions, &SignOffActions::recorded, this, &MainWindow::onRecorded);
    connect(m_signOffActions, &SignOffActions::statusMessage, this,
            [this](const QString& text) { m_status->showMessage(text, 8000); });
    connect(a->openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(a->reloadWorkspace, &QAction::triggered, this, [this] {
        if (m_workspace)
            openWorkspace(m_workspace->root());
    });
    connect(a->signIn, &QAction::triggered, this, [this] {
        m_operatorSelector->setFocus(Qt::ShortcutFocusReason);
        m_operatorSelector->showPopup();
    });
    connect(a->signOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->toggleNavigator, &QAction::toggled, m_navigator, &QWidget::setVisible);
    connect(a->focusNavigator, &QAction::triggered, this, [this] {
        m_actions->toggleNavigator->setChecked(true);
        m_navigator->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(a->nextBundle, &QAction::triggered, this, [this] { m_navigator->step(+1); });
    connect(a->previousBundle, &QAction::triggered, this, [this] { m_navigator->step(-1); });
    connect(a->openBundleFolder, &QAction::triggered, this, [this] {
        if (const BundleEntry* e = m_navigator->model()->entry(m_navigator->view()->currentIndex()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(e->dir));
    });
    connect(a->copyDigest, &QAction::triggered, this, [this] {
        const BundleEntry* e = m_navigator->model()->entry(m_navigator->view()->currentIndex());
        if (e && e->bundle) {
            QApplication::clipboard()->setText(e->bundle->digest);
            m_status->showMessage(tr("Copied the digest of %1").arg(e->id()), 5000);
        }
    });
    connect(a->showAudit, &QAction::triggered, this, [this] {
        for (Pane* p : std::as_const(m_paneList))
            if (p->objectName() == QLatin1String("auditPane"))
                m_panes->setCurrentWidget(p);
    });
    connect(a->copyStorePath, &QAction::triggered, this, [this] {
        if (!m_workspace)
            return;
        QApplication::clipboard()->setText(QDir::toNativeSeparators(m_workspace->auditStorePath()));
        m_status->showMessage(tr("Copied the audit store path"), 5000);
    });
    connect(a->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(a->recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
}

void MainWindow::restoreWindowState() {
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // 1280x800 where the screen allows, otherwise what the screen offers.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1280, 800).boundedTo(avail.size()));
    }
    restoreState(m_settings->windowState());
    const QByteArray splitter = m_settings->splitterState();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter)) {
        const int navigator = std::min(330, width() * 3 / 10);  // narrower on small screens
        m_splitter->setSizes({navigator, width() - navigator});
    }
    m_actions->toggleNavigator->setChecked(m_settings->navigatorVisible());
    m_navigator->setVisible(m_settings->navigatorVisible());
}

void MainWindow::saveWindowState() {
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setNavigatorVisible(m_actions->toggleNavigator->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    event->accept();
}

void MainWindow::rebuildRecentMenu() {
    QMenu* menu = m_actions->recentMenu;
    menu->clear();
    const QStringList recent = m_settings->recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString dir = recent.at(i);
        const QString text = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(dir))
                                   : QDir::toNativeSeparators(dir);
        QAction* act = menu->addAction(text, this, [this, dir] { openWorkspace(dir); });
        act->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
    }
    if (!recent.isEmpty())
        menu->addSeparator();
    QAction* clear = menu->addAction(tr("&Clear Recent Workspaces"), this, [this] {
        m_settings->clearRecentWorkspaces();
        rebuildRecentMenu();
    });
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseWorkspace() {
    const QString start = m_workspace ? m_workspace->root() : m_settings->lastWorkspace();
    const QString dir = DialogHooks::existingDirectory(this, tr("Open Workspace"), start);
    if (!dir.isEmpty())
        openWorkspace(dir);
}

bool MainWindow::openWorkspace(const QString& dir) {
    Result<Workspace> opened = Workspace::open(dir);
    if (!opened) {
        DialogHooks::warning(this, tr("Cannot open workspace"),
                             tr("%1 cannot be opened as a workspace.\n\n%2")
                                 .arg(QDir::toNativeSeparators(dir), opened.error().toString()));
        return false;
    }
    // No signer chooses the time: a clock set with --clock runs only a training workspace.
    if (m_services.clockSetByOption && !opened->controls().training) {
        DialogHooks::warning(
            this, tr("Cannot open workspace"),
            tr("%1 is not a training workspace: the console was started with --clock, which is "
               "accepted only in a workspace whose controls.json says \"training\": true.")
                .arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    const BundleEntry* previous = m_navigator->model()->entry(m_navigator->view()->currentIndex());
    const QString keepModel = previous ? previous->model : QString();
    const QString keepVersion = previous ? previous->version : QString();
    const QString keepOperator = m_operatorId;
    const QString keepKeyId = m_provenKeyId;

    // Drop every pointer into the old workspace before replacing it.
    m_entryIndex = -1;
    if (m_signInDialog)
        m_signInDialog->close();  // it holds the old store
    m_operatorId.clear();
    m_provenKeyId.clear();
    m_navigator->setWorkspace(nullptr);
    m_operatorSelector->setWorkspace(nullptr);
    updateContext();
    m_session->update(nullptr, nullptr, nullptr);  // every view lets go of the old workspace
    closeAuditStore();

    m_workspace = std::make_unique<Workspace>(std::move(opened).value());
    openAuditStore();
    m_navigator->setWorkspace(m_workspace.get());
    m_operatorSelector->setWorkspace(m_workspace.get());
    m_settings->addRecentWorkspace(m_workspace->root());
    m_settings->setLastWorkspace(m_workspace->root());
    rebuildRecentMenu();
    m_status->setWorkspace(m_workspace->root());
    m_trainingBanner->setVisible(m_workspace->controls().training);
    m_status->setBundleCounts(m_navigator->model()->versionCount(),
                              m_navigator->model()->invalidCount());
    // The operator stays signed in only while the roster still holds the key they proved.
    if (const Operator* op =
            keepOperator.isEmpty() ? nullptr : m_workspace->roster().find(keepOperator);
        op && op->keyId == keepKeyId)
        setSignedIn(keepOperator);
    else if (!keepOperator.isEmpty())
        m_status->showMessage(tr("%1 is signed out: the roster no longer holds the key they "
                                 "signed in with")
                                  .arg(keepOperator),
                              8000);
    if (keepModel.isEmpty() || !m_navigator->select(keepModel, keepVersion))
        m_navigator->step(+1);
    updateContext();
    return true;
}

bool MainWindow::signIn(const QString& operatorId, const QString& passphrase,
                        const QString& keyFile) {
    SignInDialog::setNextAnswer(passphrase, keyFile);
    requestSignIn(operatorId);
    SignInDialog::clearNextAnswer();
    return !operatorId.isEmpty() && m_operatorId == operatorId;
}

void MainWindow::signOut() {
    setSignedIn(QString());
}

void MainWindow::requestSignIn(const QString& id) {
    setSignedIn(QString());  // nobody is signed in until the chosen operator proves it
    if (id.isEmpty() || !m_workspace)
        return;
    if (m_services.auditNotMadeYet) {
        openAuditStore(true);              // a workspace's first record follows its first sign-in
        m_session->notifyStoreReplaced();  // (opening a workspace: its workspaceChanged does)
        updateContext();
    }
    SignInDialog::Services services;
    services.roster = &m_workspace->roster();
    services.store = m_audit.get();
    services.operatorId = id;
    services.keyFile = SigningDialog::keyFileFor(m_workspace->root(), id);
    if (m_signInDialog)
        m_signInDialog->close();
    auto* dialog = new SignInDialog(services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog = dialog;
    connect(dialog, &SignInDialog::refusalRecorded, this, &MainWindow::onRecorded);
    connect(dialog, &SignInDialog::proved, this, &MainWindow::setSignedIn);
    if (!dialog->answerPrepared()) {
        dialog->open();
        return;
    }
    if (m_operatorId != id && dialog->lastRefusal()) {
        const Refusal& why = *dialog->lastRefusal();
        m_status->showMessage(tr("Not signed in: %1").arg(why.message), 8000);
        DialogHooks::warning(this, tr("Not signed in"),
                             tr("%1 is not signed in [%2]: %3").arg(id, why.code, why.message));
    }
    dialog->close();
}

void MainWindow::setSignedIn(const QString& id) {
    const Operator* op = m_workspace && !id.isEmpty() ? m_workspace->roster().find(id) : nullptr;
    m_operatorId = op ? id : QString();
    m_provenKeyId = op ? op->keyId : QString();
    m_operatorSelector->setOperatorId(m_operatorId);
    if (!op) {
        updateContext();
        return;
    }
    checkOperatorAnchor();
    updateContext();
    if (op->roles.isEmpty())
        return;
    const QString primary = op->roles.first();
    for (Pane* pane : std::as_const(m_paneList))
        if (pane->primaryRoles().contains(primary)) {
            m_panes->setCurrentWidget(pane);
            return;
        }
    m_panes->setCurrentIndex(0);
}

void MainWindow::onEntrySelected(int entryIndex) {
    m_entryIndex = entryIndex;
    updateContext();
}

void MainWindow::checkOperatorAnchor() {
    if (!m_workspace || !m_audit || m_operatorId.isEmpty() ||
        !m_workspace->roster().find(m_operatorId))
        return;
    auto checked = OperatorAnchor::checkAndAdvance(*m_audit, m_workspace->root(), m_operatorId);
    if (checked) {
        if (checked->hadAnchor)
            m_status->showMessage(tr("The audit store extends the checkpoint of %n record(s) you "
                                     "last saw.",
                                     nullptr, static_cast<int>(checked->anchoredSize)),
                                  8000);
        return;
    }
    m_status->showMessage(tr("Audit store inconsistent: signing is refused"));
    blockSigning(tr("Audit store inconsistent"),
                 tr("The audit store cannot prove that it extends the last checkpoint you saw: "
                    "records may have been changed, removed or truncated, or this is another copy "
                    "of the log.\n\n%1")
                     .arg(checked.error().message),
                 checked.error().message);
    m_session->notifyStoreReplaced();
}

void MainWindow::blockSigning(const QString& title, const QString& what, const QString& reason) {
    m_services.signingBlocked = reason;
    DialogHooks::warning(this, title,
                         tr("%1\n\nSigning is refused until this is resolved. Keep the file as it "
                            "is and tell your security team.")
                             .arg(what));
}

void MainWindow::updateContext() {
    const BundleEntry* entry =
        m_workspace && m_entryIndex >= 0 && m_entryIndex < m_workspace->bundles().size()
            ? &m_workspace->bundles().at(m_entryIndex)
            : nullptr;
    const Operator* op =
        m_workspace && !m_operatorId.isEmpty() ? m_workspace->roster().find(m_operatorId) : nullptr;
    m_header->setEntry(m_workspace.get(), entry,
                       entry ? m_navigator->model()->stateText(m_entryIndex) : QString());
    m_session->update(m_workspace.get(), entry, op);
    const PaneContext& context = m_session->context();
    refreshWorkflowState();

    m_actions->reloadWorkspace->setEnabled(m_workspace != nullptr);
    m_actions->signIn->setEnabled(m_workspace != nullptr &&
                                  !m_workspace->roster().operators.isEmpty());
    m_actions->signOut->setEnabled(context.op != nullptr);
    m_actions->openBundleFolder->setEnabled(context.entry != nullptr);
    m_actions->copyDigest->setEnabled(context.bundle != nullptr);
    m_actions->copyStorePath->setEnabled(m_workspace != nullptr);
    m_actions->nextBundle->setEnabled(m_workspace && !m_workspace->bundles().isEmpty());
    m_actions->previousBundle->setEnabled(m_workspace && !m_workspace->bundles().isEmpty());
    updateStoreState();

    QStringList title;
    if (context.entry)
        title << tr("%1 %2").arg(context.entry->model, context.entry->version);
    if (m_workspace)
        title << QDir::toNativeSeparators(m_workspace->root());
    title << tr("Countersign");
    setWindowTitle(title.join(QStringLiteral(" — ")));
}

void MainWindow::refreshWorkflowState() {
    m_storeSize = m_audit ? m_audit->size() : -1;
    const PaneContext& c = m_session->context();
    if (!c.workspace || !c.bundle || !c.entry || c.entry->error) {
        m_headerJob->discard();  // a result on its way belongs to the previous selection
        return;
    }
    // The change request is rebuilt from the store on the pool; the header shows it when done.
    const Bundle bundle = *c.bundle;
    const bool storeNotMadeYet = m_services.auditNotMadeYet;
    m_headerJob->start(*c.workspace, m_audit.get(), m_services.clock->now(),
                       [bundle, storeNotMadeYet](const Workspace& workspace, AuditStore* store,
                                                 const Clock& clock) {
                           return WorkflowHeader::compute(workspace, bundle, store, clock,
                                                          storeNotMadeYet);
                       });
}

void MainWindow::onRecorded() {
    refreshWorkflowState();
    m_session->notifyRecorded();
    updateStoreState();
}

void MainWindow::selectBundle(const QString& bundleId) {
    const qsizetype at = bundleId.indexOf(QLatin1Char('@'));
    if (at > 0)
        m_navigator->select(bundleId.left(at), bundleId.mid(at + 1));
}

void MainWindow::openAuditStore(bool create) {
    const QString path = m_workspace->auditStorePath();
    m_services.auditNotMadeYet = !create && !QFileInfo::exists(path);
    if (m_services.auditNotMadeYet) {
        m_services.auditError =
            tr("there is no audit store yet: it is made with the first record, when an operator "
               "signs in");
        return;
    }
    // Opened without SQLite's quick_check, which runs on the pool (fileChecked): the records
    // show at once; damage found then blocks signing.
    Result<std::unique_ptr<AuditStore>> opened = AuditStore::open(
        path, AuditStore::defaultKeyPath(path), *m_services.clock, /*quickCheck=*/false);
    if (!opened) {
        m_services.auditError = opened.error().toString();
        DialogHooks::warning(this, tr("Audit store unavailable"),
                             tr("The audit store %1 cannot be opened; nothing can be signed or "
                                "recorded until this is fixed.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), m_services.auditError));
        return;
    }
    m_audit = std::move(opened).value();
    m_audit->markTraining(m_workspace->controls().training);  // its records say so
    m_services.audit = m_audit.get();
    m_services.auditError.clear();
    m_storeWatcher->setStore(m_audit.get());
    m_fileCheck->start(
        [path](const Background<Status>::Token&) { return AuditStore::checkFile(path); });
    if (const Status pinned = StoreKeyPin::check(*m_audit, m_workspace->controls().auditStoreVkey);
        !pinned)
        blockSigning(tr("Not the workspace's audit store"), pinned.error().toString(),
                     pinned.error().message);
}

void MainWindow::fileChecked(const Status& checked) {
    if (!m_audit || checked)
        return;
    blockSigning(tr("Audit store damaged"), checked.error().toString(), checked.error().message);
    updateStoreState();
    m_session->notifyStoreReplaced();
}

void MainWindow::closeAuditStore() {
    m_fileCheck->cancel();
    m_storeWatcher->setStore(nullptr);
    m_services.audit = nullptr;
    m_services.auditError.clear();
    m_services.auditNotMadeYet = false;
    m_services.signingBlocked.clear();
    // Views holding the store (the Audit pane's browser, a verification in progress) let go of
    // it before it is closed.
    if (m_audit)
        m_session->notifyStoreReplaced();
    m_audit.reset();  // signs a closing checkpoint when records were added
}

void MainWindow::updateStoreState() {
    if (!m_workspace)
        return;
    if (!m_audit) {
        m_status->setStoreState(m_services.auditNotMadeYet ? tr("No audit store yet")
                                                           : tr("Audit store unavailable"));
        return;
    }
    if (!m_services.signingBlocked.isEmpty()) {
        m_status->setStoreState(tr("Audit store INCONSISTENT: signing refused"));
        return;
    }
    const qint64 records = m_audit->size();
    m_status->setStoreState(records < 0 ? tr("Audit store unreadable")
                                        : tr("Audit store: %n record(s)", nullptr, int(records)));
}

void MainWindow::showAbout() {
    DialogHooks::about(
        this, tr("About Countersign"),
        tr("<h3>Countersign %1</h3>"
           "<p>Release console for production ML models: review a retraining bundle "
           "through its guardrails, sign off with your own key, approve deployment "
           "with a dual approval and browse the tamper-evident audit store.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(COUNTERSIGN_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showShortcuts() {
    auto* dialog = new ShortcutsDialog(m_actions->all(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

}  // namespace countersign::ui
