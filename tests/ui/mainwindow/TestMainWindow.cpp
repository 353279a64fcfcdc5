// The main window on a workspace of real files: the navigator lists every bundle, selecting a
// bundle shows its manifest, an invalid bundle is shown with its error, the panes show real data.
#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include "GuiWorkspace.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "ui/Settings.h"
#include "ui/audit/AuditBrowser.h"
#include "ui/audit/AuditPane.h"
#include "ui/navigator/BundleTreeModel.h"
#include "ui/navigator/Navigator.h"
#include "ui/pane/Pane.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/widgets/VerdictBadge.h"
#include "ui/window/BundleHeader.h"
#include "ui/window/MainStatusBar.h"
#include "ui/window/MainWindow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheWorkspace();
    void navigatorListsEveryBundle();
    void navigatorModelIsConsistent();
    void selectingABundleShowsItsManifest();
    void headerShowsEveryGateNotEvaluated();
    void invalidBundleIsShownWithItsError();
    void riskPaneCountsSampleRows();
    void securityAndReleasePanesShowBundleFiles();
    void auditPaneShowsTheStore();
    void noPaneShowsPlaceholderText();
    void trainingWorkspaceShowsTheBanner();
    void hiddenPanesFollowWhenShown();
    void screenshots();

private:
    QString versionDir(const QString& model, const QString& version) const;
    QLabel* label(const QString& name) const;
    Pane* pane(const QString& name) const;

    std::unique_ptr<test::TempDir> m_demo;
    std::unique_ptr<test::TempDir> m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_root;
    QString m_brokenVersion = test::brokenVersion();
};

void TestMainWindow::initTestCase() {
    m_demo = std::make_unique<test::TempDir>();
    m_root = m_demo->filePath(QStringLiteral("demo"));
    const QString problem = test::createGuiWorkspace(m_root);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMainWindow::init() {
    DialogHooks::clear();
    DialogHooks::setSuppressInformation(true);
    m_settingsDir = std::make_unique<test::TempDir>();
    m_settings =
        std::make_unique<Settings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_root));
}

void TestMainWindow::cleanup() {
    m_window.reset();
    m_settings.reset();
    DialogHooks::clear();
}

QString TestMainWindow::versionDir(const QString& model, const QString& version) const {
    return QDir(m_root).filePath(QStringLiteral("artifacts/models/%1/%2").arg(model, version));
}

QLabel* TestMainWindow::label(const QString& name) const {
    return m_window->findChild<QLabel*>(name);
}

Pane* TestMainWindow::pane(const QString& name) const {
    return m_window->findChild<Pane*>(name);
}

void TestMainWindow::trainingWorkspaceShowsTheBanner() {
    // A production workspace: no banner, and a console whose clock was set refuses to open it.
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("trainingBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisibleTo(m_window.get()));

    test::TempDir dir;
    const QString training = dir.filePath(QStringLiteral("training"));
    QVERIFY(test::copyTree(m_root, training));
    const QString controlsPath = Workspace::controlsPath(training);
    QFile f(controlsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject controls = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    controls.insert(QStringLiteral("training"), true);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(controls).toJson());
    f.close();
    QVERIFY(m_window->openWorkspace(training));
    QVERIFY(banner->isVisibleTo(m_window.get()));
    QVERIFY(banner->text().contains(QStringLiteral("records do not count for production")));

    const FixedClock shifted(QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC));
    m_window->services().clock = &shifted;
    m_window->services().clockSetByOption = true;  // as the console's --clock does
    QVERIFY(m_window->openWorkspace(training));    // a training workspace takes a set clock
    QVERIFY(!m_window->openWorkspace(m_root));     // a production one does not
    QVERIFY2(DialogHooks::lastInformation().contains(QStringLiteral("training workspace")),
             qPrintable(DialogHooks::lastInformation()));
    QCOMPARE(QDir(m_window->workspace()->root()).canonicalPath(), QDir(training).canonicalPath());
    m_window.reset();  // before the clock it points to goes
}

void TestMainWindow::opensTheWorkspace() {
    QVERIFY(m_window->workspace());
    QCOMPARE(QDir(m_window->workspace()->root()).canonicalPath(), QDir(m_root).canonicalPath());
    QVERIFY(label(QStringLiteral("statusWorkspace"))
                ->text()
                .contains(QDir::toNativeSeparators(m_root)));
    const int total = static_cast<int>(m_window->workspace()->bundles().size());
    QVERIFY(label(QStringLiteral("statusBundles"))->text().contains(QString::number(total)));
    QVERIFY(m_window->windowTitle().contains(QDir::toNativeSeparators(m_root)));
    QCOMPARE(m_settings->recentWorkspaces().value(0), QDir::cleanPath(QDir(m_root).absolutePath()));
}

