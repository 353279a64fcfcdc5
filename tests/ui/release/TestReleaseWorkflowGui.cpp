// The runbook end to end through the real main window on the demo workspace: the pipeline's
// gates, the risk and security sign-offs, the dual approval with the refusals on the way,
// the release attestation received by a deployment webhook, `release verify` accepting it,
// the hotfix lane that needs Risk & Compliance, and a hotfix opened from a drift breach.
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QtTest>

#include "DemoKeys.h"
#include "LocalHttpServer.h"
#include "SignOffWait.h"
#include "TempDir.h"
#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "demo/DemoWorkspace.h"
#include "release/ReleaseAttestation.h"
#include "release/ReleaseDesk.h"
#include "ui/Settings.h"
#include "ui/navigator/Navigator.h"
#include "ui/release/CalendarPanel.h"
#include "ui/release/JustificationPrompt.h"
#include "ui/release/ReleaseBoard.h"
#include "ui/release/ReleaseBoardModel.h"
#include "ui/release/ReleasePane.h"
#include "ui/release/RequestPanel.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/widgets/VerdictBadge.h"
#include "ui/window/BundleHeader.h"
#include "ui/window/MainWindow.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

namespace {

// Inside fraud-detection 2026.11.0's change window (uploaded 2026-11-03 02:00Z, 24 h) and
// inside the calendar's evaluation window (retraining Tuesday 3 Nov, 00:00 AEST = 14:00Z Mon).
QDateTime insideWindow() {
    return QDateTime(QDate(2026, 11, 3), QTime(3, 0), QTimeZone::utc());
}

struct CliRun {
    int code = -1;
    QString output;
};

}  // namespace

class TestReleaseWorkflowGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void calendarShowsFreezeInBothZones();
    void requestIsReadOnThePool();
    void happyPathWithDualApproval();
    void hotfixLaneNeedsRiskAndCompliance();
    void hotfixFromDriftBreach();
    void approvalAfterTheWindowIsRefused();

private:
    CliRun cli(const QStringList& args);
    void runGates(const QString& bundleId);
    void select(const QString& model, const QString& version);
    // Signs in and presses a button of the request panel; the passphrase answers the dialog.
    void press(const QString& operatorId, QPushButton* button, bool answer = true);
    QString state(const QString& bundleId) const;
    QString text(const char* objectName) const;
    // With COUNTERSIGN_SCREENSHOT_DIR set, saves the window at 1280x800 and 900x600.
    void screenshot(const QString& name);

    test::TempDir m_dir;
    QString m_root;
    FixedClock m_clock{insideWindow()};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::LocalHttpServer> m_hook;
    ReleasePane* m_pane = nullptr;
    RequestPanel* m_request = nullptr;
};

void TestReleaseWorkflowGui::initTestCase() {
    m_root = m_dir.filePath(QStringLiteral("demo"));
    DemoOptions options;
    options.dir = m_root;
    options.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
    const Status made = DemoWorkspace::create(options);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    // The demo is a training workspace, whose evidence release verify refuses: this walk-through
    // checks the production path, so the copy here is declared production.
    {
        QFile f(Workspace::controlsPath(m_root));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject controls = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        controls.insert(QStringLiteral("training"), false);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(controls).toJson());
    }
    DialogHooks::setSuppressInformation(true);
    m_hook = std::make_unique<test::LocalHttpServer>(QList<int>{200});
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setDeploymentWebhook(m_hook->url().toString());
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->services().clock = &m_clock;
    m_window->resize(1280, 800);
    m_window->show();
    // The demo's store, as the ml-guardrails job's first run makes it (the console makes none
    // by looking).
    {
        const QString store = AuditStore::defaultStorePath(m_root);
        QVERIFY(AuditStore::open(store, AuditStore::defaultKeyPath(store), m_clock).ok());
    }
    QVERIFY(m_window->openWorkspace(m_root));
    QVERIFY(m_window->services().audit);
    m_pane = m_window->findChild<ReleasePane*>(QStringLiteral("releasePane"));
    QVERIFY(m_pane);
    m_request = m_pane->request();
    m_window->panes()->setCurrentWidget(m_pane);
}

void TestReleaseWorkflowGui::cleanupTestCase() {
    m_window.reset();
}

