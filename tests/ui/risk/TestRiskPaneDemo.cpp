// The Risk Officer's pane through the real main window on the demo workspace (issue 6):
// remittance-scoring 2026.11.0 fails the bias gate (gender gap about 3.5 %); a plain sign-off
// and an unjustified override are refused by the release desk with the named reason, a
// justified override is signed through the signing dialog and lands in the audit store and
// approvals/; the model owner is refused. device-risk 2026.11.0 breaches on `amount` and a
// hotfix request is recorded. fraud-detection 2026.11.0 passes both gates.
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "DemoKeys.h"
#include "SignOffWait.h"
#include "TempDir.h"
#include "audit/AuditStore.h"
#include "demo/DemoOptions.h"
#include "demo/DemoWorkspace.h"
#include "release/ReleaseDesk.h"
#include "ui/Settings.h"
#include "ui/navigator/Navigator.h"
#include "ui/risk/RiskPane.h"
#include "ui/risk/RiskReviewWidget.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestRiskPaneDemo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void biasFailureNeedsAJustifiedOverride();
    void modelOwnerIsRefused();
    void driftBreachRecordsAHotfixRequest();
    void passingBundlePasses();

private:
    RiskReviewWidget* review(const QString& model, const QString& version);
    QPushButton* button(const char* name) const {
        return m_pane->findChild<QPushButton*>(QLatin1String(name));
    }
    QJsonObject lastRecord() const;
    int envelopes(const QString& model, const QString& version) const;
    // With COUNTERSIGN_SCREENSHOTS=DIR: the window at 1280x800 and 900x600, light and dark
    // (Fusion with a dark palette); the charts are rebuilt for each palette.
    void screenshots(const QString& name);

    test::TempDir m_dir;
    QString m_root;
    // Inside the change window of the November bundles (created 2026-11-03 02:00-04:00Z).
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RiskPane* m_pane = nullptr;
};

void TestRiskPaneDemo::initTestCase() {
    // Never the tester's own keys: the default key location points into this test's folder,
    // so the pane offers the demo workspace's keys/<id>.key.pem.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    m_root = m_dir.filePath(QStringLiteral("demo"));
    DemoOptions options;
    options.dir = m_root;
    options.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
    const Status made = DemoWorkspace::create(options);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    DialogHooks::setSuppressInformation(true);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->services().clock = &m_clock;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(m_window->openWorkspace(m_root));
    m_pane = m_window->findChild<RiskPane*>(QStringLiteral("riskPane"));
    QVERIFY(m_pane);
    QVERIFY(m_window->signIn(QStringLiteral("r.ahmed"),
                             test::demoPassphrase(QStringLiteral("r.ahmed")),
                             test::demoKeyFile(m_root, QStringLiteral("r.ahmed"))));
    QVERIFY(m_window->services().audit);  // made by the first sign-in
    QCOMPARE(m_window->panes()->currentWidget(), m_pane);
}

void TestRiskPaneDemo::cleanupTestCase() {
    SigningDialog::clearNextAnswer();
    m_window.reset();
}

RiskReviewWidget* TestRiskPaneDemo::review(const QString& model, const QString& version) {
    if (!m_window->navigator()->select(model, version))
        return nullptr;
    RiskReviewWidget* w = m_pane->review();
    if (!w->isVisible())
        return nullptr;
    // The gates run off the GUI thread; wait for this bundle's results.
    const BundleEntry* entry = m_window->workspace()->findEntry(model + QLatin1Char('@') + version);
    if (!entry || !entry->bundle)
        return nullptr;
    for (int i = 0; i < 600 && (w->isRunning() || !w->biasRun() || !w->driftRun()); ++i)
        QTest::qWait(50);
    if (w->isRunning() || !w->biasRun() ||
        w->biasRun()->result.bundleDigest != entry->bundle->digest)
        return nullptr;
    return w;
}

QJsonObject TestRiskPaneDemo::lastRecord() const {
    AuditStore* store = m_window->services().audit;
    auto rec = store->record(store->size() - 1);
    return rec ? QJsonDocument::fromJson(rec->bytes).object() : QJsonObject{};
}

int TestRiskPaneDemo::envelopes(const QString& model, const QString& version) const {
    const QDir approvals(QDir(m_root).filePath(
        QStringLiteral("artifacts/models/%1/%2/approvals").arg(model, version)));
    return int(approvals.entryList({QStringLiteral("risk*.dsse.json")}, QDir::Files).size());
}

