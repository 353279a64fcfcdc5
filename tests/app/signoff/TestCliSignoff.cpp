#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "Command.h"
#include "RosterKeys.h"
#include "TempDir.h"
#include "WorkflowSetup.h"
#include "WorkspaceCopy.h"
#include "audit/AuditStore.h"
#include "crypto/Sha256.h"

using namespace countersign;

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kBundle = QStringLiteral("fraud-detection@2026.11.0");

}  // namespace

// The CLI over a copy of tests/data/workspace/base with fresh keys for r.ahmed (Risk Officer)
// and o.lead (Ops Lead, Security Engineer). One key file each: unlocking costs ~0.4 s.
class TestCliSignoff : public QObject {
    Q_OBJECT
    test::TempDir m_dir;
    QString m_ws, m_ahmedKey, m_leadKey, m_ahmedPass, m_leadPass;

    CliRun run(QStringList args, const QString& workspace = {}) const {
        args.prepend(workspace.isEmpty() ? m_ws : workspace);
        args.prepend(QStringLiteral("--workspace"));
        CliRun r;
        QTextStream out(&r.out), err(&r.err);
        r.code = cli::runCli(args, out, err);
        out.flush();
        err.flush();
        return r;
    }
    QStringList createArgs(const QString& op, const QString& step, const QString& decision,
                           const QString& key, const QString& pass) const {
        return {QStringLiteral("signoff"),
                QStringLiteral("create"),
                kBundle,
                QStringLiteral("--step"),
                step,
                QStringLiteral("--decision"),
                decision,
                QStringLiteral("--operator"),
                op,
                QStringLiteral("--key"),
                key,
                QStringLiteral("--passphrase-file"),
                pass};
    }
    QString approvals() const {
        return m_ws + QStringLiteral("/artifacts/models/fraud-detection/2026.11.0/approvals");
    }
    int approvalCount() const {
        return static_cast<int>(
            QDir(approvals()).entryList({QStringLiteral("*.dsse.json")}, QDir::Files).size());
    }

private slots:
    void initTestCase() {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QVERIFY(test::copyTree(test::testDataDir() + QStringLiteral("/workspace/base"), m_ws));
        m_ahmedKey = m_dir.filePath(QStringLiteral("r.ahmed.key"));
        m_leadKey = m_dir.filePath(QStringLiteral("o.lead.key"));
        m_ahmedPass = m_dir.write(QStringLiteral("ahmed.pass"), "risk officer passphrase\n");
        m_leadPass = m_dir.write(QStringLiteral("lead.pass"), "ops lead passphrase\n");
        QVERIFY(!test::installOperatorKey(m_ws, QStringLiteral("r.ahmed"), m_ahmedKey,
                                          "risk officer passphrase")
                     .isEmpty());
        QVERIFY(!test::installOperatorKey(m_ws, QStringLiteral("o.lead"), m_leadKey,
                                          "ops lead passphrase")
                     .isEmpty());
        // Gates recorded and the change window open: the workflow lets the risk review start.
        const QString prepared = test::openForReview(m_ws, kBundle);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    }

