// The demo walk-through on the real clock (#13 item 3), through the real countersign-cli
// binary: `demo init` with no --at writes bundles whose change window is open now; the
// pipeline's gates and every sign-off of the dual approval are recorded at the store's own
// time (no --now anywhere), the release reaches "approved for deployment", and `release verify`
// refuses it only because a training workspace's evidence never counts for production.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "CliProcess.h"
#include "TempDir.h"

using countersign::test::CliRun;
using countersign::test::runCli;

class TestDemoRealClockCli : public QObject {
    Q_OBJECT
    countersign::test::TempDir m_dir;
    QString m_root;

    QStringList ws(const QStringList& args) const {
        return QStringList{QStringLiteral("--workspace"), m_root} + args;
    }
    QString passFile(const QString& operatorId) const {
        return m_dir.write(operatorId + QStringLiteral(".pass"),
                           QByteArray("demo-") + operatorId.toUtf8() + '\n');
    }
    CliRun signOff(const QString& bundle, const QString& step, const QString& operatorId) const {
        QStringList args{
            QStringLiteral("signoff"),
            QStringLiteral("create"),
            bundle,
            QStringLiteral("--step"),
            step,
            QStringLiteral("--decision"),
            QStringLiteral("approve"),
            QStringLiteral("--justification"),
            QStringLiteral("reviewed on the real clock"),
            QStringLiteral("--operator"),
            operatorId,
            QStringLiteral("--key"),
            m_root + QStringLiteral("/keys/") + operatorId + QStringLiteral(".key.pem"),
            QStringLiteral("--passphrase-file"),
            passFile(operatorId)};
        // The second deployment approval may come from several roles: it names its own.
        if (step == QLatin1String("release"))
            args << QStringLiteral("--role") << QStringLiteral("ops_lead");
        return runCli(ws(args));
    }

private slots:
    void initTestCase() {
        m_root = m_dir.filePath(QStringLiteral("demo"));
        const CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("init"), m_root});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void walkThroughOnTodaysClock() {
        // The current cycle's fraud-detection bundle: scheduled, frozen at its cycle's freeze,
        // and inside the window open now (bundle list says so from the calendar).
        const CliRun list = runCli(
            ws({QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("list")}));
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QString bundle;
        const QJsonArray bundles = QJsonDocument::fromJson(list.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("bundles"))
                                       .toArray();
        for (const QJsonValue& v : bundles) {
            const QJsonObject b = v.toObject();
            if (b.value(QStringLiteral("model")).toString() == QLatin1String("fraud-detection") &&
                b.value(QStringLiteral("kind")).toString() == QLatin1String("scheduled") &&
                b.value(QStringLiteral("calendar_allows_now")).toBool())
                bundle = b.value(QStringLiteral("id")).toString();
        }
        QVERIFY2(!bundle.isEmpty(), qPrintable(list.out));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY2(bundle.contains(QString::number(today.year())), qPrintable(bundle));

        // The ml-guardrails job, on the real clock.
        const CliRun gates = runCli(
            ws({QStringLiteral("gates"), bundle, QStringLiteral("--report"),
                m_dir.filePath(QStringLiteral("report.json")), QStringLiteral("--key"),
                m_root + QStringLiteral("/keys/ci.guardrails.key.pem"),
                QStringLiteral("--passphrase-file"), passFile(QStringLiteral("ci.guardrails"))}));
        QVERIFY2(gates.code == 0, qPrintable(gates.out + gates.err));

        // The four steps, each by its role, none choosing the time.
        for (const auto& [step, who] :
             {std::pair{QStringLiteral("risk"), QStringLiteral("r.ahmed")},
              std::pair{QStringLiteral("security"), QStringLiteral("s.lindqvist")},
              std::pair{QStringLiteral("ops"), QStringLiteral("o.tanaka")},
              std::pair{QStringLiteral("release"), QStringLiteral("o.mendes")}}) {
            const CliRun s = signOff(bundle, step, who);
            QVERIFY2(s.code == 0, qPrintable(step + QLatin1Char(' ') + s.out + s.err));
        }
        // Everything counted; the only refusals are that a training workspace, and the records it
        // marked, are not production.
        const CliRun verify = runCli(ws({QStringLiteral("--json"), QStringLiteral("release"),
                                         QStringLiteral("verify"), bundle}));
        QCOMPARE(verify.code, 1);
        const QJsonObject v = QJsonDocument::fromJson(verify.out.toUtf8()).object();
        QStringList codes;
        for (const QJsonValue& reason : v.value(QStringLiteral("reasons")).toArray())
            codes << reason.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(codes == (QStringList{QStringLiteral("release.training"),
                                       QStringLiteral("release.training_evidence")}),
                 qPrintable(verify.out + verify.err));
        QCOMPARE(v.value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved_for_deployment"));
        const QJsonArray signOffs = v.value(QStringLiteral("sign_offs")).toArray();
        QCOMPARE(signOffs.size(), 4);
        for (const QJsonValue& s : signOffs)
            QVERIFY2(s.toObject().value(QStringLiteral("counted")).toBool(),
                     qPrintable(s.toObject().value(QStringLiteral("void_reason")).toString()));

        // Every record of a training workspace says so.
        const CliRun listed =
            runCli(ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}));
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonDocument records = QJsonDocument::fromJson(listed.out.toUtf8());
        const QJsonArray rows = records.isArray()
                                    ? records.array()
                                    : records.object().value(QStringLiteral("records")).toArray();
        QVERIFY2(rows.size() >= 5, qPrintable(listed.out.left(2000)));
        for (const QJsonValue& row : rows)
            QVERIFY2(row.toObject()
                         .value(QStringLiteral("payload"))
                         .toObject()
                         .value(QStringLiteral("training"))
                         .toBool(),
                     QJsonDocument(row.toObject()).toJson().constData());

        // The store's times never went backwards and verify holds.
        const CliRun audit = runCli(ws({QStringLiteral("audit"), QStringLiteral("verify")}));
        QVERIFY2(audit.code == 0, qPrintable(audit.out + audit.err));
    }

    // A bundle whose owner wrote `"kind": "hotfix"` into bundle.json stays in the scheduled
    // lane, bound to the calendar (its snapshot was taken the day before, at no freeze), until
    // an Ops Lead signs a hotfix request: the owner's word lifts no window.
    void hotfixCandidateWaitsForASignedRequest() {
        const CliRun list = runCli(
            ws({QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("list")}));
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QString bundle;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("bundles"))
                                       .toArray()) {
            const QJsonObject b = v.toObject();
            if (b.value(QStringLiteral("model")).toString() ==
                    QLatin1String("remittance-scoring") &&
                b.value(QStringLiteral("kind")).toString() == QLatin1String("hotfix")) {
                bundle = b.value(QStringLiteral("id")).toString();
                QVERIFY(!b.value(QStringLiteral("calendar_allows_now")).toBool());
            }
        }
        QVERIFY2(!bundle.isEmpty(), qPrintable(list.out));
        const CliRun gates = runCli(
            ws({QStringLiteral("gates"), bundle, QStringLiteral("--report"),
                m_dir.filePath(QStringLiteral("hotfix-report.json")), QStringLiteral("--key"),
                m_root + QStringLiteral("/keys/ci.guardrails.key.pem"),
                QStringLiteral("--passphrase-file"), passFile(QStringLiteral("ci.guardrails"))}));
        QVERIFY2(gates.code == 0 || gates.code == 1, qPrintable(gates.out + gates.err));

        const CliRun early = signOff(bundle, QStringLiteral("risk"), QStringLiteral("r.ahmed"));
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(QLatin1String("window.snapshot_not_at_freeze")),
                 qPrintable(early.out + early.err));
        const CliRun refused =
            runCli(ws({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                       QStringLiteral("signoff.refused"), QStringLiteral("--subject"), bundle}));
        QVERIFY2(refused.code == 0 && refused.out.contains(QLatin1String("r.ahmed")),
                 qPrintable(refused.out + refused.err));

        const CliRun request =
            signOff(bundle, QStringLiteral("hotfix"), QStringLiteral("o.tanaka"));
        QVERIFY2(request.code == 0, qPrintable(request.out + request.err));
        const CliRun risk = signOff(bundle, QStringLiteral("risk"), QStringLiteral("r.ahmed"));
        QVERIFY2(risk.code == 0, qPrintable(risk.out + risk.err));
    }
};

QTEST_GUILESS_MAIN(TestDemoRealClockCli)
#include "TestDemoRealClockCli.moc"