CliRun TestReleaseWorkflowGui::cli(const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The pipeline's process runs on the console's test clock: libfaketime (Debian's faketime,
    // packaging/install-deps.sh) stops the child's system clock at the test clock's instant.
    // The store refuses an append earlier than its last record, so the two processes must
    // agree on the time, as they do in production where both read the system clock.
    const QString faketime = QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");
    if (!QFileInfo::exists(faketime))
        qWarning("%s is missing: install faketime (packaging/install-deps.sh)",
                 qPrintable(faketime));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), faketime);
    env.insert(QStringLiteral("FAKETIME"),
               m_clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QDir(qEnvironmentVariable("COUNTERSIGN_BIN_DIR"))
                .filePath(QStringLiteral("countersign-cli")),
            QStringList{QStringLiteral("--workspace"), m_root} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

void TestReleaseWorkflowGui::runGates(const QString& bundleId) {
    const QString pass = m_dir.filePath(QStringLiteral("ci.pass"));
    QFile f(pass);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(DemoWorkspace::passphraseFor(QStringLiteral("ci.guardrails")).toUtf8());
    f.close();
    const CliRun r = cli({QStringLiteral("gates"), bundleId, QStringLiteral("--report"),
                          m_dir.filePath(QStringLiteral("report.json")), QStringLiteral("--key"),
                          QDir(m_root).filePath(QStringLiteral("keys/ci.guardrails.key.pem")),
                          QStringLiteral("--passphrase-file"), pass});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.output));
}

void TestReleaseWorkflowGui::select(const QString& model, const QString& version) {
    QVERIFY(m_window->navigator()->select(model, version));
    m_window->panes()->setCurrentWidget(m_pane);
    QTRY_VERIFY(!m_pane->isLoading());  // the request is read on the pool
}

void TestReleaseWorkflowGui::press(const QString& operatorId, QPushButton* button, bool answer) {
    QVERIFY(m_window->signIn(operatorId, test::demoPassphrase(operatorId),
                             test::demoKeyFile(m_root, operatorId)));
    m_window->panes()->setCurrentWidget(m_pane);
    QTRY_VERIFY(!m_pane->isLoading());
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    if (answer)
        SigningDialog::setNextAnswer(DemoWorkspace::passphraseFor(operatorId));
    button->click();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    SigningDialog::clearNextAnswer();
    QCoreApplication::processEvents();  // the queued refresh of the header and the panes
    QTRY_VERIFY(!m_pane->isLoading());  // and the request read again
}

QString TestReleaseWorkflowGui::state(const QString& bundleId) const {
    const ReleaseBoardModel* model = m_pane->board()->model();
    const int row = model->rowOf(bundleId);
    return row < 0 ? QString() : model->rows().at(row).state;
}

