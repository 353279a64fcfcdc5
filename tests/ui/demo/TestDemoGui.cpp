// The console on the demo workspace made by `countersign-cli demo init`: every bundle listed,
// every readable manifest shown, every operator of the roster able to sign in.
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QTabWidget>
#include <QtTest>

#include "DemoKeys.h"
#include "TempDir.h"
#include "ui/Settings.h"
#include "ui/navigator/BundleTreeModel.h"
#include "ui/navigator/Navigator.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestDemoGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void navigatorListsEveryDemoBundle();
    void everyReadableManifestIsShown();
    void everyOperatorCanSignIn();

private:
    test::TempDir m_dir;
    QString m_root;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestDemoGui::initTestCase() {
    m_root = m_dir.filePath(QStringLiteral("demo"));
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QDir(qEnvironmentVariable("COUNTERSIGN_BIN_DIR"))
                  .filePath(QStringLiteral("countersign-cli")),
              {QStringLiteral("demo"), QStringLiteral("init"), m_root});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
    DialogHooks::setSuppressInformation(true);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(m_window->openWorkspace(m_root));
}

void TestDemoGui::navigatorListsEveryDemoBundle() {
    QSet<QString> onDisk;
    const QDir models(QDir(m_root).filePath(QStringLiteral("artifacts/models")));
    for (const QString& model : models.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString& version :
             QDir(models.filePath(model)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            onDisk.insert(model + QLatin1Char('@') + version);
    QVERIFY(onDisk.size() >= 6);
    QSet<QString> listed;
    QStringList names;
    BundleTreeModel* model = m_window->navigator()->model();
    for (int m = 0; m < model->rowCount(); ++m) {
        const QModelIndex parent = model->index(m, 0);
        names << parent.data().toString();
        for (int v = 0; v < model->rowCount(parent); ++v)
            listed.insert(parent.data().toString() + QLatin1Char('@') +
                          model->index(v, 0, parent).data().toString());
    }
    QCOMPARE(listed, onDisk);
    for (const char* name : {"fraud-detection", "remittance-scoring", "device-risk"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestDemoGui::everyReadableManifestIsShown() {
    int shown = 0;
    for (const BundleEntry& e : m_window->workspace()->bundles()) {
        QVERIFY(m_window->navigator()->select(e.model, e.version));
        if (!e.bundle) {
            QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("bundleError.message")));
            continue;
        }
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("manifest.model"))->text(), e.model);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("manifest.version"))->text(),
                 e.version);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("manifest.digest"))->text(),
                 e.bundle->digest);
        ++shown;
    }
    QVERIFY(shown >= 6);
}

void TestDemoGui::everyOperatorCanSignIn() {
    auto* selector = m_window->findChild<QComboBox*>(QStringLiteral("operatorSelector"));
    QVERIFY(selector);
    const QList<Operator>& operators = m_window->workspace()->roster().operators;
    QCOMPARE(selector->count(), static_cast<int>(operators.size()) + 1);
    QSet<QString> firstPanes;
    for (const Operator& op : operators) {
        QVERIFY(
            m_window->signIn(op.id, test::demoPassphrase(op.id), test::demoKeyFile(m_root, op.id)));
        firstPanes.insert(m_window->panes()->currentWidget()->objectName());
    }
    // One demo operator per role: the Risk, Security and Release panes each open first for someone.
    QVERIFY(firstPanes.contains(QStringLiteral("riskPane")));
    QVERIFY(firstPanes.contains(QStringLiteral("securityPane")));
    QVERIFY(firstPanes.contains(QStringLiteral("releasePane")));
}

QTEST_MAIN(TestDemoGui)
#include "TestDemoGui.moc"
