// `countersign-cli gates` and `release verify` on every bundle of the demo workspace: exit
// codes, the report bound to the bundle digest and signed by the pipeline operator, JUnit XML
// that parses, and release verify refusing every bundle nobody signed, with the reason.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QtTest>

#include "Command.h"
#include "TempDir.h"
#include "demo/DemoWorkspace.h"
#include "pipeline/GuardrailReport.h"
#include "pipeline/PipelineGate.h"
#include "workspace/Workspace.h"

using namespace countersign;

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

}  // namespace

class TestDemoReleaseCli : public QObject {
    Q_OBJECT
    test::TempDir m_dir;
    QString m_root, m_pass;

private slots:
    void initTestCase() {
        m_root = m_dir.filePath(QStringLiteral("demo"));
        DemoOptions options;
        options.dir = m_root;
        options.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
        const Status made = DemoWorkspace::create(options);
        QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        m_pass = m_dir.write(QStringLiteral("ci.pass"), "demo-ci.guardrails\n");
    }

    void gates_data() {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("failedGate");  // empty: every gate passes
        QTest::newRow("fraud 9") << QStringLiteral("fraud-detection@2026.9.0") << 0 << QString();
        QTest::newRow("fraud 10") << QStringLiteral("fraud-detection@2026.10.0") << 0 << QString();
        QTest::newRow("fraud 11") << QStringLiteral("fraud-detection@2026.11.0") << 0 << QString();
        QTest::newRow("remittance 10")
            << QStringLiteral("remittance-scoring@2026.10.0") << 0 << QString();
        QTest::newRow("remittance 11 bias")
            << QStringLiteral("remittance-scoring@2026.11.0") << 1 << QStringLiteral("bias");
        QTest::newRow("remittance 11.1 security")
            << QStringLiteral("remittance-scoring@2026.11.1") << 1 << QStringLiteral("security");
        QTest::newRow("device 10") << QStringLiteral("device-risk@2026.10.0") << 0 << QString();
        QTest::newRow("device 11 drift")
            << QStringLiteral("device-risk@2026.11.0") << 1 << QStringLiteral("drift");
        QTest::newRow("device 11.1 integrity")
            << QStringLiteral("device-risk@2026.11.1") << 1 << QStringLiteral("integrity");
    }

    void gates() {
        QFETCH(QString, bundle);
        QFETCH(int, code);
        QFETCH(QString, failedGate);
        const QString report =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".json"));
        const QString junit =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".xml"));
        const Run r =
            runCli({QStringLiteral("--workspace"), m_root, QStringLiteral("gates"), bundle,
                    QStringLiteral("--report"), report, QStringLiteral("--junit"), junit,
                    QStringLiteral("--key"), m_root + QStringLiteral("/keys/ci.guardrails.key.pem"),
                    QStringLiteral("--passphrase-file"), m_pass});
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));

        auto ws = Workspace::open(m_root);
        QVERIFY(ws);
        const Bundle b = ws->findBundle(bundle).value();
        // The report is bound to exactly this bundle's digest; the failing gate is named.
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("bundle_digest")).toString(), b.digest);
        QCOMPARE(o.value(QStringLiteral("status")).toString(),
                 code == 0 ? QStringLiteral("pass") : QStringLiteral("fail"));
        QStringList failed;
        for (const QJsonValue& g : o.value(QStringLiteral("gates")).toArray()) {
            QCOMPARE(g.toObject().value(QStringLiteral("bundle_digest")).toString(), b.digest);
            const QString status = g.toObject().value(QStringLiteral("status")).toString();
            QVERIFY2(status != QLatin1String("error"),
                     qPrintable(g.toObject().value(QStringLiteral("summary")).toString()));
            if (status == QLatin1String("fail"))
                failed.append(g.toObject().value(QStringLiteral("gate")).toString());
        }
        QCOMPARE(failed, failedGate.isEmpty() ? QStringList() : QStringList{failedGate});

        // The signed copy in guardrails/ is what the pipeline gate reads.
        const GateResult pipeline =
            PipelineGate::evaluate(b, ws->roster(), SystemClock::instance());
        QCOMPARE(pipeline.status, code == 0 ? Verdict::Pass : Verdict::Fail);
        QCOMPARE(pipeline.measured.value(QStringLiteral("signer")).toString(),
                 QStringLiteral("ci.guardrails"));

        // JUnit XML parses, one test case per gate, failures counted.
        QFile x(junit);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&x);
        int cases = 0, failures = 0, suites = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("testsuite")) {
                ++suites;
                QCOMPARE(xml.attributes().value(QLatin1String("failures")).toInt(),
                         failedGate.isEmpty() ? 0 : 1);
            } else if (xml.name() == QLatin1String("testcase")) {
                ++cases;
            } else if (xml.name() == QLatin1String("failure")) {
                ++failures;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 1);
        QCOMPARE(cases, 4);
        QCOMPARE(failures, failedGate.isEmpty() ? 0 : 1);
    }

    void releaseVerifyRefusesUnsignedBundles() {
        auto ws = Workspace::open(m_root);
        QVERIFY(ws);
        for (const BundleEntry& e : ws->bundles()) {
            const Run r = runCli({QStringLiteral("--workspace"), m_root, QStringLiteral("--json"),
                                  QStringLiteral("release"), QStringLiteral("verify"), e.id()});
            QVERIFY2(r.code == 1, qPrintable(e.id() + r.out + r.err));
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("verified")).toBool(true), false);
            QCOMPARE(o.value(QStringLiteral("bundle_digest")).toString(), e.bundle->digest);
            QStringList codes;
            for (const QJsonValue& v : o.value(QStringLiteral("reasons")).toArray())
                codes.append(v.toObject().value(QStringLiteral("code")).toString());
            if (e.id() == QLatin1String("device-risk@2026.11.1"))  // the altered model file
                QVERIFY2(codes.contains(QStringLiteral("release.bundle_changed")),
                         qPrintable(codes.join(QLatin1Char(' '))));
            // The demo is a training workspace: its evidence never counts for production.
            QVERIFY2(codes.contains(QStringLiteral("release.training")),
                     qPrintable(codes.join(QLatin1Char(' '))));
            QVERIFY2(codes.contains(QStringLiteral("signoff.risk.missing")),
                     qPrintable(codes.join(QLatin1Char(' '))));
            QVERIFY2(codes.contains(QStringLiteral("release.dual_approval")),
                     qPrintable(codes.join(QLatin1Char(' '))));
        }
        QCOMPARE(runCli({QStringLiteral("--workspace"), m_root, QStringLiteral("release"),
                         QStringLiteral("verify"), QStringLiteral("fraud-detection@1.0.0")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoReleaseCli)
#include "TestDemoReleaseCli.moc"
