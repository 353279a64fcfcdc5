// Looking never writes: through the real main window on the demo workspace, an operator signs
// in, visits every pane with every bundle selected, reloads the workspace, verifies the store
// and the sign-offs, signs out and in again; the audit store's record count, its SQLite
// data_version (seen from a connection of the test's own) and every file of the workspace are
// the same bytes as after the first sign-in. Before that sign-in, looking at the demo workspace
// (which has no audit store yet) creates no store and changes no file.
#include <QAction>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QtTest>

#include "DemoKeys.h"
#include "TempDir.h"
#include "audit/AuditStore.h"
#include "demo/DemoWorkspace.h"
#include "ui/Settings.h"
#include "ui/audit/AuditBrowser.h"
#include "ui/audit/AuditPane.h"
#include "ui/navigator/Navigator.h"
#include "ui/operator/SignInDialog.h"
#include "ui/pane/Pane.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestLookingNeverWrites : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void visitingEveryPaneAndBundleWritesNothing();

private:
    // Every file of the workspace with its SHA-256 (the -shm index is shared memory, not data).
    QMap<QString, QByteArray> files() const;
    qint64 dataVersion() const;
    void visitEverything(bool withStore = true);
    void settle();

    test::TempDir m_dir;
    QString m_root;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_connection = QStringLiteral("looking");
};

void TestLookingNeverWrites::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    m_root = m_dir.filePath(QStringLiteral("demo"));
    DemoOptions options;
    options.dir = m_root;
    const Status made = DemoWorkspace::create(options);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    DialogHooks::setSuppressInformation(true);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_root));
    // A workspace without an audit store gets none on open: the first sign-in makes it.
    QVERIFY(!m_window->services().audit);
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/.countersign/audit.sqlite")));
}

void TestLookingNeverWrites::cleanupTestCase() {
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_window.reset();
}

QMap<QString, QByteArray> TestLookingNeverWrites::files() const {
    QMap<QString, QByteArray> out;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("-shm")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.insert(QDir(m_root).relativeFilePath(path),
                   QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return out;
}

qint64 TestLookingNeverWrites::dataVersion() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Lets the panes' jobs on the pool (integrity hashing, change requests, the store's
// not-evidence judgement) finish and deliver.
void TestLookingNeverWrites::settle() {
    QTest::qWait(150);
    QThreadPool::globalInstance()->waitForDone(60000);
    QTest::qWait(100);
}

void TestLookingNeverWrites::visitEverything(bool withStore) {
    QTabWidget* panes = m_window->panes();
    const Workspace* ws = m_window->workspace();
    QVERIFY(ws);
    QVERIFY(!ws->bundles().isEmpty());
    int bundles = 0;
    for (const BundleEntry& entry : ws->bundles()) {
        QVERIFY2(m_window->navigator()->select(entry.model, entry.version), qPrintable(entry.id()));
        ++bundles;
        for (int i = 0; i < panes->count(); ++i) {
            panes->setCurrentIndex(i);
            QCOMPARE(panes->currentIndex(), i);
            settle();
        }
    }
    QVERIFY(bundles >= 2);
    // Every refresh the console offers: Reload Workspace, the Audit pane's Verify, Verify
    // Sign-offs.
    m_window->findChild<QAction*>(QStringLiteral("actionReloadWorkspace"))->trigger();
    settle();
    auto* audit = m_window->findChild<AuditPane*>(QStringLiteral("auditPane"));
    QVERIFY(audit);
    panes->setCurrentWidget(audit);
    settle();
    if (!withStore)
        return;
    audit->browser()->startVerification();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->browser()->isVerifying(), 60000);
    QVERIFY2(audit->browser()->lastVerification().ok(),
             qPrintable(audit->browser()->verdictText()));
    QAction* verifySignOffs = m_window->findChild<QAction*>(QStringLiteral("actionVerifySignOffs"));
    if (verifySignOffs->isEnabled())
        verifySignOffs->trigger();
    settle();
}

void TestLookingNeverWrites::visitingEveryPaneAndBundleWritesNothing() {
    const QString id = QStringLiteral("r.ahmed");
    // Looking at a workspace without a store, before anyone signs in, makes none and writes
    // nothing.
    const QMap<QString, QByteArray> untouched = files();
    visitEverything(false);
    QCOMPARE(files(), untouched);
    // The first sign-in opens the store (creating it), anchors the operator to it (a
    // checkpoint they saw), and appends no record.
    QVERIFY(m_window->signIn(id, test::demoPassphrase(id), test::demoKeyFile(m_root, id)));
    settle();
    QVERIFY(m_window->services().audit);
    const qint64 recordsAtOpen = 0;

    AuditStore* store = m_window->services().audit;
    const qint64 records = store->size();
    QCOMPARE(records, recordsAtOpen);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(store->path());
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    const qint64 version = dataVersion();
    QVERIFY(version >= 0);
    const QMap<QString, QByteArray> before = files();
    QVERIFY(before.contains(QStringLiteral(".countersign/audit.sqlite")));

    visitEverything();
    // Signing out and in again, and another operator's look, change nothing either once each
    // has an anchor: sign in, look, then compare.
    m_window->signOut();
    QVERIFY(m_window->signIn(id, test::demoPassphrase(id), test::demoKeyFile(m_root, id)));
    visitEverything();

    QCOMPARE(m_window->services().audit->size(), records);
    QCOMPARE(dataVersion(), version);
    const QMap<QString, QByteArray> after = files();
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        QVERIFY2(before.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("written on view: %1").arg(it.key())));
    QCOMPARE(after.keys(), before.keys());
}

QTEST_MAIN(TestLookingNeverWrites)
#include "TestLookingNeverWrites.moc"
