// The main window's actions, sign-in and remembered settings, driven by object names.
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

#include "GuiWorkspace.h"
#include "TempDir.h"
#include "ui/Settings.h"
#include "ui/navigator/BundleTreeModel.h"
#include "ui/navigator/Navigator.h"
#include "ui/operator/SignInDialog.h"
#include "ui/pane/Pane.h"
#include "ui/pane/PaneContext.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestMainWindowActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openWorkspaceActionUsesTheDialog();
    void openFailureNamesTheFolder();
    void everyActionHasAnObjectNameAndAKeyboardPath();
    void signInSwitchesTheFirstPane();
    void signOutKeepsThePane();
    void roleRefusalExplainsInTheTooltip();
    void paneAndBundleActions();
    void aboutAndShortcuts();
    void recentWorkspacesAreRemembered();
    void geometryIsRemembered();

private:
    QAction* action(const char* name) const;
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<test::TempDir> m_demo;
    std::unique_ptr<test::TempDir> m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_root;
};

void TestMainWindowActions::initTestCase() {
    m_demo = std::make_unique<test::TempDir>();
    m_root = m_demo->filePath(QStringLiteral("demo"));
    const QString problem = test::createGuiWorkspace(m_root);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

std::unique_ptr<MainWindow> TestMainWindowActions::makeWindow() {
    auto w = std::make_unique<MainWindow>(m_settings.get());
    w->show();
    return w;
}

void TestMainWindowActions::init() {
    DialogHooks::clear();
    DialogHooks::setSuppressInformation(true);
    m_settingsDir = std::make_unique<test::TempDir>();
    m_settings =
        std::make_unique<Settings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
    m_window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowActions::cleanup() {
    m_window.reset();
    m_settings.reset();
    DialogHooks::clear();
}

QAction* TestMainWindowActions::action(const char* name) const {
    return m_window->findChild<QAction*>(QLatin1String(name));
}

void TestMainWindowActions::openWorkspaceActionUsesTheDialog() {
    QVERIFY(!m_window->workspace());
    QVERIFY(!action("actionReloadWorkspace")->isEnabled());
    DialogHooks::setNextDirectory(m_root);
    action("actionOpenWorkspace")->trigger();
    QVERIFY(m_window->workspace());
    QVERIFY(action("actionReloadWorkspace")->isEnabled());
    QCOMPARE(action("actionOpenWorkspace")->shortcut(), QKeySequence(QKeySequence::Open));
    // Cancelling the dialog keeps the workspace.
    DialogHooks::setNextDirectory(QString());
    action("actionOpenWorkspace")->trigger();
    QVERIFY(m_window->workspace());
    // Reload keeps the selection.
    const BundleEntry& last = m_window->workspace()->bundles().constLast();
    QVERIFY(m_window->navigator()->select(last.model, last.version));
    action("actionReloadWorkspace")->trigger();
    QCOMPARE(m_window->navigator()->selectedEntry(),
             static_cast<int>(m_window->workspace()->bundles().size() - 1));
}

void TestMainWindowActions::openFailureNamesTheFolder() {
    const QString missing = m_demo->filePath(QStringLiteral("no-such-workspace"));
    QVERIFY(!m_window->openWorkspace(missing));
    QVERIFY(!m_window->workspace());
    QVERIFY2(DialogHooks::lastInformation().contains(QDir::toNativeSeparators(missing)),
             qPrintable(DialogHooks::lastInformation()));
}

void TestMainWindowActions::everyActionHasAnObjectNameAndAKeyboardPath() {
    const QStringList menus{QStringLiteral("menuFile"), QStringLiteral("menuView"),
                            QStringLiteral("menuBundle"), QStringLiteral("menuAudit"),
                            QStringLiteral("menuHelp")};
    for (const QString& name : menus) {
        QMenu* menu = m_window->findChild<QMenu*>(name);
        QVERIFY2(menu, qPrintable(name));
        QVERIFY2(menu->title().contains(QLatin1Char('&')), qPrintable(menu->title()));
        for (QAction* a : menu->actions()) {
            if (a->isSeparator() || a->menu())
                continue;
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
            // A mnemonic in the menu is a keyboard path even without a shortcut.
            QVERIFY2(a->text().contains(QLatin1Char('&')) || !a->shortcut().isEmpty(),
                     qPrintable(a->text()));
        }
    }
    QVERIFY(m_window->findChild<QComboBox*>(QStringLiteral("operatorSelector")));
    QVERIFY(m_window->findChild<QTabWidget*>(QStringLiteral("panes")));
    QVERIFY(action("actionSignIn")->shortcut().count() > 0);
}

void TestMainWindowActions::signInSwitchesTheFirstPane() {
    // The pane each primary role sees first.
    const QMap<QString, QString> firstPane{
        {Role::riskOfficer(), QStringLiteral("riskPane")},
        {Role::riskCompliance(), QStringLiteral("riskPane")},
        {Role::securityEngineer(), QStringLiteral("securityPane")},
        {Role::opsLead(), QStringLiteral("releasePane")},
        {Role::modelOwner(), QStringLiteral("overviewPane")}};
    QVERIFY(m_window->openWorkspace(m_root));
    QSet<QString> seen;
    auto* selector = m_window->findChild<QComboBox*>(QStringLiteral("operatorSelector"));
    for (const Operator& op : m_window->workspace()->roster().operators) {
        const QString role = op.roles.value(0);
        if (!firstPane.contains(role))
            continue;
        m_window->panes()->setCurrentIndex(m_window->panes()->count() - 1);
        // Sign in through the selector, as a person would: choosing asks for the passphrase.
        const int index = selector->findData(op.id);
        QVERIFY(index > 0);
        QVERIFY(selector->itemText(index).contains(op.name));
        SignInDialog::setNextAnswer(test::guiPassphrase(op.id), test::guiKeyFile(m_root, op.id));
        selector->setCurrentIndex(index);
        emit selector->activated(index);
        QCOMPARE(m_window->signedInOperator(), op.id);
        QCOMPARE(m_window->panes()->currentWidget()->objectName(), firstPane.value(role));
        QVERIFY(action("actionSignOut")->isEnabled());
        for (Pane* p : m_window->paneList()) QCOMPARE(p->context().op, &op);
        seen.insert(role);
    }
    QVERIFY2(seen.size() >= 3, "the roster has operators of at least three primary roles");
}

void TestMainWindowActions::signOutKeepsThePane() {
    QVERIFY(m_window->openWorkspace(m_root));
    const Operator* lead = nullptr;
    for (const Operator& o : m_window->workspace()->roster().operators)
        if (o.roles.value(0) == Role::opsLead())
            lead = &o;
    QVERIFY(lead);
    QVERIFY(m_window->signIn(lead->id, test::guiPassphrase(lead->id),
                             test::guiKeyFile(m_root, lead->id)));
    QCOMPARE(m_window->panes()->currentWidget()->objectName(), QStringLiteral("releasePane"));
    action("actionSignOut")->trigger();
    QCOMPARE(m_window->panes()->currentWidget()->objectName(), QStringLiteral("releasePane"));
    QVERIFY(!m_window->paneList().first()->context().op);
    QVERIFY(!action("actionSignOut")->isEnabled());
    QVERIFY(!m_window->signIn(QStringLiteral("nobody.on.roster"), QStringLiteral("anything")));
    QVERIFY(m_window->signedInOperator().isEmpty());
}

void TestMainWindowActions::roleRefusalExplainsInTheTooltip() {
    QVERIFY(m_window->openWorkspace(m_root));
    const QList<const Operator*> leads = m_window->workspace()->roster().withRole(Role::opsLead());
    QVERIFY(!leads.isEmpty());
    PaneContext context;
    context.workspace = m_window->workspace();
    QAction act(QStringLiteral("Approve"));
    QPushButton button(QStringLiteral("Approve"));
    Pane::requireRole(&act, context, Role::opsLead(), QStringLiteral("Approve the deployment"));
    QVERIFY(!act.isEnabled());
    QVERIFY2(act.toolTip().contains(Role::label(Role::opsLead())), qPrintable(act.toolTip()));
    context.op = leads.first();
    Pane::requireRole(&button, context, Role::riskOfficer(), QStringLiteral("Sign off"));
    if (!leads.first()->hasRole(Role::riskOfficer())) {
        QVERIFY(!button.isEnabled());
        QVERIFY(button.toolTip().contains(leads.first()->name));
    }
    Pane::requireRole(&act, context, Role::opsLead(), QStringLiteral("Approve the deployment"));
    QVERIFY(act.isEnabled());
    QCOMPARE(act.toolTip(), QStringLiteral("Approve the deployment"));
}

void TestMainWindowActions::paneAndBundleActions() {
    QVERIFY(m_window->openWorkspace(m_root));
    action("actionPaneRelease")->trigger();
    QCOMPARE(m_window->panes()->currentWidget()->objectName(), QStringLiteral("releasePane"));
    QCOMPARE(action("actionPaneOverview")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    action("actionShowAudit")->trigger();
    QCOMPARE(m_window->panes()->currentWidget()->objectName(), QStringLiteral("auditPane"));

    // Next/previous walk the versions across models, in navigator order.
    QVERIFY(m_window->navigator()->selectedEntry() >= 0);  // the first version is selected on open
    const int first = m_window->navigator()->selectedEntry();
    action("actionNextBundle")->trigger();
    const int second = m_window->navigator()->selectedEntry();
    QVERIFY(second >= 0 && second != first);
    action("actionPreviousBundle")->trigger();
    QCOMPARE(m_window->navigator()->selectedEntry(), first);
    action("actionPreviousBundle")->trigger();  // stays on the first
    QCOMPARE(m_window->navigator()->selectedEntry(), first);

    action("actionCopyDigest")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             m_window->workspace()->bundles().at(first).bundle->digest);

    action("actionToggleNavigator")->trigger();
    QVERIFY(!m_window->navigator()->isVisible());
    action("actionFocusNavigator")->trigger();
    QVERIFY(m_window->navigator()->isVisible());
}

void TestMainWindowActions::aboutAndShortcuts() {
    action("actionAbout")->trigger();
    QVERIFY(DialogHooks::lastInformation().contains(QStringLiteral(COUNTERSIGN_VERSION)));
    action("actionShortcuts")->trigger();
    auto* table = m_window->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) rows << table->item(r, 1)->text();
    QVERIFY(rows.contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
}

void TestMainWindowActions::recentWorkspacesAreRemembered() {
    QVERIFY(m_window->openWorkspace(m_root));
    const QString clean = QDir::cleanPath(QDir(m_root).absolutePath());
    QCOMPARE(m_settings->recentWorkspaces(), QStringList{clean});
    QCOMPARE(m_settings->lastWorkspace(), clean);
    QMenu* recent = m_window->findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(recent);
    QAction* first = m_window->findChild<QAction*>(QStringLiteral("actionRecent1"));
    QVERIFY(first);
    QVERIFY(first->text().contains(QDir::toNativeSeparators(clean)));
    for (int i = 0; i < Settings::maxRecentWorkspaces + 3; ++i)
        m_settings->addRecentWorkspace(m_demo->filePath(QStringLiteral("w%1").arg(i)));
    QCOMPARE(m_settings->recentWorkspaces().size(), Settings::maxRecentWorkspaces);
    m_settings->addRecentWorkspace(m_root);
    QCOMPARE(m_settings->recentWorkspaces().first(), clean);
    // Opening from the recent menu opens that workspace.
    auto other = makeWindow();
    QVERIFY(!other->workspace());
    QAction* again = other->findChild<QAction*>(QStringLiteral("actionRecent1"));
    QVERIFY(again);
    again->trigger();
    QVERIFY(other->workspace());
    QCOMPARE(QDir::cleanPath(other->workspace()->root()), clean);
    other->findChild<QAction*>(QStringLiteral("actionClearRecent"))->trigger();
    QVERIFY(m_settings->recentWorkspaces().isEmpty());
}

void TestMainWindowActions::geometryIsRemembered() {
    m_window->resize(1000, 640);
    action("actionToggleNavigator")->trigger();
    QVERIFY(m_window->close());
    QCOMPARE(Settings::defaultValue(Settings::Key::NavigatorVisible).toBool(), true);
    QVERIFY(!m_settings->navigatorVisible());
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    auto again = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    QCOMPARE(again->size(), QSize(1000, 640));
    QVERIFY(!again->navigator()->isVisible());
}

QTEST_MAIN(TestMainWindowActions)
#include "TestMainWindowActions.moc"
