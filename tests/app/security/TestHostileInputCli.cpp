// Hostile files in a workspace, through the real countersign-cli binary (COUNTERSIGN_BIN_DIR):
// links that leave a bundle and FIFOs are refused by name, never read, never waited on, and
// their bytes are never quoted; JSON with duplicate keys, invalid escapes or raw control
// characters is an error naming the file, the JSON pointer and the reason.
#include <sys/stat.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "TempDir.h"
#include "WorkspaceCopy.h"

namespace {

struct Run {
    int code = -1;
    QString out, err;
    QString all() const { return out + err; }
};

// A token only the child's environment holds: /proc/self/environ of the CLI contains it.
const QByteArray secretToken = "ci-token-5f3a9c1e77d2";

Run cli(const QStringList& args) {
    QProcess p;
    p.setProgram(qEnvironmentVariable("COUNTERSIGN_BIN_DIR") + QStringLiteral("/countersign-cli"));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COUNTERSIGN_WORKSPACE"));
    env.insert(QStringLiteral("CI_JOB_TOKEN"), QString::fromLatin1(secretToken));
    p.setProcessEnvironment(env);
    p.start();
    // A FIFO that were read would block forever: a run that does not finish is a failure.
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool makeFifo(const QString& path) {
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

}  // namespace

class TestHostileInputCli : public QObject {
    Q_OBJECT
    std::unique_ptr<countersign::test::TempDir> m_ws;
    const QString m_id = QStringLiteral("fraud-detection@2026.10.0");

    QString bundle(const QString& relative = {}) const {
        const QString dir =
            m_ws->filePath(QStringLiteral("artifacts/models/fraud-detection/2026.10.0"));
        return relative.isEmpty() ? dir : dir + QLatin1Char('/') + relative;
    }
    QStringList ws(const QStringList& args) const {
        return QStringList{QStringLiteral("--workspace"), m_ws->path()} + args;
    }
    static QByteArray scan(const QString& name) {
        QFile f(countersign::test::testDataDir() + QStringLiteral("/scans/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void writeCleanScans() const {
        m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/trivy.json"),
                    scan(QStringLiteral("trivy-image-clean.json")));
        m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/npm.json"),
                    scan(QStringLiteral("npm-audit-v2-clean.json")));
    }
    static void verifyNothingQuoted(const Run& r, const QByteArray& secret) {
        QVERIFY2(!r.all().contains(QString::fromLatin1(secret)), qPrintable(r.out + r.err));
    }

private slots:
    void init() {
        m_ws = std::make_unique<countersign::test::TempDir>();
        QVERIFY(countersign::test::copyTree(
            countersign::test::testDataDir() + QStringLiteral("/workspace/base"), m_ws->path()));
    }

    void scanLinkLeavingTheBundleIsRefusedByNameNeverQuoted() {
        writeCleanScans();
        Run r = cli(ws({QStringLiteral("scans"), QStringLiteral("check"), m_id}));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        // The CI token of the process's own environment, and an operator key outside the bundle.
        const QString key = m_ws->write(QStringLiteral("keys/o.lead.pem"),
                                        "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKEY\n");
        QVERIFY(QFile::link(QStringLiteral("/proc/self/environ"),
                            bundle(QStringLiteral("scans/zz.json"))));
        QVERIFY(QFile::link(key, bundle(QStringLiteral("scans/key.json"))));
        for (const bool json : {false, true}) {
            const QStringList args = {QStringLiteral("scans"), QStringLiteral("check"), m_id};
            r = cli(ws(json ? QStringList{QStringLiteral("--json")} + args : args));
            QCOMPARE(r.code, 2);  // an unreadable report is never a pass
            verifyNothingQuoted(r, secretToken);
            verifyNothingQuoted(r, "BEGIN PRIVATE KEY");
            verifyNothingQuoted(r, "MC4CAQAw");
            for (const QString& name :
                 {QStringLiteral("scans/zz.json"), QStringLiteral("scans/key.json")})
                QVERIFY2(r.out.contains(name), qPrintable(r.out + r.err));
            QVERIFY2(r.out.contains(QStringLiteral("leaves the bundle")), qPrintable(r.out));
            if (json) {
                const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8()).object();
                QCOMPARE(g.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
            }
        }
    }

    // Files the workflow reads besides the gate inputs: the pipeline report, sign-offs under
    // approvals/, the store's key and checkpoint file. A FIFO is never waited on, a link out
    // of the bundle never followed or quoted.
    void fifoAndLinksAroundTheTrailAreRefusedWithoutWaiting() {
        QVERIFY(QDir().mkpath(bundle(QStringLiteral("guardrails"))));
        QVERIFY(makeFifo(bundle(QStringLiteral("guardrails/report.json"))));
        QVERIFY(QDir().mkpath(bundle(QStringLiteral("approvals"))));
        const QString outside =
            m_ws->write(QStringLiteral("outside.json"), "{\"SECRETKEY\": \"hunter2\"}");
        QVERIFY(QFile::link(outside, bundle(QStringLiteral("approvals/x.dsse.json"))));
        QVERIFY(makeFifo(bundle(QStringLiteral("approvals/pipe.dsse.json"))));

        Run r = cli(ws({QStringLiteral("signoff"), QStringLiteral("verify"), m_id}));
        QVERIFY2(r.code == 1, qPrintable(r.all()));  // never waits, never passes
        verifyNothingQuoted(r, "SECRETKEY");
        verifyNothingQuoted(r, "hunter2");
        QVERIFY2(r.all().contains(QStringLiteral("x.dsse.json")), qPrintable(r.all()));
        QVERIFY2(r.all().contains(QStringLiteral("pipe.dsse.json")), qPrintable(r.all()));

        // The store exists (a gate run records into it); then its key and checkpoint file are
        // replaced by FIFOs: verification and release verify answer, they do not hang.
        r = cli(ws({QStringLiteral("audit"), QStringLiteral("append"), QStringLiteral("--actor"),
                    QStringLiteral("script"), QStringLiteral("--action"),
                    QStringLiteral("note.test"), QStringLiteral("--subject"), m_id}));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = cli(ws({QStringLiteral("release"), QStringLiteral("verify"), m_id}));
        QVERIFY2(r.code == 1, qPrintable(r.all()));
        const QString store = m_ws->filePath(QStringLiteral(".countersign/audit.sqlite"));
        const QStringList replaced{QString(store + QStringLiteral(".checkpoint")),
                                   m_ws->filePath(QStringLiteral(".countersign/store.key"))};
        for (const QString& path : replaced) {
            QVERIFY(QFile::remove(path));
            QVERIFY(makeFifo(path));
            r = cli(ws({QStringLiteral("audit"), QStringLiteral("verify")}));
            QVERIFY2(r.code == 1 || r.code == 2, qPrintable(r.all()));
            r = cli(ws({QStringLiteral("release"), QStringLiteral("verify"), m_id}));
            QVERIFY2(r.code == 1 || r.code == 2, qPrintable(r.all()));
        }
    }

    void fifoInScansOrManifestIsRefusedWithoutWaiting() {
        writeCleanScans();
        QVERIFY(makeFifo(bundle(QStringLiteral("scans/pipe.json"))));
        QVERIFY(QDir().mkpath(bundle(QStringLiteral("scans/nested"))));
        Run r = cli(ws({QStringLiteral("scans"), QStringLiteral("check"), m_id}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("scans/pipe.json")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("FIFO")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("scans/nested")), qPrintable(r.out));

        // The manifest's model file is a FIFO: integrity verify names it and ends.
        QVERIFY(QFile::remove(bundle(QStringLiteral("model/model.onnx"))));
        QVERIFY(makeFifo(bundle(QStringLiteral("model/model.onnx"))));
        r = cli(ws({QStringLiteral("integrity"), QStringLiteral("verify"), m_id}));
        QVERIFY2(r.code == 1 || r.code == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.all().contains(QStringLiteral("model/model.onnx")), qPrintable(r.out + r.err));
        QVERIFY2(r.all().contains(QStringLiteral("FIFO")), qPrintable(r.out + r.err));
    }

    void duplicateSeverityInATrivyReportIsAnError() {
        writeCleanScans();
        QByteArray trivy = scan(QStringLiteral("trivy-critical.json"));
        QVERIFY(trivy.contains("\"Severity\": \"CRITICAL\","));
        trivy.replace("\"Severity\": \"CRITICAL\",",
                      "\"Severity\": \"CRITICAL\", \"Severity\": \"LOW\",");
        m_ws->write(
            QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/trivy-image.json"),
            trivy);
        const Run r = cli(ws({QStringLiteral("scans"), QStringLiteral("check"), m_id}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("scans/trivy-image.json")),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("/Results/0/Vulnerabilities/0/Severity")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("given twice")), qPrintable(r.out));
    }

    void duplicateThresholdInControlsIsAnError() {
        const QString controls = m_ws->filePath(QStringLiteral("config/ml/controls.json"));
        QFile f(controls);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY(text.contains("\"bias_max_gap\": 0.02,"));
        text.replace("\"bias_max_gap\": 0.02,", "\"bias_max_gap\": 0.02, \"bias_max_gap\": 1.0,");
        m_ws->write(QStringLiteral("config/ml/controls.json"), text);
        for (const QStringList& args :
             {QStringList{QStringLiteral("bias"), m_id},
              QStringList{QStringLiteral("workspace"), QStringLiteral("check")}}) {
            const Run r = cli(ws(args));
            QCOMPARE(r.code, 2);
            const QString all = r.out + r.err;
            QVERIFY2(all.contains(QStringLiteral("controls.json")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("/thresholds/bias_max_gap")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("given twice")), qPrintable(all));
        }
    }

    void invalidEscapeAndControlCharacterInBundleJsonAreErrors() {
        const QString path = bundle(QStringLiteral("bundle.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        QVERIFY(original.contains("\"owner\": \"m.owner\""));
        struct Case {
            QByteArray owner;
            QString reason;
        };
        for (const Case& c : {Case{"\"m.ow\\qner\"", QStringLiteral("invalid escape")},
                              Case{"\"m.ow\x01ner\"", QStringLiteral("U+0001")}}) {
            QByteArray text = original;
            text.replace("\"m.owner\"", c.owner);
            m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/bundle.json"),
                        text);
            const Run r = cli(ws({QStringLiteral("integrity"), QStringLiteral("verify"), m_id}));
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("bundle.json: line 6")) &&
                         r.err.contains(QStringLiteral("at /owner")),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(c.reason), qPrintable(r.err));
        }
    }

    // Scanner coverage (#15 item 5): a missing required scan, an empty report and a dangling
    // npm reference never let the security gate pass.
    void onlyAnNpmReportFailsNamingTheMissingContainerScan() {
        m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/npm.json"),
                    scan(QStringLiteral("npm-audit-v2-clean.json")));
        const Run r = cli(
            ws({QStringLiteral("--json"), QStringLiteral("scans"), QStringLiteral("check"), m_id}));
        QCOMPARE(r.code, 1);
        const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(g.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(g.value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("required scan missing: a Trivy container image "
                                              "scan (trivy-image)")),
                 qPrintable(r.out));
    }

    void emptyReportsFailByName() {
        writeCleanScans();
        QCOMPARE(cli(ws({QStringLiteral("scans"), QStringLiteral("check"), m_id})).code, 0);
        struct Case {
            QString file;
            QByteArray json;
        };
        for (const Case& c :
             {Case{QStringLiteral("codeql.json"),
                   "{\"version\": \"2.1.0\", \"$schema\": "
                   "\"https://json.schemastore.org/sarif-2.1.0.json\", \"runs\": []}"},
              Case{QStringLiteral("trivy-null.json"),
                   "{\"SchemaVersion\": 2, \"ArtifactName\": \"x\", \"ArtifactType\": "
                   "\"container_image\", \"Results\": null}"}}) {
            const QString path = m_ws->write(
                QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/") + c.file,
                c.json);
            const Run r = cli(ws({QStringLiteral("scans"), QStringLiteral("check"), m_id}));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.out.contains(QStringLiteral("scans/") + c.file) &&
                         r.out.contains(QStringLiteral("scanned nothing")),
                     qPrintable(r.out));
            QVERIFY(QFile::remove(path));
        }
    }

    void aContainerScanOfAnotherImageFailsNamingBoth() {
        writeCleanScans();
        QByteArray trivy = scan(QStringLiteral("trivy-image-clean.json"));
        const QByteArray declared =
            "4f3a9c6b2d1e0f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a";
        const QByteArray other(64, 'c');
        QVERIFY(trivy.contains(declared));
        trivy.replace(declared, other);
        m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/trivy.json"),
                    trivy);
        const Run r = cli(ws({QStringLiteral("scans"), QStringLiteral("check"), m_id}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QString::fromLatin1("sha256:" + declared)) &&
                     r.out.contains(QString::fromLatin1("sha256:" + other)),
                 qPrintable(r.out));
    }

    void aDanglingNpmReferenceIsAnError() {
        writeCleanScans();
        m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/npm.json"),
                    "{\"auditReportVersion\": 2, \"vulnerabilities\": {\"braces\": {\"name\": "
                    "\"braces\", \"severity\": \"high\", \"via\": [\"fill-range\"], \"nodes\": "
                    "[\"node_modules/braces\"], \"fixAvailable\": true}}, \"metadata\": "
                    "{\"dependencies\": {\"total\": 3}}}");
        const Run r = cli(ws({QStringLiteral("scans"), QStringLiteral("check"), m_id}));
        QCOMPARE(r.code, 2);  // unreadable: an error, never a pass
        QVERIFY2(r.out.contains(QStringLiteral("scans/npm.json")) &&
                     r.out.contains(QStringLiteral("/vulnerabilities/braces/via/0")) &&
                     r.out.contains(QStringLiteral("fill-range")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestHostileInputCli)
#include "TestHostileInputCli.moc"