QString TestReleaseWorkflowGui::text(const char* objectName) const {
    auto* l = m_window->findChild<QLabel*>(QLatin1String(objectName));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

void TestReleaseWorkflowGui::screenshot(const QString& name) {
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QSize before = m_window->size();
    for (const QSize& size : {QSize(1280, 800), QSize(900, 600)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        m_window->grab().save(QDir(dir).filePath(
            QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height())));
    }
    // The request's details, below the fold included.
    if (QWidget* content = m_pane->findChild<QWidget*>(QStringLiteral("releaseDetails")))
        content->grab().save(QDir(dir).filePath(name + QStringLiteral("-pane.png")));
    m_window->resize(before);
}

void TestReleaseWorkflowGui::calendarShowsFreezeInBothZones() {
    CalendarPanel* calendar = m_pane->calendar();
    calendar->setLocalZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc()));
    // A hotfix has no cycle of its own: the panel shows the next one. (A scheduled bundle shows
    // its own cycle, below.)
    select(QStringLiteral("remittance-scoring"), QStringLiteral("2026.11.1"));
    QVERIFY2(text("calendarRetraining").contains(QStringLiteral("December")) ||
                 text("calendarRetraining").contains(QStringLiteral("12")),
             qPrintable(text("calendarRetraining")));
    // Next retraining Tue 1 Dec 2026; freeze Fri 27 Nov 18:00 AEST = 08:00Z = 09:00 CET.
    QVERIFY2(text("calendarFreeze").contains(QStringLiteral("18:00 AEST")),
             qPrintable(text("calendarFreeze")));
    QVERIFY2(text("calendarFreeze").contains(QStringLiteral("27")),
             qPrintable(text("calendarFreeze")));
    QVERIFY2(text("calendarFreezeLocal").contains(QStringLiteral("09:00")),
             qPrintable(text("calendarFreezeLocal")));
    // Sydney is on daylight saving time in November: 18:00 AEST is 19:00 AEDT there.
    auto* warning = m_window->findChild<QLabel*>(QStringLiteral("calendarSydneyWarning"));
    QVERIFY(warning && !warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("19:00")), qPrintable(warning->text()));
    QVERIFY2(text("calendarWindowState").contains(QStringLiteral("outside")),
             qPrintable(text("calendarWindowState")));
    m_clock.set(insideWindow());
    select(QStringLiteral("fraud-detection"), QStringLiteral("2026.10.0"));
    select(QStringLiteral("fraud-detection"), QStringLiteral("2026.11.0"));
    QVERIFY2(text("calendarWindowState").contains(QStringLiteral("inside")),
             qPrintable(text("calendarWindowState")));
    // One window for the bundle: the calendar panel and the change request count down to the
    // same close (3 Nov 14:00Z, 11 h from 03:00Z).
    QTRY_VERIFY(!m_pane->isLoading());
    QVERIFY2(text("calendarWindowState").contains(QStringLiteral("closes in 11 h 0 min")),
             qPrintable(text("calendarWindowState")));
    QVERIFY2(text("requestWindow").contains(QStringLiteral("closes in 11 h 0 min")),
             qPrintable(text("requestWindow")));
    // The October bundle shows its own (closed) cycle, not the next one.
    select(QStringLiteral("fraud-detection"), QStringLiteral("2026.10.0"));
    QVERIFY2(text("calendarWindowState").contains(QStringLiteral("closed")),
             qPrintable(text("calendarWindowState")));
    select(QStringLiteral("fraud-detection"), QStringLiteral("2026.11.0"));
    screenshot(QStringLiteral("release-uploaded"));
    calendar->setLocalZone(QTimeZone::systemTimeZone());
}

// Choosing a bundle returns before its change request is read from the store (a scan of
// every record): the panel says it is reading, offers no action, then shows the request.
void TestReleaseWorkflowGui::requestIsReadOnThePool() {
    select(QStringLiteral("fraud-detection"), QStringLiteral("2026.10.0"));
    QVERIFY(m_window->signIn(QStringLiteral("o.tanaka"),
                             test::demoPassphrase(QStringLiteral("o.tanaka")),
                             test::demoKeyFile(m_root, QStringLiteral("o.tanaka"))));
    QVERIFY(m_window->navigator()->select(QStringLiteral("fraud-detection"),
                                          QStringLiteral("2026.11.0")));
    QVERIFY(m_pane->isLoading());
    QVERIFY2(text("requestTitle").contains(QStringLiteral("Reading the change request")),
             qPrintable(text("requestTitle")));
    QVERIFY(!m_request->approveButton()->isEnabled());
    QTRY_VERIFY(!m_pane->isLoading());
    QVERIFY2(text("requestTitle").contains(QStringLiteral("CR-fraud-detection-2026.11.0")),
             qPrintable(text("requestTitle")));
}

