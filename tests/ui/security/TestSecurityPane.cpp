#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

#include "RosterKeys.h"
#include "TempDir.h"
#include "ui/Settings.h"
#include "ui/navigator/Navigator.h"
#include "ui/security/FindingFilterModel.h"
#include "ui/security/FindingModel.h"
#include "ui/security/IntegrityJob.h"
#include "ui/security/SecurityPane.h"
#include "ui/security/SecurityPaneView.h"
#include "ui/window/MainWindow.h"

using namespace countersign;
using namespace countersign::ui;

namespace {

void copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
}

void screenshot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

}  // namespace

class TestSecurityPane : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    QString m_ws;

    QString bundleDir(const QString& v) const {
        return m_ws + QStringLiteral("/artifacts/models/fraud-detection/") + v;
    }

    // o.lead gets a key of their own and signs in with it (signing in proves identity).
    bool signInLead(MainWindow& w) {
        const QString id = QStringLiteral("o.lead");
        const QString keyFile = m_dir->filePath(QStringLiteral("o.lead.key.pem"));
        if (test::installOperatorKey(m_ws, id, keyFile, "security pane passphrase").isEmpty())
            return false;
        return w.openWorkspace(m_ws) &&
               w.signIn(id, QStringLiteral("security pane passphrase"), keyFile);
    }