void TestMainWindow::navigatorListsEveryBundle() {
    // Every version folder on disk, found independently of the workspace code.
    QSet<QString> onDisk;
    const QDir models(QDir(m_root).filePath(QStringLiteral("artifacts/models")));
    for (const QString& model : models.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString& version :
             QDir(models.filePath(model)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            onDisk.insert(model + QLatin1Char('@') + version);
    QVERIFY(onDisk.size() >= 3);  // two readable versions and the broken one

    QSet<QString> listed;
    BundleTreeModel* model = m_window->navigator()->model();
    for (int m = 0; m < model->rowCount(); ++m) {
        const QModelIndex parent = model->index(m, 0);
        for (int v = 0; v < model->rowCount(parent); ++v)
            listed.insert(parent.data().toString() + QLatin1Char('@') +
                          model->index(v, 0, parent).data().toString());
    }
    QCOMPARE(listed, onDisk);
    QStringList names;
    for (int m = 0; m < model->rowCount(); ++m) names << model->index(m, 0).data().toString();
    QVERIFY(names.contains(QStringLiteral("fraud-detection")));
}

void TestMainWindow::navigatorModelIsConsistent() {
    BundleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_window->workspace());
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.versionCount() >= 3);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setWorkspace(m_window->workspace());
    QCOMPARE(model.versionCount(), static_cast<int>(m_window->workspace()->bundles().size()));
}