void TestRiskPaneDemo::screenshots(const QString& name) {
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    const QPalette light = QApplication::palette();
    for (bool dark : {false, true}) {
        QPalette p = light;
        if (dark) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            p = QPalette(QColor(0x35, 0x37, 0x3b), QColor(0x25, 0x27, 0x2a));
            p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
            p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x30));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        }
        QApplication::setPalette(p);
        RiskReviewWidget* w = m_pane->review();
        for (const QSize& size : {QSize(1280, 800), QSize(900, 600)}) {
            m_window->resize(size);
            QSignalSpy done(w, &RiskReviewWidget::gatesFinished);
            w->setBundle(*m_pane->context().bundle, m_window->workspace()->controls());
            QVERIFY(done.wait(30000));
            QTest::qWait(100);
            m_window->grab().save(
                QStringLiteral("%1/%2-%3x%4-%5.png")
                    .arg(dir, name)
                    .arg(size.width())
                    .arg(size.height())
                    .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
            w->grab().save(QStringLiteral("%1/%2-review-%3x%4-%5.png")
                               .arg(dir, name)
                               .arg(size.width())
                               .arg(size.height())
                               .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
    }
    QApplication::setPalette(light);
    m_window->resize(1280, 800);
}

void TestRiskPaneDemo::biasFailureNeedsAJustifiedOverride() {
    const QString model = QStringLiteral("remittance-scoring"),
                  version = QStringLiteral("2026.11.0");
    RiskReviewWidget* w = review(model, version);
    QVERIFY(w);
    QCOMPARE(w->biasRun()->result.status, Verdict::Fail);
    QVERIFY(w->biasRun()->report);
    const BiasAttribute* gender = nullptr;
    for (const BiasAttribute& a : w->biasRun()->report->attributes)
        if (a.name == QLatin1String("gender"))
            gender = &a;
    QVERIFY(gender && gender->gap);
    QVERIFY2(*gender->gap > 0.03 && *gender->gap < 0.04, qPrintable(QString::number(*gender->gap)));
    QCOMPARE(gender->status, Verdict::Fail);
    auto* chart = m_pane->findChild<QChartView*>(QStringLiteral("biasChart_gender"));
    QVERIFY(chart && chart->chart()->title().contains(QStringLiteral("gap 3.")));
    // The owner's reported figures stay beside the recomputed ones, labelled as claims.
    QVERIFY(m_pane->findChild<QWidget*>(QStringLiteral("reportedMetrics")));
    screenshots(QStringLiteral("bias"));
    const int before = envelopes(model, version);

    // A plain sign-off: refused by the release desk, named and recorded.
    auto* edit = m_pane->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit"));
    edit->clear();
    QVERIFY(button("signOffButton")->isEnabled());
    button("signOffButton")->click();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QVERIFY2(w->lastMessage().contains(QStringLiteral("bias gate failed")),
             qPrintable(w->lastMessage()));
    QJsonObject rec = lastRecord();
    QCOMPARE(rec.value(QStringLiteral("action")).toString(), QStringLiteral("signoff.refused"));
    QVERIFY(QJsonDocument(rec).toJson().contains("gate.bias.failed"));

    // An override without a justification: refused.
    QVERIFY(button("overrideButton")->isEnabled());
    button("overrideButton")->click();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QVERIFY2(w->lastMessage().contains(QStringLiteral("justification")),
             qPrintable(w->lastMessage()));
    QVERIFY(QJsonDocument(lastRecord()).toJson().contains("decision.justification"));
    QCOMPARE(envelopes(model, version), before);

    // With a justification: signed through the signing dialog, recorded, written.
    edit->setPlainText(QStringLiteral("Gap within tolerance agreed with Compliance (RC-118)."));
    SigningDialog::setNextAnswer(DemoWorkspace::passphraseFor(QStringLiteral("r.ahmed")),
                                 QDir(m_root).filePath(QStringLiteral("keys/r.ahmed.key.pem")));
    QSignalSpy signedOff(w, &RiskReviewWidget::signedOff);
    button("overrideButton")->click();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QTRY_COMPARE_WITH_TIMEOUT(signedOff.count(), 1, 30000);
    QCOMPARE(signedOff.at(0).at(0).toString(), QStringLiteral("override"));
    QVERIFY2(w->lastMessage().contains(QStringLiteral("override")), qPrintable(w->lastMessage()));
    QCOMPARE(envelopes(model, version), before + 1);
    const qint64 seq = signedOff.at(0).at(1).toLongLong();
    auto signedRec = m_window->services().audit->record(seq);
    QVERIFY(signedRec);
    const QJsonObject signedJson = QJsonDocument::fromJson(signedRec->bytes).object();
    QCOMPARE(signedJson.value(QStringLiteral("action")).toString(),
             QStringLiteral("signoff.recorded"));
    QCOMPARE(signedJson.value(QStringLiteral("actor")).toString(), QStringLiteral("r.ahmed"));
    QVERIFY(signedJson.value(QStringLiteral("payload"))
                .toObject()
                .contains(QStringLiteral("envelope")));
}

void TestRiskPaneDemo::modelOwnerIsRefused() {
    const QString model = QStringLiteral("remittance-scoring"),
                  version = QStringLiteral("2026.11.0");
    QVERIFY(m_window->signIn(QStringLiteral("a.okafor"),
                             test::demoPassphrase(QStringLiteral("a.okafor")),
                             test::demoKeyFile(m_root, QStringLiteral("a.okafor"))));
    m_window->panes()->setCurrentWidget(m_pane);
    RiskReviewWidget* w = review(model, version);
    QVERIFY(w);
    const int before = envelopes(model, version);
    m_pane->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit"))
        ->setPlainText(QStringLiteral("I trained it, it is fine."));
    SigningDialog::setNextAnswer(DemoWorkspace::passphraseFor(QStringLiteral("a.okafor")),
                                 QDir(m_root).filePath(QStringLiteral("keys/a.okafor.key.pem")));
    button("overrideButton")->click();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    SigningDialog::clearNextAnswer();
    QVERIFY2(w->lastMessage().contains(QStringLiteral("model owner")),
             qPrintable(w->lastMessage()));
    const QByteArray rec = QJsonDocument(lastRecord()).toJson();
    QVERIFY(rec.contains("signoff.refused"));
    QVERIFY(rec.contains("sod.owner"));
    QCOMPARE(envelopes(model, version), before);
    QVERIFY(m_window->signIn(QStringLiteral("r.ahmed"),
                             test::demoPassphrase(QStringLiteral("r.ahmed")),
                             test::demoKeyFile(m_root, QStringLiteral("r.ahmed"))));
}

void TestRiskPaneDemo::driftBreachRecordsAHotfixRequest() {
    m_window->panes()->setCurrentWidget(m_pane);
    RiskReviewWidget* w = review(QStringLiteral("device-risk"), QStringLiteral("2026.11.0"));
    QVERIFY(w);
    QCOMPARE(w->driftRun()->result.status, Verdict::Fail);
    const FeatureDrift* amount = w->driftRun()->report->feature(QStringLiteral("amount"));
    QVERIFY(amount && amount->psi);
    QVERIFY2(*amount->psi > 0.3 && *amount->psi < 0.45, qPrintable(QString::number(*amount->psi)));
    QCOMPARE(amount->status, Verdict::Fail);
    QVERIFY(m_pane->findChild<QChartView*>(QStringLiteral("psiChart"))->chart());
    screenshots(QStringLiteral("drift"));
    QVERIFY2(button("hotfixButton")->isEnabled(), qPrintable(button("hotfixButton")->toolTip()));
    // The request is signed with the Risk Officer's key (the step "hotfix"), and recorded.
    SigningDialog::setNextAnswer(DemoWorkspace::passphraseFor(QStringLiteral("r.ahmed")),
                                 QDir(m_root).filePath(QStringLiteral("keys/r.ahmed.key.pem")));
    QSignalSpy requested(w, &RiskReviewWidget::hotfixRequested);
    button("hotfixButton")->click();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 30000);
    const QJsonObject rec = lastRecord();
    QCOMPARE(rec.value(QStringLiteral("action")).toString(), QStringLiteral("signoff.recorded"));
    QCOMPARE(rec.value(QStringLiteral("subject")).toString(),
             QStringLiteral("device-risk@2026.11.0"));
    QCOMPARE(
        rec.value(QStringLiteral("payload")).toObject().value(QStringLiteral("step")).toString(),
        QStringLiteral("hotfix"));
    QCOMPARE(rec.value(QStringLiteral("role")).toString(), QStringLiteral("risk_officer"));
    auto bundle = m_window->workspace()->findBundle(QStringLiteral("device-risk@2026.11.0"));
    QVERIFY(bundle);
    const ReleaseDesk desk(*m_window->workspace(), m_window->services().audit, m_clock);
    const ChangeRequest cr = desk.changeRequest(bundle.value());
    QCOMPARE(cr.kind, ChangeKind::Hotfix);
    QVERIFY2(cr.hotfixReason.contains(QStringLiteral("amount")), qPrintable(cr.hotfixReason));

    // Only the roles of a hotfix by hand may ask: not a Security Engineer.
    QVERIFY(m_window->signIn(QStringLiteral("s.lindqvist"),
                             test::demoPassphrase(QStringLiteral("s.lindqvist")),
                             test::demoKeyFile(m_root, QStringLiteral("s.lindqvist"))));
    m_window->panes()->setCurrentWidget(m_pane);  // sign-in opens the Security pane
    w = review(QStringLiteral("device-risk"), QStringLiteral("2026.11.0"));
    QVERIFY(w);
    QVERIFY(!button("hotfixButton")->isEnabled());
    QVERIFY2(button("hotfixButton")->toolTip().contains(QStringLiteral("Risk Officer")),
             qPrintable(button("hotfixButton")->toolTip()));
    QVERIFY(m_window->signIn(QStringLiteral("r.ahmed"),
                             test::demoPassphrase(QStringLiteral("r.ahmed")),
                             test::demoKeyFile(m_root, QStringLiteral("r.ahmed"))));
}

void TestRiskPaneDemo::passingBundlePasses() {
    m_window->panes()->setCurrentWidget(m_pane);
    RiskReviewWidget* w = review(QStringLiteral("fraud-detection"), QStringLiteral("2026.11.0"));
    QVERIFY(w);
    QCOMPARE(w->biasRun()->result.status, Verdict::Pass);
    QVERIFY(w->driftRun()->result.status == Verdict::Pass ||
            w->driftRun()->result.status == Verdict::Warning);
    QVERIFY(!button("hotfixButton")->isEnabled());
    QVERIFY(button("signOffButton")->isEnabled());
}

QTEST_MAIN(TestRiskPaneDemo)
#include "TestRiskPaneDemo.moc"
