// Risk acceptance and the security sign-off through the real main window, on the demo
// workspace: remittance-scoring 2026.11.1 fails on the CRITICAL CVE-2023-45853; the Security
// Engineer accepts it (signed, recorded in the audit store) and the gate passes with it listed
// as accepted; the sign-off goes through the release desk (state, separation of duties, gate
// preconditions refuse with their reason); after the expiry the gate fails again.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

#include "DemoKeys.h"
#include "SignOffWait.h"
#include "TempDir.h"
#include "audit/AuditStore.h"
#include "release/ReleaseDesk.h"
#include "signoff/SignOffRecorder.h"
#include "signoff/SignOffSigner.h"
#include "ui/AppServices.h"
#include "ui/Settings.h"
#include "ui/navigator/Navigator.h"
#include "ui/release/JustificationPrompt.h"
#include "ui/security/FindingFilterModel.h"
#include "ui/security/FindingModel.h"
#include "ui/security/RiskAcceptanceDialog.h"
#include "ui/security/SecurityPane.h"
#include "ui/security/SecurityPaneView.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

namespace {

const QString kModel = QStringLiteral("remittance-scoring");
const QString kVersion = QStringLiteral("2026.11.1");
const QString kCve = QStringLiteral("CVE-2023-45853");

QDateTime utc(int y, int m, int d, int h = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

void screenshot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

QList<AuditRecord> recordsOf(AuditStore& store, const QString& action) {
    AuditFilter f;
    f.actionPrefix = action;
    auto r = store.records(f, 0, -1);
    return r ? r.value() : QList<AuditRecord>{};
}

}  // namespace

class TestSecurityAcceptance : public QObject {
    Q_OBJECT
    test::TempDir m_dir;
    QString m_root;
    FixedClock m_clock{utc(2026, 11, 10, 6)};  // 30 minutes after the hotfix bundle's upload

    QString key(const QString& op) const {
        return QDir(m_root).filePath(QStringLiteral("keys/%1.key.pem").arg(op));
    }

    // Selects the CVE in the findings view; false when it is not listed there.
    static bool selectFinding(SecurityPaneView* view, const QString& id) {
        QAbstractItemModel* m = view->findingsView()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, FindingModel::Id);
            if (i.data().toString() == id) {
                view->findingsView()->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }

    // A signed statement recorded as the flow records it, set up as a fixture past the
    // workflow's rules (no gate ran in this test).
    void recordSignOff(MainWindow& w, const QString& op, const QString& step, const QString& role,
                       const QString& justification = {}) {
        auto bundle = w.workspace()->findBundle(kModel + QLatin1Char('@') + kVersion);
        QVERIFY(bundle.ok());
        SignOffRequest request;
        request.operatorId = op;
        request.step = step;
        request.decision = QStringLiteral("approve");
        request.role = role;
        request.justification = justification;
        auto checkpoint = SignOffRecorder::currentCheckpoint(*w.services().audit);
        QVERIFY(checkpoint.ok());
        auto statement = SignOffSigner::statement(*bundle, w.workspace()->roster(), request,
                                                  checkpoint.value(), m_clock);
        QVERIFY(statement.ok());
        auto envelope = SignOffSigner::unlockAndSign(
            statement.value(), key(op), SecretBytes(test::demoPassphrase(op).toUtf8()));
        QVERIFY(envelope.ok());
        auto made = SignOffRecorder::record(*bundle, statement.value(), envelope.value(),
                                            *w.services().audit);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().toString()));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // no real key under ~/.config is offered
        m_root = m_dir.filePath(QStringLiteral("demo"));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QDir(qEnvironmentVariable("COUNTERSIGN_BIN_DIR"))
                      .filePath(QStringLiteral("countersign-cli")),
                  {QStringLiteral("demo"), QStringLiteral("init"), m_root, QStringLiteral("--at"),
                   QStringLiteral("2026-11-03T08:00:00Z")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        // R. Ahmed also holds the Security Engineer role here, to meet separation of duties.
        const QString rosterPath =
            QDir(m_root).filePath(QStringLiteral("config/ml/operators.json"));
        QFile f(rosterPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject roster = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray ops = roster.value(QStringLiteral("operators")).toArray();
        for (qsizetype i = 0; i < ops.size(); ++i) {
            QJsonObject o = ops.at(i).toObject();
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("r.ahmed")) {
                QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
                roles.append(QStringLiteral("security_engineer"));
                o.insert(QStringLiteral("roles"), roles);
                ops[i] = o;
            }
        }
        roster.insert(QStringLiteral("operators"), ops);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(roster).toJson());
        f.close();
        DialogHooks::setSuppressInformation(true);
    }

    void acceptSignOffAndExpire() {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(&settings);
        w.services().clock = &m_clock;
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openWorkspace(m_root));
        QVERIFY(w.signIn(QStringLiteral("s.lindqvist"),
                         test::demoPassphrase(QStringLiteral("s.lindqvist")),
                         test::demoKeyFile(m_root, QStringLiteral("s.lindqvist"))));
        QVERIFY(w.services().audit);  // made by the first sign-in
        auto* pane = w.findChild<SecurityPane*>(QStringLiteral("securityPane"));
        QCOMPARE(w.panes()->currentWidget(), pane);  // the Security Engineer's first pane
        QVERIFY(w.navigator()->select(kModel, kVersion));
        auto* view = w.findChild<SecurityPaneView*>(QStringLiteral("securityView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->securityResult().gate, QStringLiteral("security"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view->integrityResult().gate, QStringLiteral("integrity"), 10000);
        QCOMPARE(view->integrityResult().status, Verdict::Pass);
        QCOMPARE(view->securityResult().status, Verdict::Fail);
        QVERIFY(view->securityResult().summary.contains(kCve));
        QCOMPARE(view->acceptedModel()->rowCount(), 0);

        auto* approve = w.findChild<QPushButton*>(QStringLiteral("securitySignOffButton"));
        auto* note = w.findChild<QPlainTextEdit*>(QStringLiteral("securitySignOffNote"));
        QVERIFY(approve->isEnabled());
        // Before the Risk Officer signed, the security step is not open.
        approve->click();
        COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
        QVERIFY(hasCode(pane->lastRefusals(), QStringLiteral("state.order")));
        QVERIFY(note->toPlainText().startsWith(QStringLiteral("Refused:")));
        // The bundle asks for the hotfix lane; the Ops Lead's signed request opens it. Then the
        // Risk Officer's approval of the risk step (their sign-off is not this pane's).
        recordSignOff(w, QStringLiteral("o.tanaka"), QStringLiteral("hotfix"),
                      QStringLiteral("ops_lead"),
                      QStringLiteral("CRITICAL zlib CVE in production"));
        recordSignOff(w, QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                      QStringLiteral("risk_officer"));
        // Now the failed gate is the reason, named with its finding.
        approve->click();
        COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
        QVERIFY(hasCode(pane->lastRefusals(), QStringLiteral("gate.security.failed")));
        QVERIFY2(note->toPlainText().contains(kCve), qPrintable(note->toPlainText()));
        QCOMPARE(recordsOf(*w.services().audit, QStringLiteral("signoff.recorded")).size(), 2);

        // Accept risk: only with a finding selected.
        auto* accept = view->acceptRiskButton();
        QVERIFY(!accept->isEnabled());
        QVERIFY(selectFinding(view, kCve));
        QVERIFY(accept->isEnabled());
        // Cancelling records nothing.
        RiskAcceptanceDialog::setNextCancel();
        accept->click();
        COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
        QVERIFY(recordsOf(*w.services().audit, QStringLiteral("risk.accepted")).isEmpty());
        RiskAcceptanceDialog::setNextAnswer(
            QStringLiteral("minizip is not shipped in the scoring image; zlib upgrade scheduled"),
            QDate(2026, 11, 30));
        SigningDialog::setNextAnswer(QStringLiteral("demo-s.lindqvist"),
                                     key(QStringLiteral("s.lindqvist")));
        accept->click();
        COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
        const QList<AuditRecord> accepted =
            recordsOf(*w.services().audit, QStringLiteral("risk.accepted"));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.front().actor, QStringLiteral("s.lindqvist"));
        QCOMPARE(accepted.front().payload.value(QStringLiteral("version_range")).toString(),
                 QStringLiteral("=1:1.2.13.dfsg-1"));
        QCOMPARE(accepted.front().payload.value(QStringLiteral("expires")).toString(),
                 QStringLiteral("2026-12-01T00:00:00Z"));

        // The gate passes, with the finding listed apart as accepted.
        QTRY_COMPARE_WITH_TIMEOUT(view->securityResult().status, Verdict::Pass, 10000);
        QCOMPARE(view->acceptedModel()->rowCount(), 1);
        QVERIFY(view->acceptedView()->isVisible());
        QCOMPARE(view->acceptedModel()->index(0, FindingModel::Id).data().toString(), kCve);
        QVERIFY(view->acceptedModel()
                    ->index(0, FindingModel::Acceptance)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("s.lindqvist")));
        QVERIFY(!selectFinding(view, kCve));
        QVERIFY(view->findingCounts()->text().contains(QStringLiteral("1 accepted")));
        QVERIFY(view->securityResult().summary.contains(QStringLiteral("1 accepted")));
        screenshot(&w, QStringLiteral("security-pane-accepted-1280x800.png"));
        w.resize(900, 600);
        QCoreApplication::processEvents();
        screenshot(&w, QStringLiteral("security-pane-accepted-900x600.png"));
        w.resize(1280, 800);

        // Separation of duties: R. Ahmed signed the risk step, so not the security step too.
        QVERIFY(w.signIn(QStringLiteral("r.ahmed"), test::demoPassphrase(QStringLiteral("r.ahmed")),
                         test::demoKeyFile(m_root, QStringLiteral("r.ahmed"))));
        w.panes()->setCurrentWidget(pane);
        QVERIFY(approve->isEnabled());
        approve->click();
        COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
        QVERIFY(hasCode(pane->lastRefusals(), QStringLiteral("sod.distinct_signers")));

        // The Security Engineer's approval goes through, signed and recorded.
        QVERIFY(w.signIn(QStringLiteral("s.lindqvist"),
                         test::demoPassphrase(QStringLiteral("s.lindqvist")),
                         test::demoKeyFile(m_root, QStringLiteral("s.lindqvist"))));
        QVERIFY(w.navigator()->select(kModel, kVersion));
        QTRY_VERIFY_WITH_TIMEOUT(approve->isEnabled(), 10000);
        SigningDialog::setNextAnswer(QStringLiteral("demo-s.lindqvist"),
                                     key(QStringLiteral("s.lindqvist")));
        approve->click();
        COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
        QVERIFY2(pane->lastRefusals().isEmpty(), qPrintable(note->toPlainText()));
        QVERIFY2(note->toPlainText().startsWith(QStringLiteral("Security sign-off recorded")),
                 qPrintable(note->toPlainText()));
        const QList<AuditRecord> signOffs =
            recordsOf(*w.services().audit, QStringLiteral("signoff.recorded"));
        QCOMPARE(signOffs.size(), 3);  // the hotfix request, the risk and security steps
        QCOMPARE(signOffs.back().actor, QStringLiteral("s.lindqvist"));
        QCOMPARE(signOffs.back().payload.value(QStringLiteral("step")).toString(),
                 QStringLiteral("security"));
        auto bundle = w.workspace()->findBundle(kModel + QLatin1Char('@') + kVersion);
        const ReleaseDesk desk(*w.workspace(), w.services().audit, m_clock);
        QCOMPARE(desk.changeRequest(*bundle).state, ChangeState::OpsApproval);

        // After the expiry the finding blocks again, its expired acceptance named.
        m_clock.set(utc(2026, 12, 1));
        QVERIFY(w.navigator()->select(kModel, QStringLiteral("2026.11.0")));
        QVERIFY(w.navigator()->select(kModel, kVersion));
        QTRY_COMPARE_WITH_TIMEOUT(view->securityResult().status, Verdict::Fail, 10000);
        QVERIFY(view->securityResult().summary.contains(kCve));
        QCOMPARE(view->acceptedModel()->rowCount(), 0);
        QVERIFY(!view->acceptedView()->isVisible());
        QVERIFY(selectFinding(view, kCve));
        const QModelIndex current = view->findingsView()->currentIndex();
        QVERIFY(current.siblingAtColumn(FindingModel::Acceptance)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("expired")));
    }

    // Before it expires, a Security Engineer revokes the acceptance (signed, recorded as
    // acceptance.revoke): the finding blocks again and names the revocation. Runs after
    // acceptSignOffAndExpire, whose acceptance counts again at the earlier instant.
    void revokeBeforeExpiry() {
        m_clock.set(utc(2026, 11, 12, 9));
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(&settings);
        w.services().clock = &m_clock;
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openWorkspace(m_root));
        auto* view = w.findChild<SecurityPaneView*>(QStringLiteral("securityView"));
        auto* pane = w.findChild<SecurityPane*>(QStringLiteral("securityPane"));
        QVERIFY(w.signIn(QStringLiteral("o.tanaka"),
                         test::demoPassphrase(QStringLiteral("o.tanaka")),
                         test::demoKeyFile(m_root, QStringLiteral("o.tanaka"))));  // an Ops Lead
        w.panes()->setCurrentWidget(pane);
        QVERIFY(w.navigator()->select(kModel, kVersion));
        QTRY_COMPARE_WITH_TIMEOUT(view->securityResult().status, Verdict::Pass, 10000);
        QCOMPARE(view->acceptedModel()->rowCount(), 1);
        auto* revoke = view->revokeAcceptanceButton();
        view->acceptedView()->setCurrentIndex(view->acceptedModel()->index(0, FindingModel::Id));
        QVERIFY(!revoke->isEnabled());  // only the role that accepts may revoke
        QVERIFY2(revoke->toolTip().contains(QStringLiteral("Security Engineer")),
                 qPrintable(revoke->toolTip()));

        QVERIFY(w.signIn(QStringLiteral("s.lindqvist"),
                         test::demoPassphrase(QStringLiteral("s.lindqvist")),
                         test::demoKeyFile(m_root, QStringLiteral("s.lindqvist"))));
        w.panes()->setCurrentWidget(pane);
        QTRY_COMPARE_WITH_TIMEOUT(view->acceptedModel()->rowCount(), 1, 10000);
        view->acceptedView()->setCurrentIndex(view->acceptedModel()->index(0, FindingModel::Id));
        QVERIFY2(revoke->isEnabled(), qPrintable(revoke->toolTip()));
        JustificationPrompt::setNextAnswer(
            QStringLiteral("minizip ships in the new scoring image after all"));
        SigningDialog::setNextAnswer(QStringLiteral("demo-s.lindqvist"),
                                     key(QStringLiteral("s.lindqvist")));
        revoke->click();
        // The acceptances are read on the pool before the revocation is checked and signed.
        QTRY_COMPARE_WITH_TIMEOUT(
            recordsOf(*w.services().audit, QStringLiteral("acceptance.revoke")).size(), 1, 15000);
        QVERIFY(!SigningDialog::hasNextAnswer());  // the answer was used
        const QList<AuditRecord> revoked =
            recordsOf(*w.services().audit, QStringLiteral("acceptance.revoke"));
        QCOMPARE(revoked.front().actor, QStringLiteral("s.lindqvist"));
        const QList<AuditRecord> accepted =
            recordsOf(*w.services().audit, QStringLiteral("risk.accepted"));
        QCOMPARE(revoked.front().payload.value(QStringLiteral("acceptance_sha256")).toString(),
                 accepted.front().payload.value(QStringLiteral("envelope_sha256")).toString());

        QTRY_COMPARE_WITH_TIMEOUT(view->securityResult().status, Verdict::Fail, 10000);
        QCOMPARE(view->acceptedModel()->rowCount(), 0);
        QVERIFY(selectFinding(view, kCve));
        QVERIFY(view->findingsView()
                    ->currentIndex()
                    .siblingAtColumn(FindingModel::Acceptance)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("revoked")));
    }
};

QTEST_MAIN(TestSecurityAcceptance)
#include "TestSecurityAcceptance.moc"
