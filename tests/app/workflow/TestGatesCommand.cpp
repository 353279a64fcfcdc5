#include <QtTest>

#include "Command.h"
#include "TempDir.h"
#include "WorkflowWorkspace.h"
#include "audit/AuditStore.h"
#include "common/JsonFile.h"
#include "crypto/Dsse.h"
#include "pipeline/GateSuite.h"
#include "pipeline/GuardrailReport.h"
#include "pipeline/PipelineGate.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::test;

namespace {

struct Run {
    int code;
    QString out, err;
};

Run runCli(const QStringList& args) {
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::runCli(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

GateResult passing(const QString& gate, const QString& digest) {
    GateResult g;
    g.gate = gate;
    g.status = Verdict::Pass;
    g.summary = QStringLiteral("ok");
    g.bundleDigest = digest;
    g.evaluatedAt = QDateTime::currentDateTimeUtc();
    return g;
}

}  // namespace

class TestGatesCommand : public QObject {
    Q_OBJECT
private slots:
    void gatesWritesSignedReportAndJUnit() {
        WorkflowWorkspace ws;
        const QString key = ws.savePipelineKey();
        const QString report = ws.root() + QStringLiteral("/out/report.json");
        const QString junit = ws.root() + QStringLiteral("/out/junit.xml");
        const Run r =
            runCli({QStringLiteral("--workspace"), ws.root(), QStringLiteral("gates"),
                    QStringLiteral("fraud-detection@2026.11.0"), QStringLiteral("--report"), report,
                    QStringLiteral("--junit"), junit, QStringLiteral("--key"), key,
                    QStringLiteral("--passphrase-file"), ws.passphraseFile()});
        // Integrity passes; a gate this build lacks is an error, so the pipeline fails.
        QVERIFY2(r.out.contains(QStringLiteral("integrity  PASS")), qPrintable(r.out + r.err));
        const bool allGatesBuilt = !r.out.contains(QStringLiteral("not implemented"));
        QCOMPARE(r.code, allGatesBuilt ? r.code : 1);

        auto doc = JsonFile::readObject(report);
        QVERIFY(doc);
        QCOMPARE(doc->value(QStringLiteral("gates")).toArray().size(), 4);
        auto env = DsseEnvelope::readFile(ws.bundleDir(QStringLiteral("2026.11.0")) +
                                          QStringLiteral("/guardrails/report.json"));
        QVERIFY(env);
        QCOMPARE(env->payloadType, QString::fromLatin1(GuardrailReport::kPayloadType));
        QFile x(junit);
        QVERIFY(x.open(QIODevice::ReadOnly));
        const QByteArray xml = x.readAll();
        QVERIFY(xml.contains("<testsuite name=\"fraud-detection@2026.11.0\" tests=\"4\""));
        QVERIFY(xml.contains(
            "<testcase classname=\"ml-guardrails.fraud-detection@2026.11.0\" name=\"integrity\""));

        // The pipeline gate reads it back: signed by ci, for this digest, but not passed.
        auto w = Workspace::open(ws.root());
        QVERIFY(w);
        auto bundle = w->findBundle(QStringLiteral("fraud-detection@2026.11.0"));
        QVERIFY(bundle);
        const GateResult g =
            PipelineGate::evaluate(bundle.value(), w->roster(), SystemClock::instance());
        QCOMPARE(g.measured.value(QStringLiteral("signer")).toString(), QStringLiteral("ci"));
        QCOMPARE(g.status, r.code == 0 ? Verdict::Pass : Verdict::Fail);
    }

    void gatesRefusesBadInput() {
        WorkflowWorkspace ws;
        QCOMPARE(runCli({QStringLiteral("--workspace"), ws.root(), QStringLiteral("gates"),
                         QStringLiteral("fraud-detection@9.9.9"), QStringLiteral("--report"),
                         QStringLiteral("x.json")})
                     .code,
                 2);
        const Run noKey =
            runCli({QStringLiteral("--workspace"), ws.root(), QStringLiteral("gates"),
                    QStringLiteral("fraud-detection@2026.11.0"), QStringLiteral("--report"),
                    ws.root() + QStringLiteral("/r.json")});
        QCOMPARE(noKey.code, 2);
        QVERIFY(noKey.err.contains(QStringLiteral("--key")));
    }

    // The pipeline's report is evidence of the workspace: recorded only in its own store, and
    // the signed report in the bundle only once it is recorded.
    void gatesRecordsOnlyInTheWorkspaceStore() {
        WorkflowWorkspace ws;
        const QString key = ws.savePipelineKey();
        const QString signedReport =
            ws.bundleDir(QStringLiteral("2026.11.0")) + QStringLiteral("/guardrails/report.json");
        const QStringList gates{QStringLiteral("gates"),
                                QStringLiteral("fraud-detection@2026.11.0"),
                                QStringLiteral("--report"),
                                ws.root() + QStringLiteral("/out/report.json"),
                                QStringLiteral("--key"),
                                key,
                                QStringLiteral("--passphrase-file"),
                                ws.passphraseFile()};
        test::TempDir elsewhereDir;
        const QString other = elsewhereDir.filePath(QStringLiteral("other-store.sqlite"));
        const Run elsewhere = runCli(QStringList{QStringLiteral("--workspace"), ws.root(),
                                                 QStringLiteral("--store"), other} +
                                     gates);
        QCOMPARE(elsewhere.code, 2);
        QVERIFY2(elsewhere.err.contains(QLatin1String("workspace's own audit store")),
                 qPrintable(elsewhere.err));
        QVERIFY(!QFileInfo::exists(other));
        QVERIFY(!QFileInfo::exists(signedReport));

        // The store refuses the record (its last record is dated after this machine's clock):
        // the run fails and leaves no signed report behind.
        const QString storePath = AuditStore::defaultStorePath(ws.root());
        {
            FixedClock ahead(QDateTime::currentDateTimeUtc().addDays(30));
            auto store = AuditStore::open(storePath, AuditStore::defaultKeyPath(storePath), ahead);
            QVERIFY(store);
            QVERIFY(store.value()->append(
                AuditEntry{QStringLiteral("x"), {}, QStringLiteral("note.clock"), {}, {}}));
        }
        const Run refused = runCli(QStringList{QStringLiteral("--workspace"), ws.root()} + gates);
        QVERIFY2(refused.code != 0, qPrintable(refused.out));
        QVERIFY2(refused.err.contains(QLatin1String("recording the gate results")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(signedReport));
    }

    // Synthetic records under real names are never written into a production workspace's
    // trail; a store of their own (benchmarks) takes them.
    void auditGenerateOnlyOutsideProduction() {
        WorkflowWorkspace ws;
        const Run refused =
            runCli({QStringLiteral("--workspace"), ws.root(), QStringLiteral("audit"),
                    QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("5")});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QLatin1String("synthetic")), qPrintable(refused.err));
        test::TempDir benchDir;
        const QString own = benchDir.filePath(QStringLiteral("bench.sqlite"));
        const Run bench =
            runCli({QStringLiteral("--workspace"), ws.root(), QStringLiteral("--store"), own,
                    QStringLiteral("audit"), QStringLiteral("generate"), QStringLiteral("--count"),
                    QStringLiteral("5")});
        QVERIFY2(bench.code == 0, qPrintable(bench.err));
    }

    void pipelineGate() {
        WorkflowWorkspace ws;
        auto w = Workspace::open(ws.root());
        QVERIFY(w);
        Bundle bundle = w->findBundle(QStringLiteral("fraud-detection@2026.11.0")).value();
        const FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(3, 0), QTimeZone::utc()));
        // No report yet: an error, never a pass.
        QCOMPARE(PipelineGate::evaluate(bundle, w->roster(), clock).status, Verdict::Error);