void TestReleaseWorkflowGui::happyPathWithDualApproval() {
    const QString id = QStringLiteral("fraud-detection@2026.11.0");
    select(QStringLiteral("fraud-detection"), QStringLiteral("2026.11.0"));
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::Uploaded));

    // The ml-guardrails job (the CLI, another process): the console picks its records up.
    runGates(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), changeStateLabel(ChangeState::RiskReview), 10000);
    BundleHeader* header = m_window->header();
    for (const QString& gate : BundleHeader::gateIds())
        QTRY_VERIFY2(header->badge(gate)->verdict() == Verdict::Pass, qPrintable(gate));
    QTRY_VERIFY2(text("bundleState").contains(changeStateLabel(ChangeState::RiskReview)),
                 qPrintable(text("bundleState")));

    // The model owner is refused, by name, and the refusal is recorded.
    press(QStringLiteral("a.okafor"), m_request->approveButton(), false);
    QVERIFY2(text("refusalReasons").contains(QStringLiteral("model owner")),
             qPrintable(text("refusalReasons")));
    auto records = WorkflowAudit::records(*m_window->services().audit, id);
    QVERIFY(records);
    QCOMPARE(records->last().action, AuditActions::signOffRefused.id());

    press(QStringLiteral("r.ahmed"), m_request->approveButton());
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::SecurityReview));
    QTRY_VERIFY2(text("bundleState").contains(changeStateLabel(ChangeState::SecurityReview)),
                 qPrintable(text("bundleState")));
    press(QStringLiteral("a.okafor"), m_request->approveButton(), false);
    QVERIFY(text("refusalReasons").contains(QStringLiteral("model owner")));

    press(QStringLiteral("s.lindqvist"), m_request->approveButton());
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::OpsApproval));
    press(QStringLiteral("a.okafor"), m_request->approveButton(), false);
    QVERIFY(text("refusalReasons").contains(QStringLiteral("model owner")));

    // (An approval after the change window: approvalAfterTheWindowIsRefused, last, since the
    // store's times never go backwards.)
    m_clock.set(insideWindow().addSecs(1800));

    press(QStringLiteral("o.tanaka"), m_request->approveButton());
    screenshot(QStringLiteral("release-one-approval"));
    QVERIFY2(text("dualApprovalProgress").contains(QStringLiteral("1 of 2")),
             qPrintable(text("dualApprovalProgress")));
    QVERIFY(text("dualApprovalProgress").contains(QStringLiteral("o.tanaka")));
    // One person cannot approve twice.
    press(QStringLiteral("o.tanaka"), m_request->approveButton(), false);
    QVERIFY2(text("refusalReasons").contains(QStringLiteral("two different people")),
             qPrintable(text("refusalReasons")));
    press(QStringLiteral("a.okafor"), m_request->approveButton(), false);
    QVERIFY(text("refusalReasons").contains(QStringLiteral("model owner")));
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::OpsApproval));

    press(QStringLiteral("o.mendes"), m_request->approveButton());
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::ApprovedForDeployment));
    QVERIFY2(text("dualApprovalProgress").contains(QStringLiteral("2 of 2")),
             qPrintable(text("dualApprovalProgress")));
    QVERIFY(text("dualApprovalProgress").contains(QStringLiteral("o.mendes")));
    QTRY_VERIFY(text("bundleState").contains(changeStateLabel(ChangeState::ApprovedForDeployment)));

    // The attestation is written and the webhook receives it; the outcome is recorded.
    const Bundle bundle = m_window->workspace()->findBundle(id).value();
    QVERIFY(QFile::exists(ReleaseAttestation::pathIn(bundle.dir)));
    QTRY_COMPARE_WITH_TIMEOUT(m_hook->bodies.size(), 1, 10000);
    QFile att(ReleaseAttestation::pathIn(bundle.dir));
    QVERIFY(att.open(QIODevice::ReadOnly));
    QCOMPARE(m_hook->bodies.front(), att.readAll());
    QTRY_VERIFY2(text("webhookState").contains(QStringLiteral("delivered")),
                 qPrintable(text("webhookState")));
    QVERIFY(text("attestationState").contains(QStringLiteral("release-attestation.dsse.json")));
    screenshot(QStringLiteral("release-approved"));

    // The deployment pipeline's check accepts it.
    const CliRun verify = cli({QStringLiteral("release"), QStringLiteral("verify"), id});
    QVERIFY2(verify.code == 0, qPrintable(verify.output));
    QVERIFY(verify.output.contains(QStringLiteral("o.tanaka/ops_lead + o.mendes/ops_lead")));
    // The attestation's checkpoint is one of the store's witnesses: `audit verify` checks one
    // more with it than without it.
    const auto witnesses = [&] {
        const CliRun v = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("(\\d+) witnesses from outside")).match(v.output);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const int withAttestation = witnesses();
    QVERIFY(withAttestation > 0);
    const QString attestation = ReleaseAttestation::pathIn(bundle.dir);
    QVERIFY(QFile::rename(attestation, attestation + QStringLiteral(".away")));
    QCOMPARE(witnesses(), withAttestation - 1);
    QVERIFY(QFile::rename(attestation + QStringLiteral(".away"), attestation));

    // Deployed: the Ops Lead's signed deployment (the step "deploy"), and the request is closed.
    press(QStringLiteral("o.tanaka"), m_request->deployedButton());
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::Deployed));
    QVERIFY(!m_request->approveButton()->isEnabled());

    // Rollback to the last known good (2026.9.0): an Ops Lead's signed, recorded action.
    QVERIFY(m_window->signIn(QStringLiteral("a.okafor"),
                             test::demoPassphrase(QStringLiteral("a.okafor")),
                             test::demoKeyFile(m_root, QStringLiteral("a.okafor"))));
    QVERIFY(!m_request->rollbackButton()->isEnabled());
    JustificationPrompt::setNextAnswer(QStringLiteral("false positives doubled after the switch"));
    press(QStringLiteral("o.mendes"), m_request->rollbackButton());
    QTRY_VERIFY2(state(id) == changeStateLabel(ChangeState::RolledBack),
                 qPrintable(text("refusalReasons")));
    QVERIFY2(text("attestationState").contains(QStringLiteral("Rolled back to 2026.9.0")),
             qPrintable(text("attestationState")));
    QVERIFY(!m_request->rollbackButton()->isEnabled());
    records = WorkflowAudit::records(*m_window->services().audit, id);
    QVERIFY(records);
    QCOMPARE(records->last().action, AuditActions::releaseRolledBack.id());
    QCOMPARE(records->last().actor, QStringLiteral("o.mendes"));
    const CliRun after = cli({QStringLiteral("release"), QStringLiteral("verify"), id});
    QCOMPARE(after.code, 1);
    QVERIFY2(after.output.contains(QStringLiteral("rolled back")), qPrintable(after.output));
}