    void nowRefusedOutsideTraining() {
        // No signer chooses the time: --now in a workspace that is not a training one is bad
        // input (exit 2) naming the rule and the controls file, and nothing is signed.
        const int before = approvalCount();
        const CliRun r =
            run(createArgs(QStringLiteral("o.lead"), QStringLiteral("security"),
                           QStringLiteral("approve"), m_leadKey, m_leadPass) +
                QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-03T09:00:00Z")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("only in a training workspace")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("controls.json")), qPrintable(r.err));
        QCOMPARE(approvalCount(), before);
        // ...and recorded, as every refusal is, at the store's own time.
        const QString storePath = m_ws + QStringLiteral("/.countersign/audit.sqlite");
        auto store = AuditStore::openReader(storePath);
        QVERIFY(store);
        auto last = (*store)->record((*store)->size() - 1);
        QVERIFY(last);
        QCOMPARE(last->action, QStringLiteral("signoff.refused"));
        QCOMPARE(last->actor, QStringLiteral("o.lead"));
        QVERIFY2(last->bytes.contains("time.training_only"), last->bytes.constData());
        QVERIFY(qAbs(last->time.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    }

    void releaseVerifyRefusesTrainingEvidence() {
        // The same bundle in a training workspace: its evidence never verifies a release.
        test::TempDir dir;
        const QString training = dir.filePath(QStringLiteral("training"));
        QVERIFY(test::copyTree(m_ws, training));
        const QString controlsPath = training + QStringLiteral("/config/ml/controls.json");
        QFile f(controlsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject controls = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        controls.insert(QStringLiteral("training"), true);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(controls).toJson());
        f.close();
        CliRun r;
        {
            QTextStream out(&r.out), err(&r.err);
            r.code = cli::runCli({QStringLiteral("--workspace"), training,
                                  QStringLiteral("release"), QStringLiteral("verify"), kBundle},
                                 out, err);
        }
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("[release.training]")), qPrintable(r.out + r.err));
    }

    void helpNamesTheSteps() {
        const CliRun r =
            run({QStringLiteral("signoff"), QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* step : {"risk", "security", "ops", "risk_compliance", "release"})
            QVERIFY2(r.out.contains(QLatin1String(step)), step);
    }

    void keysShowChecksTheRoster() {
        CliRun r = run({QStringLiteral("keys"), QStringLiteral("show"), m_ahmedKey,
                        QStringLiteral("--passphrase-file"), m_ahmedPass,
                        QStringLiteral("--operator"), QStringLiteral("r.ahmed")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("roster key of r.ahmed")));
        r = run({QStringLiteral("keys"), QStringLiteral("show"), m_leadKey,
                 QStringLiteral("--passphrase-file"), m_leadPass, QStringLiteral("--operator"),
                 QStringLiteral("r.ahmed")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not the roster key of r.ahmed")),
                 qPrintable(r.err));
    }

    void createRecordsAndVerifies() {
        // No --now outside a training workspace: the system clock stamps the signing time.
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        CliRun r = run(QStringList{QStringLiteral("--json")} +
                       createArgs(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                                  QStringLiteral("approve"), m_ahmedKey, m_ahmedPass) +
                       QStringList{QStringLiteral("--change-request"),
                                   QStringLiteral("CR-fraud-detection-2026.11.0")});
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QDateTime signedAt = QDateTime::fromString(o.value(QStringLiteral("statement"))
                                                             .toObject()
                                                             .value(QStringLiteral("predicate"))
                                                             .toObject()
                                                             .value(QStringLiteral("signed_at"))
                                                             .toString(),
                                                         Qt::ISODate);
        QVERIFY(signedAt.isValid());
        QVERIFY(signedAt.toSecsSinceEpoch() >= before && signedAt.toSecsSinceEpoch() <= after);
        const QString file = o.value(QStringLiteral("file")).toString();
        QVERIFY(file.startsWith(approvals() + QStringLiteral("/risk-r.ahmed-")));
        QVERIFY(file.endsWith(QStringLiteral(".dsse.json")));
        QCOMPARE(o.value(QStringLiteral("envelope_sha256")).toString(),
                 QString::fromLatin1(Sha256::hashHex(readAll(file))));

        // The audit store holds it, with the envelope, and the file names it.
        FixedClock clock(QDateTime::currentDateTimeUtc());
        const QString storePath = m_ws + QStringLiteral("/.countersign/audit.sqlite");
        auto store = AuditStore::open(storePath, AuditStore::defaultKeyPath(storePath), clock);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        auto rec = store.value()->record(o.value(QStringLiteral("audit_seq")).toInteger());
        QVERIFY(rec);
        QCOMPARE(rec->action, QStringLiteral("signoff.recorded"));
        QCOMPARE(rec->actor, QStringLiteral("r.ahmed"));
        QCOMPARE(rec->subject, kBundle);
        QCOMPARE(rec->payload.value(QStringLiteral("envelope_sha256")).toString(),
                 o.value(QStringLiteral("envelope_sha256")).toString());
        QVERIFY(rec->payload.value(QStringLiteral("envelope")).isObject());
        store.value().reset();

        // The base workspace's 2026.11.0 has no artefact files: the envelope is genuine, but
        // signoff verify checks the bundle as it is now, artefacts included, so it is void.
        // (TestEvidence verifies a complete bundle VALID, then VOID after a byte changes.)
        r = run({QStringLiteral("signoff"), QStringLiteral("verify"), kBundle});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("VOID")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("no longer match its manifest")));
        QVERIFY(r.out.contains(QStringLiteral("missing model/model.onnx")));
        r = run({QStringLiteral("signoff"), QStringLiteral("verify"), file});
        QCOMPARE(r.code, 1);
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("override without justification")
            << createArgs(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                          QStringLiteral("override"), m_ahmedKey, m_ahmedPass)
            << 2 << QStringLiteral("justification");
        QTest::newRow("without the role")
            << createArgs(QStringLiteral("o.lead"), QStringLiteral("risk"),
                          QStringLiteral("approve"), m_leadKey, m_leadPass)
            << 1 << QStringLiteral("does not hold the role risk_officer");
        QTest::newRow("unknown operator")
            << createArgs(QStringLiteral("x.nobody"), QStringLiteral("risk"),
                          QStringLiteral("approve"), m_ahmedKey, m_ahmedPass)
            << 1 << QStringLiteral("sod.unknown_operator");
        QTest::newRow("model owner")
            << createArgs(QStringLiteral("m.owner"), QStringLiteral("risk"),
                          QStringLiteral("approve"), m_ahmedKey, m_ahmedPass)
            << 1 << QStringLiteral("m.owner");
        // The key rows sign the open security review, which the workflow lets o.lead sign.
        QTest::newRow("wrong passphrase")
            << createArgs(QStringLiteral("o.lead"), QStringLiteral("security"),
                          QStringLiteral("approve"), m_leadKey, m_ahmedPass)
            << 2 << QStringLiteral("wrong passphrase");
        QTest::newRow("someone else's key")
            << createArgs(QStringLiteral("o.lead"), QStringLiteral("security"),
                          QStringLiteral("approve"), m_ahmedKey, m_ahmedPass)
            << 1 << QStringLiteral("not the roster key of o.lead");
        QTest::newRow("--now without a zone")
            << createArgs(QStringLiteral("o.lead"), QStringLiteral("security"),
                          QStringLiteral("approve"), m_leadKey, m_leadPass) +
                   QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-03T02:00:00")}
            << 2 << QStringLiteral("--now");
        QTest::newRow("--now not a time")
            << createArgs(QStringLiteral("o.lead"), QStringLiteral("security"),
                          QStringLiteral("approve"), m_leadKey, m_leadPass) +
                   QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")}
            << 2 << QStringLiteral("--now");
        QTest::newRow("unknown step")
            << createArgs(QStringLiteral("r.ahmed"), QStringLiteral("lunch"),
                          QStringLiteral("approve"), m_ahmedKey, m_ahmedPass)
            << 2 << QStringLiteral("unknown step");
    }
    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const int before = approvalCount();
        const CliRun r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("passphrase\n")));
        QCOMPARE(approvalCount(), before);
    }

    // signoff create goes through the workflow (ReleaseDesk::attempt): a refused attempt exits 1
    // with the named reason and is recorded; nothing is signed.
    void workflowRefusalIsRecorded() {
        const int before = approvalCount();
        // The risk review is signed; the ops approval comes after the security review.
        CliRun r = run(createArgs(QStringLiteral("o.lead"), QStringLiteral("ops"),
                                  QStringLiteral("approve"), m_leadKey, m_leadPass));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("state.order")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("security review")), qPrintable(r.err));
        // The same person signs no second step of the request.
        r = run(createArgs(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                           QStringLiteral("approve"), m_ahmedKey, m_ahmedPass));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already signed")), qPrintable(r.err));
        QCOMPARE(approvalCount(), before);

        FixedClock clock(QDateTime::currentDateTimeUtc());
        const QString storePath = m_ws + QStringLiteral("/.countersign/audit.sqlite");
        auto store = AuditStore::open(storePath, AuditStore::defaultKeyPath(storePath), clock);
        QVERIFY(store);
        auto last = store.value()->record(store.value()->size() - 1);
        QVERIFY(last);
        QCOMPARE(last->action, QStringLiteral("signoff.refused"));
        QCOMPARE(last->actor, QStringLiteral("r.ahmed"));
        QCOMPARE(last->subject, kBundle);
        store.value().reset();

        // A change request id that is not this bundle's is bad input.
        r = run(createArgs(QStringLiteral("o.lead"), QStringLiteral("security"),
                           QStringLiteral("approve"), m_leadKey, m_leadPass) +
                QStringList{QStringLiteral("--change-request"), QStringLiteral("CR-other")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("CR-other")), qPrintable(r.err));
    }

    void tamperedAndVoidSignOffsFail() {
        CliRun r = run(createArgs(QStringLiteral("o.lead"), QStringLiteral("security"),
                                  QStringLiteral("reject"), m_leadKey, m_leadPass) +
                       QStringList{QStringLiteral("--justification"),
                                   QStringLiteral("critical CVE in onnxruntime")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Tamper with one sign-off: change the decision inside the payload.
        const QStringList files =
            QDir(approvals()).entryList({QStringLiteral("security-*.dsse.json")});
        QCOMPARE(files.size(), 1);
        const QString path = approvals() + QLatin1Char('/') + files.constFirst();
        QJsonObject env = QJsonDocument::fromJson(readAll(path)).object();
        QByteArray payload =
            QByteArray::fromBase64(env.value(QStringLiteral("payload")).toString().toLatin1());
        payload.replace("\"reject\"", "\"approve\"");
        env.insert(QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()));
        const QString tampered =
            m_dir.write(QStringLiteral("tampered.dsse.json"), QJsonDocument(env).toJson());
        r = run({QStringLiteral("signoff"), QStringLiteral("verify"), tampered});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("does not verify")), qPrintable(r.out));

        // Change the bundle: every sign-off on it is void.
        QFile bundle(m_ws +
                     QStringLiteral("/artifacts/models/fraud-detection/2026.11.0/bundle.json"));
        QVERIFY(bundle.open(QIODevice::Append));
        bundle.write("\n");
        bundle.close();
        r = run({QStringLiteral("--json"), QStringLiteral("signoff"), QStringLiteral("verify"),
                 kBundle});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray list = o.value(QStringLiteral("signoffs")).toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue& v : list) {
            QCOMPARE(v.toObject().value(QStringLiteral("verdict")).toString(),
                     QStringLiteral("void"));
            QVERIFY(v.toObject()
                        .value(QStringLiteral("reason"))
                        .toString()
                        .contains(QStringLiteral("bundle changed")));
        }
    }

    // A refusal the store could not record (its last record is dated after this machine's
    // clock, so the append is refused) says so; it never claims a record it does not have.
    void refusalTheStoreCannotRecordSaysSo() {
        test::TempDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(test::copyTree(m_ws, ws));
        const QString storePath = ws + QStringLiteral("/.countersign/audit.sqlite");
        {
            FixedClock ahead(QDateTime::currentDateTimeUtc().addDays(30));
            auto store = AuditStore::open(storePath, AuditStore::defaultKeyPath(storePath), ahead);
            QVERIFY(store);
            QVERIFY(store.value()->append(
                AuditEntry{QStringLiteral("x"), {}, QStringLiteral("note.clock"), {}, {}}));
        }
        const qint64 before = AuditStore::openReader(storePath).value()->size();
        const CliRun r = run(createArgs(QStringLiteral("o.lead"), QStringLiteral("ops"),
                                        QStringLiteral("approve"), m_leadKey, m_leadPass),
                             ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("NOT recorded in the audit store")) &&
                     r.err.contains(QLatin1String("clock went back")),
                 qPrintable(r.err));
        QCOMPARE(AuditStore::openReader(storePath).value()->size(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliSignoff)
#include "TestCliSignoff.moc"