        QList<GateResult> gates;
        for (const QString& name : GateSuite::gateNames())
            gates.append(passing(name, bundle.digest));
        const auto write = [&](const GuardrailReport& report, const OperatorKey& key) {
            auto env = report.sign(key);
            QVERIFY(env);
            QDir().mkpath(bundle.dir + QStringLiteral("/guardrails"));
            QFile f(GuardrailReport::pathIn(bundle.dir));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(env->toBytes());
        };
        write(GuardrailReport::make(bundle.model, bundle.version, bundle.digest, gates, clock.now(),
                                    QStringLiteral("ci")),
              ws.key(QStringLiteral("ci")));
        GateResult g = PipelineGate::evaluate(bundle, w->roster(), clock);
        QCOMPARE(g.status, Verdict::Pass);
        QCOMPARE(g.bundleDigest, bundle.digest);

        // Made for another digest.
        write(GuardrailReport::make(bundle.model, bundle.version, QString(64, QLatin1Char('c')),
                                    gates, clock.now(), QStringLiteral("ci")),
              ws.key(QStringLiteral("ci")));
        g = PipelineGate::evaluate(bundle, w->roster(), clock);
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY(g.summary.contains(QStringLiteral("another bundle digest")));

        // Signed by someone without the pipeline role.
        write(GuardrailReport::make(bundle.model, bundle.version, bundle.digest, gates, clock.now(),
                                    QStringLiteral("ci")),
              ws.key(QStringLiteral("o.lead")));
        g = PipelineGate::evaluate(bundle, w->roster(), clock);
        QCOMPARE(g.status, Verdict::Error);
        QVERIFY(g.summary.contains(QStringLiteral("not signed by a pipeline key")));

        // A failed gate in the report.
        gates[2].status = Verdict::Fail;
        write(GuardrailReport::make(bundle.model, bundle.version, bundle.digest, gates, clock.now(),
                                    QStringLiteral("ci")),
              ws.key(QStringLiteral("ci")));
        g = PipelineGate::evaluate(bundle, w->roster(), clock);
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY(g.summary.contains(QStringLiteral("drift fail")));

        // Tampered payload: the signature no longer verifies.
        QFile f(GuardrailReport::pathIn(bundle.dir));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        auto env = DsseEnvelope::fromBytes(bytes);
        QVERIFY(env);
        env->payload.replace("\"fail\"", "\"pass\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(env->toBytes());
        f.close();
        QCOMPARE(PipelineGate::evaluate(bundle, w->roster(), clock).status, Verdict::Error);
    }
};

QTEST_GUILESS_MAIN(TestGatesCommand)
#include "TestGatesCommand.moc"