void TestReleaseWorkflowGui::hotfixLaneNeedsRiskAndCompliance() {
    // fraud-detection 2026.10.0: uploaded in October, so only the hotfix lane may approve now.
    const QString id = QStringLiteral("fraud-detection@2026.10.0");
    runGates(id);
    select(QStringLiteral("fraud-detection"), QStringLiteral("2026.10.0"));
    QTRY_COMPARE_WITH_TIMEOUT(state(id), changeStateLabel(ChangeState::RiskReview), 10000);
    press(QStringLiteral("r.ahmed"), m_request->approveButton(), false);
    QVERIFY2(text("refusalReasons").contains(QStringLiteral("change window closed")),
             qPrintable(text("refusalReasons")));

    // Only an Ops Lead or a Risk Officer opens the hotfix lane by hand.
    QVERIFY(m_window->signIn(QStringLiteral("s.lindqvist"),
                             test::demoPassphrase(QStringLiteral("s.lindqvist")),
                             test::demoKeyFile(m_root, QStringLiteral("s.lindqvist"))));
    QVERIFY(!m_request->hotfixButton()->isEnabled());
    QVERIFY2(m_request->hotfixButton()->toolTip().contains(QStringLiteral("Ops Lead")),
             qPrintable(m_request->hotfixButton()->toolTip()));
    JustificationPrompt::setNextAnswer(QStringLiteral("fraud ring pattern missed in production"));
    press(QStringLiteral("o.tanaka"), m_request->hotfixButton());  // signed by the Ops Lead
    QVERIFY2(text("requestTitle").contains(changeKindLabel(ChangeKind::Hotfix)),
             qPrintable(text("requestTitle")));

    press(QStringLiteral("r.ahmed"), m_request->approveButton());
    press(QStringLiteral("s.lindqvist"), m_request->approveButton());
    press(QStringLiteral("o.tanaka"), m_request->approveButton());
    press(QStringLiteral("o.mendes"), m_request->approveButton());
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::ComplianceApproval));
    QVERIFY2(text("requestBlockers").contains(QStringLiteral("Risk & Compliance")),
             qPrintable(text("requestBlockers")));
    const CliRun notYet = cli({QStringLiteral("release"), QStringLiteral("verify"), id});
    QCOMPARE(notYet.code, 1);
    QVERIFY2(notYet.output.contains(QStringLiteral("Risk & Compliance")),
             qPrintable(notYet.output));

    // This time the deployment webhook refuses the first delivery (404: not retried).
    test::LocalHttpServer flaky({404, 200});
    m_settings->setDeploymentWebhook(flaky.url().toString());
    press(QStringLiteral("c.novak"), m_request->approveButton());
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::ApprovedForDeployment));
    const CliRun verify = cli({QStringLiteral("release"), QStringLiteral("verify"), id});
    QVERIFY2(verify.code == 0, qPrintable(verify.output));
    QTRY_VERIFY2_WITH_TIMEOUT(text("webhookState").contains(QStringLiteral("failed")),
                              qPrintable(text("webhookState")), 10000);
    QCOMPARE(flaky.bodies.size(), 1);

    // Resend: an Ops Lead's action, delivered now, recorded like the first delivery.
    QVERIFY(m_window->signIn(QStringLiteral("c.novak"),
                             test::demoPassphrase(QStringLiteral("c.novak")),
                             test::demoKeyFile(m_root, QStringLiteral("c.novak"))));
    QVERIFY(!m_request->resendWebhookButton()->isEnabled());
    press(QStringLiteral("o.tanaka"), m_request->resendWebhookButton(), false);
    QTRY_COMPARE_WITH_TIMEOUT(flaky.bodies.size(), 2, 10000);
    QCOMPARE(flaky.bodies.at(1), flaky.bodies.at(0));
    const Bundle bundle = m_window->workspace()->findBundle(id).value();
    QFile att(ReleaseAttestation::pathIn(bundle.dir));
    QVERIFY(att.open(QIODevice::ReadOnly));
    QCOMPARE(flaky.bodies.at(1), att.readAll());
    QTRY_VERIFY2_WITH_TIMEOUT(text("webhookState").contains(QStringLiteral("delivered")),
                              qPrintable(text("webhookState")), 10000);
    QVERIFY(!m_request->resendWebhookButton()->isEnabled());
    const auto records = WorkflowAudit::records(*m_window->services().audit, id);
    QVERIFY(records);
    QList<WorkflowRecord> hooks;
    for (const WorkflowRecord& r : records.value())
        if (r.action == AuditActions::releaseWebhook.id())
            hooks.append(r);
    QCOMPARE(hooks.size(), 2);
    QCOMPARE(hooks.at(0).payload.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(hooks.at(0).payload.value(QStringLiteral("http_status")).toInt(), 404);
    QCOMPARE(hooks.at(1).payload.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("delivered"));
    QCOMPARE(hooks.at(1).actor, QStringLiteral("o.tanaka"));
    QCOMPARE(hooks.at(1).payload.value(QStringLiteral("resent_by")).toString(),
             QStringLiteral("o.tanaka"));
    // Nothing failed any more: core refuses another resend.
    const ReleaseDesk desk(*m_window->workspace(), m_window->services().audit, m_clock);
    QVERIFY(!desk.webhookResend(bundle));
    m_settings->setDeploymentWebhook(m_hook->url().toString());
}