void TestMainWindow::selectingABundleShowsItsManifest() {
    for (const BundleEntry& entry : m_window->workspace()->bundles()) {
        if (!entry.valid())
            continue;
        QVERIFY(m_window->navigator()->select(entry.model, entry.version));
        QCOMPARE(label(QStringLiteral("manifest.model"))->text(), entry.model);
        QCOMPARE(label(QStringLiteral("manifest.version"))->text(), entry.version);
        // The digest shown is the SHA-256 of the bundle.json bytes, computed here on its own.
        QFile f(
            QDir(versionDir(entry.model, entry.version)).filePath(QStringLiteral("bundle.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(label(QStringLiteral("manifest.digest"))->text(), digest);
        QVERIFY(label(QStringLiteral("bundleTitle"))->text().contains(entry.version));
        // Artefacts and data hashes as the manifest lists them.
        auto* artefacts = m_window->findChild<QTableWidget*>(QStringLiteral("artefacts"));
        QVERIFY(artefacts);
        QCOMPARE(artefacts->rowCount(), static_cast<int>(entry.bundle->artefacts.size()));
        for (int r = 0; r < artefacts->rowCount(); ++r)
            QCOMPARE(artefacts->item(r, 0)->text(), entry.bundle->artefacts.at(r).path);
        auto* hashes = m_window->findChild<QTableWidget*>(QStringLiteral("dataHashes"));
        QVERIFY(hashes);
        QCOMPARE(hashes->rowCount(), static_cast<int>(entry.bundle->dataHashes.size()));
        // The training manifest's code revision.
        QCOMPARE(label(QStringLiteral("training.codeRevision"))->text(),
                 entry.bundle->training.value(QStringLiteral("code_revision")).toString());
        // The owner's reported metrics file is shown when the bundle has one.
        const bool hasMetrics =
            QFileInfo::exists(entry.bundle->filePath(QStringLiteral("evaluation/metrics.json")));
        QCOMPARE(
            m_window->findChild<QTreeWidget*>(QStringLiteral("reportedMetricsTree")) != nullptr,
            hasMetrics);
    }
}

void TestMainWindow::headerShowsEveryGateNotEvaluated() {
    const BundleEntry& first = m_window->workspace()->bundles().constFirst();
    QVERIFY(m_window->navigator()->select(first.model, first.version));
    for (const QString& id : BundleHeader::gateIds()) {
        VerdictBadge* badge = m_window->header()->badge(id);
        QVERIFY(badge);
        QCOMPARE(badge->verdict(), Verdict::Undefined);
        QVERIFY(badge->accessibleName().contains(verdictLabel(Verdict::Undefined)));
    }
    QVERIFY(m_window->findChild<VerdictBadge*>(QStringLiteral("badgeCi")));
    QVERIFY(m_window->findChild<VerdictBadge*>(QStringLiteral("badgeIntegrity")));
}

void TestMainWindow::invalidBundleIsShownWithItsError() {
    BundleTreeModel* model = m_window->navigator()->model();
    const QModelIndex index = model->indexOf(QStringLiteral("fraud-detection"), m_brokenVersion);
    QVERIFY(index.isValid());
    QVERIFY(!index.data(BundleTreeModel::ValidRole).toBool());
    const QString error = index.data(BundleTreeModel::ErrorRole).toString();
    QVERIFY2(error.contains(QStringLiteral("bundle.json")), qPrintable(error));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(error));
    QVERIFY(!index.data(Qt::DecorationRole).isNull());
    QVERIFY(label(QStringLiteral("statusBundles"))->text().contains(QStringLiteral("1")));

    QVERIFY(m_window->navigator()->select(QStringLiteral("fraud-detection"), m_brokenVersion));
    QLabel* problem = label(QStringLiteral("bundleError.message"));
    QVERIFY(problem);
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(label(QStringLiteral("bundleState"))->text().contains(problem->text()));
    QVERIFY(!m_window->header()->badge(QStringLiteral("integrity"))->isVisible());
    QVERIFY(!label(QStringLiteral("manifest.model")));
    // Selecting a readable version afterwards shows its manifest again.
    const BundleEntry* valid = nullptr;
    for (const BundleEntry& e : m_window->workspace()->bundles())
        if (e.valid())
            valid = &e;
    QVERIFY(valid);
    QVERIFY(m_window->navigator()->select(valid->model, valid->version));
    QVERIFY(label(QStringLiteral("manifest.model")));
}

void TestMainWindow::riskPaneCountsSampleRows() {
    m_window->panes()->setCurrentWidget(pane(QStringLiteral("riskPane")));
    for (const BundleEntry& entry : m_window->workspace()->bundles()) {
        if (!entry.valid() || !entry.bundle->evaluation)
            continue;
        QVERIFY(m_window->navigator()->select(entry.model, entry.version));
        auto* table = m_window->findChild<QTableWidget*>(QStringLiteral("evaluationFiles"));
        QVERIFY(table);
        QFile f(entry.bundle->filePath(entry.bundle->evaluation->predictions));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 lines = f.readAll().count('\n');
        QTRY_COMPARE(table->item(0, 2)->text(), QLocale().toString(lines - 1));
        QVERIFY(label(QStringLiteral("evaluationConfig.protected"))
                    ->text()
                    .contains(entry.bundle->evaluation->protectedAttributes.constFirst()));
        if (entry.bundle->drift) {
            auto* drift = m_window->findChild<QTableWidget*>(QStringLiteral("driftFiles"));
            QVERIFY(drift);
            QCOMPARE(drift->rowCount(), 2);
            QFile current(entry.bundle->filePath(entry.bundle->drift->current));
            QVERIFY(current.open(QIODevice::ReadOnly));
            const qint64 currentLines = current.readAll().count('\n');
            QTRY_COMPARE(drift->item(1, 2)->text(), QLocale().toString(currentLines - 1));
        }
        return;
    }
    QFAIL("the workspace has no bundle with an evaluation");
}

void TestMainWindow::securityAndReleasePanesShowBundleFiles() {
    bool sawBundle = false;
    for (const BundleEntry& entry : m_window->workspace()->bundles()) {
        if (!entry.valid())
            continue;
        // Panes out of view follow the selection when shown, as a user would look at them.
        m_window->panes()->setCurrentWidget(pane(QStringLiteral("securityPane")));
        QVERIFY(m_window->navigator()->select(entry.model, entry.version));
        // The Security pane lists every manifest artefact with its expected digest
        // before anything is hashed.
        auto* integrity = m_window->findChild<QTableView*>(QStringLiteral("integrityTable"));
        QVERIFY(integrity);
        QAbstractItemModel* model = integrity->model();
        QTRY_COMPARE(model->rowCount(), static_cast<int>(entry.bundle->artefacts.size()));
        QStringList expected;
        for (int r = 0; r < model->rowCount(); ++r)
            expected << model->index(r, 3).data().toString();
        for (const Artefact& a : entry.bundle->artefacts)
            QVERIFY2(expected.contains(a.sha256), qPrintable(a.path));
        sawBundle = true;
        const Controls::ModelVersions v = m_window->workspace()->controls().versionsOf(entry.model);
        m_window->panes()->setCurrentWidget(pane(QStringLiteral("releasePane")));
        if (!v.production.isEmpty())
            QVERIFY(label(QStringLiteral("releaseVersions.production"))
                        ->text()
                        .startsWith(v.production));
    }
    QVERIFY(sawBundle);
}

// A pane out of view is not rebuilt on every selection; shown, it shows the current one.
void TestMainWindow::hiddenPanesFollowWhenShown() {
    QList<const BundleEntry*> valid;
    for (const BundleEntry& e : m_window->workspace()->bundles())
        if (e.valid())
            valid << &e;
    QVERIFY(valid.size() >= 2);
    m_window->panes()->setCurrentWidget(pane(QStringLiteral("securityPane")));
    QVERIFY(m_window->navigator()->select(valid.first()->model, valid.first()->version));
    m_window->panes()->setCurrentWidget(pane(QStringLiteral("overviewPane")));
    const BundleEntry& last = *valid.last();
    QVERIFY(m_window->navigator()->select(last.model, last.version));
    m_window->panes()->setCurrentWidget(pane(QStringLiteral("securityPane")));
    auto* integrity = m_window->findChild<QTableView*>(QStringLiteral("integrityTable"));
    QVERIFY(integrity);
    QAbstractItemModel* model = integrity->model();
    QTRY_COMPARE(model->rowCount(), static_cast<int>(last.bundle->artefacts.size()));
    QStringList shown;
    for (int r = 0; r < model->rowCount(); ++r) shown << model->index(r, 3).data().toString();
    for (const Artefact& a : last.bundle->artefacts)
        QVERIFY2(shown.contains(a.sha256), qPrintable(a.path));
}

void TestMainWindow::auditPaneShowsTheStore() {
    auto* pane = m_window->findChild<AuditPane*>(QStringLiteral("auditPane"));
    QVERIFY(pane);
    QVERIFY(m_window->services().audit);
    QCOMPARE(pane->browser()->store(), m_window->services().audit);
    QCOMPARE(QFileInfo(m_window->services().audit->path()).absoluteFilePath(),
             QFileInfo(m_window->workspace()->auditStorePath()).absoluteFilePath());
    m_window->panes()->setCurrentWidget(pane);
    QVERIFY(pane->findChild<QTableView*>(QStringLiteral("auditTable"))->isVisible());
}

void TestMainWindow::noPaneShowsPlaceholderText() {
    const QStringList forbidden{
        QStringLiteral("todo"),  QStringLiteral("placeholder"),     QStringLiteral("coming soon"),
        QStringLiteral("lorem"), QStringLiteral("not implemented"), QStringLiteral("tbd")};
    for (Pane* shown : m_window->paneList()) {
        m_window->panes()->setCurrentWidget(shown);  // a pane follows the selection in view
        for (const BundleEntry& entry : m_window->workspace()->bundles()) {
            QVERIFY(m_window->navigator()->select(entry.model, entry.version));
            for (QLabel* l : shown->findChildren<QLabel*>()) {
                const QString text = l->text().toLower();
                for (const QString& word : forbidden)
                    QVERIFY2(!text.contains(word),
                             qPrintable(l->objectName() + QStringLiteral(": ") + l->text()));
            }
        }
    }
}

// With COUNTERSIGN_SCREENSHOTS=DIR, saves every pane at 1280x800 and 900x600 for a look.
void TestMainWindow::screenshots() {
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set COUNTERSIGN_SCREENSHOTS=DIR to save screenshots");
    QDir().mkpath(dir);
    QStringList picks;
    for (const BundleEntry& e : m_window->workspace()->bundles()) picks << e.id();
    for (const QSize size : {QSize(1280, 800), QSize(900, 600)}) {
        m_window->resize(size);
        for (const QString& id : picks) {
            const BundleEntry* e = m_window->workspace()->findEntry(id);
            QVERIFY(m_window->navigator()->select(e->model, e->version));
            for (int t = 0; t < m_window->panes()->count(); ++t) {
                m_window->panes()->setCurrentIndex(t);
                QTest::qWait(30);
                m_window->grab().save(QDir(dir).filePath(
                    QStringLiteral("%1x%2-%3-%4-%5.png")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(e->model, e->version, m_window->panes()->widget(t)->objectName())));
            }
        }
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