private slots:
    void init() {
        m_dir = std::make_unique<test::TempDir>();
        m_ws = m_dir->filePath(QStringLiteral("ws"));
        copyTree(test::testDataDir() + QStringLiteral("/workspace/base"), m_ws);
        QDir().mkpath(bundleDir(QStringLiteral("2026.10.0/scans")));
        for (const char* f :
             {"trivy-critical.json", "pip-audit.json", "npm-audit-v2.json", "trivy-image.json"})
            QFile::copy(test::testDataDir() + QStringLiteral("/scans/") + QLatin1String(f),
                        bundleDir(QStringLiteral("2026.10.0/scans/")) + QLatin1String(f));
    }

    void paneThroughTheMainWindow() {
        Settings settings(m_dir->filePath(QStringLiteral("s.ini")));
        MainWindow w(&settings);
        w.resize(1280, 800);
        QVERIFY(signInLead(w));
        auto* pane = w.findChild<SecurityPane*>(QStringLiteral("securityPane"));
        QVERIFY(pane);
        w.panes()->setCurrentWidget(pane);
        w.show();
        QVERIFY(
            w.navigator()->select(QStringLiteral("fraud-detection"), QStringLiteral("2026.10.0")));
        auto* view = w.findChild<SecurityPaneView*>(QStringLiteral("securityView"));
        QVERIFY(view);
        QVERIFY(view->isVisible());

        // Integrity runs when the pane is shown; the small model matches its manifest.
        QTRY_COMPARE_WITH_TIMEOUT(view->integrityResult().gate, QStringLiteral("integrity"), 10000);
        QCOMPARE(view->integrityResult().status, Verdict::Pass);
        auto* table = w.findChild<QTableView*>(QStringLiteral("integrityTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("OK"));
        table->setCurrentIndex(table->model()->index(0, 1));
        w.findChild<QAction*>(QStringLiteral("copyDigestAction"))->trigger();
        QCOMPARE(
            QApplication::clipboard()->text(),
            QStringLiteral("9c20b0ef099706ccc302dc9deb206a346facd7584e039379e28b6dc3ebb37e6a"));

        // Findings: the critical curl CVE blocks; pip-audit's unknowns block by default.
        QTRY_COMPARE_WITH_TIMEOUT(view->securityResult().gate, QStringLiteral("security"), 10000);
        QCOMPARE(view->securityResult().status, Verdict::Fail);
        FindingModel* model = view->findingModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            view->findingFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model->rowCount();
        QVERIFY(all >= 10);
        QTreeView* findings = view->findingsView();
        QCOMPARE(findings->model()->rowCount(), all);
        QVERIFY(view->findingCounts()->text().contains(QStringLiteral("showing %1").arg(all)));

        auto* severity = w.findChild<QComboBox*>(QStringLiteral("severityFilter"));
        severity->setCurrentIndex(severity->findData(static_cast<int>(Severity::Critical)));
        // Critical findings, plus those without severity (never hidden by a minimum).
        for (int r = 0; r < findings->model()->rowCount(); ++r) {
            const auto s = static_cast<Severity>(
                findings->model()->index(r, 0).data(FindingModel::SeverityRole).toInt());
            QVERIFY(s == Severity::Critical || s == Severity::Unknown);
        }
        auto* text = w.findChild<QLineEdit*>(QStringLiteral("textFilter"));
        QTest::keyClicks(text, QStringLiteral("curl"));
        QCOMPARE(findings->model()->rowCount(), 1);
        QCOMPARE(findings->model()->index(0, FindingModel::Id).data().toString(),
                 QStringLiteral("CVE-2023-38545"));
        QVERIFY(view->findingCounts()->text().contains(QStringLiteral("showing 1")));
        screenshot(&w, QStringLiteral("security-pane-filtered.png"));
        text->clear();
        severity->setCurrentIndex(0);
        auto* package = w.findChild<QLineEdit*>(QStringLiteral("packageFilter"));
        QTest::keyClicks(package, QStringLiteral("libssl"));
        QCOMPARE(findings->model()->rowCount(), 2);
        package->clear();
        auto* source = w.findChild<QComboBox*>(QStringLiteral("sourceFilter"));
        source->setCurrentIndex(source->findData(QStringLiteral("npm-audit")));
        QCOMPARE(findings->model()->rowCount(), 2);
        source->setCurrentIndex(0);

        // Grouping by package: group rows with their findings below.
        auto* group = w.findChild<QComboBox*>(QStringLiteral("groupByCombo"));
        group->setCurrentIndex(group->findData(static_cast<int>(FindingModel::GroupBy::Package)));
        const int groups = findings->model()->rowCount();
        QVERIFY(groups < all);
        int children = 0;
        for (int r = 0; r < groups; ++r) {
            const QModelIndex g = findings->model()->index(r, 0);
            QVERIFY(g.data(FindingModel::IsGroupRole).toBool());
            children += findings->model()->rowCount(g);
        }
        QCOMPARE(children, all);
        // Sorting by severity keeps the most severe first.
        group->setCurrentIndex(0);
        findings->sortByColumn(FindingModel::Severity, Qt::DescendingOrder);
        QCOMPARE(findings->model()->index(0, 0).data(FindingModel::SeverityRole).toInt(),
                 static_cast<int>(Severity::Critical));
        // A gate failed: the Security Engineer can still sign, as a rejection.
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("securitySignOffButton"))->isEnabled());
    }

    void hashingStaysResponsiveAndCancels() {
        // A second version with a 2 GiB artefact (sparse: fast to make, real to hash).
        const QString v = bundleDir(QStringLiteral("2026.12.0"));
        copyTree(bundleDir(QStringLiteral("2026.10.0")), v);
        QFile big(v + QStringLiteral("/model/weights.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(2) << 30));
        big.close();
        QFile bf(v + QStringLiteral("/bundle.json"));
        QVERIFY(bf.open(QIODevice::ReadOnly));
        QJsonObject b = QJsonDocument::fromJson(bf.readAll()).object();
        bf.close();
        b.insert(QStringLiteral("version"), QStringLiteral("2026.12.0"));
        QJsonArray arts = b.value(QStringLiteral("artefacts")).toArray();
        arts.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("model/weights.bin")},
                                {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))},
                                {QStringLiteral("size"), qint64(2) << 30}});
        b.insert(QStringLiteral("artefacts"), arts);
        QVERIFY(bf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bf.write(QJsonDocument(b).toJson());
        bf.close();

        Settings settings(m_dir->filePath(QStringLiteral("s.ini")));
        MainWindow w(&settings);
        w.resize(1280, 800);
        QVERIFY(signInLead(w));
        auto* pane = w.findChild<SecurityPane*>(QStringLiteral("securityPane"));
        w.panes()->setCurrentWidget(pane);
        w.show();
        auto* view = w.findChild<SecurityPaneView*>(QStringLiteral("securityView"));
        view->integrityJob()->setEngineOptions(1, 1 << 20);  // one file at a time: a longer run
        QVERIFY(
            w.navigator()->select(QStringLiteral("fraud-detection"), QStringLiteral("2026.12.0")));
        auto* progress = w.findChild<QProgressBar*>(QStringLiteral("integrityProgress"));
        // The event loop keeps running (QTRY spins it) while bytes are hashed on the pool.
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000);
        QVERIFY(progress->value() < 1000);
        QVERIFY(view->integrityJob()->isRunning());
        screenshot(&w, QStringLiteral("security-pane-mid-hash-1280x800.png"));
        w.resize(900, 600);
        QCoreApplication::processEvents();
        screenshot(&w, QStringLiteral("security-pane-mid-hash-900x600.png"));
        w.resize(1280, 800);
        w.findChild<QPushButton*>(QStringLiteral("cancelIntegrityButton"))->click();
        QVERIFY(!view->integrityJob()->isRunning());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("integritySummary"))
                    ->text()
                    .startsWith(QStringLiteral("Cancelled")));
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("verifyIntegrityButton"))->isEnabled());
        // Selecting another version while hashing drops the old run's results.
        view->verifyIntegrity();
        QVERIFY(
            w.navigator()->select(QStringLiteral("fraud-detection"), QStringLiteral("2026.10.0")));
        QTRY_COMPARE_WITH_TIMEOUT(view->integrityResult().gate, QStringLiteral("integrity"), 10000);
        QCOMPARE(view->integrityResult().status, Verdict::Pass);
    }

    void closingThePaneWhileHashingDropsTheResult() {
        test::TempDir dir;
        QFile big(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(1) << 30));
        big.close();
        auto* job = new IntegrityJob;
        bool delivered = false;
        QObject::connect(job, &IntegrityJob::finished, [&delivered] { delivered = true; });
        job->start(dir.path(),
                   {{QStringLiteral("big.bin"), QString(64, QLatin1Char('0')), qint64(1) << 30}});
        QTRY_VERIFY_WITH_TIMEOUT(job->bytesDone() > 0 || !job->isRunning(), 10000);
        delete job;  // the owner goes away mid-run: nothing is delivered, nothing crashes
        QTest::qWait(300);
        QVERIFY(!delivered);
    }
};

QTEST_MAIN(TestSecurityPane)
#include "TestSecurityPane.moc"
