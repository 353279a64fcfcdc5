#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "Command.h"
#include "TempDir.h"
#include "crypto/OperatorKey.h"
#include "scans/AcceptanceStore.h"
#include "workspace/Roster.h"

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

void copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
}

QDateTime utc(int y, int m, int d) {
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

}  // namespace

class TestSecurityCli : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_ws;
    QString bundle10() const {
        return m_ws->filePath(QStringLiteral("artifacts/models/fraud-detection/2026.10.0"));
    }
    QString scan(const QString& name) const {
        return test::testDataDir() + QStringLiteral("/scans/") + name;
    }
    QStringList ws() const { return {QStringLiteral("--workspace"), m_ws->path()}; }

private slots:
    void init() {
        m_ws = std::make_unique<test::TempDir>();
        copyTree(test::testDataDir() + QStringLiteral("/workspace/base"), m_ws->path());
    }

    void integrityPassesThenNamesTheAlteredFile() {
        Run r = runCommand(ws() + QStringList{QStringLiteral("integrity"), QStringLiteral("verify"),
                                              QStringLiteral("fraud-detection@2026.10.0")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("ok")));
        m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/model/model.onnx"),
                    "tampered model bytes!!");
        r = runCommand(ws() + QStringList{QStringLiteral("integrity"), QStringLiteral("verify"),
                                          QStringLiteral("fraud-detection@2026.10.0")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("mismatch    model/model.onnx")), qPrintable(r.out));
        r = runCommand(ws() + QStringList{QStringLiteral("--json"), QStringLiteral("integrity"),
                                          QStringLiteral("verify"),
                                          QStringLiteral("fraud-detection@2026.10.0")});
        QCOMPARE(r.code, 1);
        const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(g.value(QStringLiteral("gate")).toString(), QStringLiteral("integrity"));
        QCOMPARE(g.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(g.value(QStringLiteral("bundle_digest")).toString().size(), 64);
        const QJsonObject f = g.value(QStringLiteral("measured"))
                                  .toObject()
                                  .value(QStringLiteral("files"))
                                  .toArray()
                                  .first()
                                  .toObject();
        QCOMPARE(f.value(QStringLiteral("verdict")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(
            f.value(QStringLiteral("expected_sha256")).toString(),
            QStringLiteral("9c20b0ef099706ccc302dc9deb206a346facd7584e039379e28b6dc3ebb37e6a"));
    }
    void integrityMissingFilesFromSha256Sums() {
        const Run r =
            runCommand(ws() + QStringList{QStringLiteral("integrity"), QStringLiteral("verify"),
                                          QStringLiteral("fraud-detection@2026.11.0")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("missing     model/model.onnx")));
        QVERIFY(r.out.contains(QStringLiteral("missing     model/calibration.json")));
        QVERIFY(r.out.contains(QStringLiteral("SHA256SUMS")));
    }
    void integrityByManifestRefusesEscapes() {
        test::TempDir outside;
        outside.write(QStringLiteral("secret"), "abc");
        test::TempDir root;
        root.write(QStringLiteral("model/a.bin"), "abc");
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret")),
                            root.filePath(QStringLiteral("model/link.bin"))));
        const QByteArray abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        const QString sums = root.write(
            QStringLiteral("SHA256SUMS"),
            abc + "  model/a.bin\n" + abc + "  ../outside\n" + abc + "  model/link.bin\n");
        Run r = runCommand({QStringLiteral("integrity"), QStringLiteral("verify"),
                            QStringLiteral("--manifest"), sums});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("ok          model/a.bin")));
        QVERIFY(r.out.contains(QStringLiteral("refused     ../outside")));
        QVERIFY(r.out.contains(QStringLiteral("refused     model/link.bin")));
        r = runCommand({QStringLiteral("integrity"), QStringLiteral("verify"),
                        QStringLiteral("--manifest"), root.filePath(QStringLiteral("absent"))});
        QCOMPARE(r.code, 2);
        r = runCommand({QStringLiteral("integrity"), QStringLiteral("verify")});
        QCOMPARE(r.code, 2);
    }

    void scansCheckFailsOnCriticalAndPassesClean() {
        QDir().mkpath(bundle10() + QStringLiteral("/scans"));
        Run r = runCommand(ws() + QStringList{QStringLiteral("scans"), QStringLiteral("check"),
                                              QStringLiteral("fraud-detection@2026.10.0")});
        QCOMPARE(r.code, 2);  // no report at all is not a pass
        QFile::copy(scan(QStringLiteral("trivy-no-results.json")),
                    bundle10() + QStringLiteral("/scans/trivy.json"));
        QFile::copy(scan(QStringLiteral("npm-audit-v2-clean.json")),
                    bundle10() + QStringLiteral("/scans/npm.json"));
        r = runCommand(ws() + QStringList{QStringLiteral("scans"), QStringLiteral("check"),
                                          QStringLiteral("fraud-detection@2026.10.0")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile::copy(scan(QStringLiteral("trivy-critical.json")),
                    bundle10() + QStringLiteral("/scans/trivy-image.json"));
        r = runCommand(ws() + QStringList{QStringLiteral("scans"), QStringLiteral("check"),
                                          QStringLiteral("fraud-detection@2026.10.0")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("CRITICAL CVE-2023-38545 in curl")),
                 qPrintable(r.out));
        m_ws->write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/scans/pip.json"),
                    QByteArray());
        r = runCommand(ws() + QStringList{QStringLiteral("--json"), QStringLiteral("scans"),
                                          QStringLiteral("check"),
                                          QStringLiteral("fraud-detection@2026.10.0")});
        QCOMPARE(r.code, 2);
        const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(g.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(g.value(QStringLiteral("summary")).toString().contains(QStringLiteral("pip.json")));
    }

    void signedAcceptanceCountsUntilItExpires() {
        // Give the roster's Security Engineer (o.lead) a key we hold.
        auto key = OperatorKey::generate();
        QVERIFY(key.ok());
        const QString rosterPath = m_ws->filePath(QStringLiteral("config/ml/operators.json"));
        QFile rf(rosterPath);
        QVERIFY(rf.open(QIODevice::ReadOnly));
        QJsonObject roster = QJsonDocument::fromJson(rf.readAll()).object();
        rf.close();
        QJsonArray ops = roster.value(QStringLiteral("operators")).toArray();
        for (qsizetype i = 0; i < ops.size(); ++i) {
            QJsonObject o = ops.at(i).toObject();
            if (o.value(QStringLiteral("id")) == QStringLiteral("o.lead"))
                o.insert(QStringLiteral("public_key"), key->publicKeyPem());
            ops[i] = o;
        }
        roster.insert(QStringLiteral("operators"), ops);
        m_ws->write(QStringLiteral("config/ml/operators.json"), QJsonDocument(roster).toJson());
        auto loadedRoster = Roster::load(rosterPath);
        QVERIFY(loadedRoster.ok());

        QDir().mkpath(bundle10() + QStringLiteral("/scans"));
        QFile::copy(scan(QStringLiteral("trivy-critical.json")),
                    bundle10() + QStringLiteral("/scans/trivy.json"));
        RiskAcceptance a;
        a.findingId = QStringLiteral("CVE-2023-38545");
        a.package = QStringLiteral("curl");
        a.versionRange = QStringLiteral("7.88.1-10");
        a.justification = QStringLiteral("SOCKS5 proxies are disabled in the model server.");
        a.acceptedBy = QStringLiteral("o.lead");
        a.acceptedAt = utc(2026, 11, 3);
        a.expires = utc(2026, 11, 10);
        a.model = QStringLiteral("fraud-detection");
        FixedClock clock(utc(2026, 11, 3));
        const auto written =
            AcceptanceStore::write(m_ws->path(), a, key.value(), loadedRoster.value(), clock);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));

        const QStringList check =
            ws() + QStringList{QStringLiteral("scans"), QStringLiteral("check"),
                               QStringLiteral("fraud-detection@2026.10.0")};
        Run r = runCommand(
            check + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-05T00:00:00Z")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Accepted:")));
        QVERIFY(r.out.contains(QStringLiteral("accepted by o.lead")));
        r = runCommand(
            check + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-10T00:00:00Z")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("acceptance expired")));

        // Someone edits the signed file: it no longer counts.
        QFile f(written.value());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject env = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QByteArray payload =
            QByteArray::fromBase64(env.value(QStringLiteral("payload")).toString().toLatin1());
        payload.replace("2026-11-10", "2027-11-10");
        env.insert(QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(env).toJson());
        f.close();
        r = runCommand(
            check + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-05T00:00:00Z")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("acceptance ignored")), qPrintable(r.out));

        // Only a Security Engineer's key counts.
        a.acceptedBy = QStringLiteral("r.ahmed");
        QVERIFY(!AcceptanceStore::write(m_ws->path(), a, key.value(), loadedRoster.value(), clock)
                     .ok());
    }

    void scansParseWithThresholdOptions() {
        Run r = runCommand({QStringLiteral("scans"), QStringLiteral("parse"),
                            scan(QStringLiteral("npm-audit-v1.json"))});
        QCOMPARE(r.code, 0);
        r = runCommand({QStringLiteral("scans"), QStringLiteral("parse"),
                        QStringLiteral("--blocking-severity"), QStringLiteral("HIGH"),
                        scan(QStringLiteral("npm-audit-v1.json"))});
        QCOMPARE(r.code, 1);
        r = runCommand({QStringLiteral("scans"), QStringLiteral("parse"),
                        QStringLiteral("--unknown-severity"), QStringLiteral("warn"),
                        scan(QStringLiteral("pip-audit.json"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Warning")));
        r = runCommand({QStringLiteral("scans"), QStringLiteral("parse"),
                        QStringLiteral("--blocking-severity"), QStringLiteral("awful"),
                        scan(QStringLiteral("pip-audit.json"))});
        QCOMPARE(r.code, 2);
        r = runCommand({QStringLiteral("scans"), QStringLiteral("parse"),
                        scan(QStringLiteral("trivy-stray-log.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral("trivy-stray-log.json")));
    }
};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "TestSecurityCli.moc"
