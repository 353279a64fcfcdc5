// The integrity and security commands on the demo workspace (docs/demo.md): the altered
// artefact and the CRITICAL CVE fail with exit 1 naming the file or finding, the happy path
// passes with exit 0, and a report that cannot be read is exit 2, never a pass.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "Command.h"
#include "TempDir.h"

using namespace countersign;

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run runCommand(const QStringList& args) {
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = countersign::cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString sha256Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

}  // namespace

class TestSecurityDemoCli : public QObject {
    Q_OBJECT
    test::TempDir m_dir;
    QString m_root;

    QString bundleDir(const QString& model, const QString& version) const {
        return QDir(m_root).filePath(QStringLiteral("artifacts/models/%1/%2").arg(model, version));
    }
    Run cli(const QStringList& args) const {
        return runCommand(QStringList{QStringLiteral("--workspace"), m_root} + args);
    }

private slots:
    void initTestCase() {
        m_root = m_dir.filePath(QStringLiteral("demo"));
        const Run r = runCommand({QStringLiteral("demo"), QStringLiteral("init"), m_root,
                                  QStringLiteral("--at"), QStringLiteral("2026-11-03T08:00:00Z")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void alteredArtefactFailsNamingFileAndDigests() {
        const QString onnx = bundleDir(QStringLiteral("device-risk"), QStringLiteral("2026.11.1")) +
                             QStringLiteral("/model/model.onnx");
        QFile manifest(bundleDir(QStringLiteral("device-risk"), QStringLiteral("2026.11.1")) +
                       QStringLiteral("/bundle.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QString expected;
        const QJsonArray artefacts = QJsonDocument::fromJson(manifest.readAll())
                                         .object()
                                         .value(QStringLiteral("artefacts"))
                                         .toArray();
        for (const QJsonValue& a : artefacts)
            if (a.toObject().value(QStringLiteral("path")).toString() ==
                QLatin1String("model/model.onnx"))
                expected = a.toObject().value(QStringLiteral("sha256")).toString();
        const QString actual = sha256Of(onnx);
        QCOMPARE(expected.size(), 64);
        QVERIFY(actual != expected);

        Run r = cli({QStringLiteral("integrity"), QStringLiteral("verify"),
                     QStringLiteral("device-risk@2026.11.1")});
        QCOMPARE(r.code, 1);
        QString line;
        for (const QString& l : r.out.split(QLatin1Char('\n')))
            if (l.startsWith(QStringLiteral("mismatch")))
                line = l;
        QVERIFY2(line.contains(QStringLiteral("model/model.onnx")), qPrintable(r.out));
        QVERIFY(line.contains(actual));
        QVERIFY(line.contains(expected));
        QVERIFY(r.out.contains(QStringLiteral("integrity: Fail — mismatch model/model.onnx")));
        // Every other artefact of the bundle is fine.
        QCOMPARE(r.out.count(QStringLiteral("\nmismatch")) +
                     (r.out.startsWith(QStringLiteral("mismatch")) ? 1 : 0),
                 1);

        r = cli({QStringLiteral("--json"), QStringLiteral("integrity"), QStringLiteral("verify"),
                 QStringLiteral("device-risk@2026.11.1")});
        QCOMPARE(r.code, 1);
        const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(g.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(r.out.contains(expected) && r.out.contains(actual), qPrintable(r.out));
    }

    void criticalCveFailsTheSecurityGate() {
        Run r = cli({QStringLiteral("scans"), QStringLiteral("check"),
                     QStringLiteral("remittance-scoring@2026.11.1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.out.contains(QStringLiteral("security: Fail — CRITICAL CVE-2023-45853 in zlib1g")),
            qPrintable(r.out));
        r = cli({QStringLiteral("--json"), QStringLiteral("scans"), QStringLiteral("check"),
                 QStringLiteral("remittance-scoring@2026.11.1")});
        QCOMPARE(r.code, 1);
        const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(g.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        const QJsonObject measured = g.value(QStringLiteral("measured")).toObject();
        QCOMPARE(measured.value(QStringLiteral("blocking")).toInt(), 1);
        QCOMPARE(measured.value(QStringLiteral("findings"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("CVE-2023-45853"));
    }

    void happyPathPasses() {
        Run r = cli({QStringLiteral("integrity"), QStringLiteral("verify"),
                     QStringLiteral("fraud-detection@2026.11.0")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("integrity: Pass")));
        r = cli({QStringLiteral("scans"), QStringLiteral("check"),
                 QStringLiteral("fraud-detection@2026.11.0")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("security: Pass")));
        // The SHA256SUMS-manifest bundle passes too.
        r = cli({QStringLiteral("integrity"), QStringLiteral("verify"),
                 QStringLiteral("remittance-scoring@2026.10.0")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void unreadableReportIsExitTwo_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("scanner error output") << QByteArray(
            "2026-11-10T05:30:00Z\tFATAL\tscan error: unable to initialize a "
            "scanner: unable to find the specified image\n");
        QTest::newRow("truncated JSON") << QByteArray("{\"SchemaVersion\": 2, \"Results\": [");
    }
    void unreadableReportIsExitTwo() {
        QFETCH(QByteArray, content);
        const QString dir =
            bundleDir(QStringLiteral("fraud-detection"), QStringLiteral("2026.11.0"));
        const QString report = dir + QStringLiteral("/scans/trivy.json");
        const QString saved = dir + QStringLiteral("/trivy.json.orig");
        QVERIFY(QFile::copy(report, saved));
        {
            QFile f(report);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        const Run r = cli({QStringLiteral("scans"), QStringLiteral("check"),
                           QStringLiteral("fraud-detection@2026.11.0")});
        QVERIFY(QFile::remove(report));
        QVERIFY(QFile::rename(saved, report));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("trivy.json")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("security: Error")));
        // scans parse names the file as well.
        QTemporaryFile bad;
        QVERIFY(bad.open());
        bad.write(content);
        bad.close();
        const Run parsed =
            runCommand({QStringLiteral("scans"), QStringLiteral("parse"), bad.fileName()});
        QCOMPARE(parsed.code, 2);
        QVERIFY(parsed.out.contains(bad.fileName()) || parsed.err.contains(bad.fileName()));
    }

    void missingReportFileIsExitTwo() {
        const Run r = runCommand({QStringLiteral("scans"), QStringLiteral("parse"),
                                  m_dir.filePath(QStringLiteral("no-such-report.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY(QString(r.out + r.err).contains(QStringLiteral("no-such-report.json")));
    }
};

QTEST_GUILESS_MAIN(TestSecurityDemoCli)
#include "TestSecurityDemoCli.moc"