void TestReleaseWorkflowGui::hotfixFromDriftBreach() {
    const QString id = QStringLiteral("device-risk@2026.11.0");
    runGates(id);
    select(QStringLiteral("device-risk"), QStringLiteral("2026.11.0"));
    QTRY_COMPARE_WITH_TIMEOUT(state(id), changeStateLabel(ChangeState::RiskReview), 10000);
    QTRY_VERIFY(m_window->header()->badge(QStringLiteral("drift"))->verdict() == Verdict::Fail);
    press(QStringLiteral("o.tanaka"), m_request->hotfixFromDriftButton());  // signed
    QVERIFY2(text("requestTitle").contains(changeKindLabel(ChangeKind::Hotfix)),
             qPrintable(text("requestTitle")));
    QVERIFY(!m_request->hotfixFromDriftButton()->isEnabled());
}

// Two days later the November window has closed: a scheduled request's approval is refused
// with the reason, and the refusal is recorded.
void TestReleaseWorkflowGui::approvalAfterTheWindowIsRefused() {
    m_clock.set(insideWindow().addDays(2));
    const QString id = QStringLiteral("remittance-scoring@2026.11.0");
    select(QStringLiteral("remittance-scoring"), QStringLiteral("2026.11.0"));
    runGates(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), changeStateLabel(ChangeState::RiskReview), 10000);
    press(QStringLiteral("r.ahmed"), m_request->approveButton(), false);
    QVERIFY2(text("refusalReasons").contains(QStringLiteral("change window closed")),
             qPrintable(text("refusalReasons")));
    QTRY_COMPARE(state(id), changeStateLabel(ChangeState::RiskReview));
    const auto records = WorkflowAudit::records(*m_window->services().audit, id);
    QVERIFY(records);
    QCOMPARE(records->last().action, AuditActions::signOffRefused.id());
}

QTEST_MAIN(TestReleaseWorkflowGui)
#include "TestReleaseWorkflowGui.moc"
