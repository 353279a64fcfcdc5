#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include "Command.h"
#include "RosterKeys.h"
#include "TempDir.h"
#include "audit/AuditStore.h"
#include "crypto/OperatorKey.h"

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
    // Acceptances expire over days: these replays set the clock with --now, which only a
    // training workspace accepts (controls.json "training": true).
    void makeTraining() const {
        const QString path = m_ws->filePath(QStringLiteral("config/ml/controls.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject controls = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        controls.insert(QStringLiteral("training"), true);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(controls).toJson());
    }

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
        // A Trivy report that scanned nothing and an npm audit: the required container image
        // scan is missing and the empty report proves nothing (controls.json scanners).
        QFile::copy(scan(QStringLiteral("trivy-no-results.json")),
                    bundle10() + QStringLiteral("/scans/trivy.json"));
        QFile::copy(scan(QStringLiteral("npm-audit-v2-clean.json")),
                    bundle10() + QStringLiteral("/scans/npm.json"));
        r = runCommand(ws() + QStringList{QStringLiteral("scans"), QStringLiteral("check"),
                                          QStringLiteral("fraud-detection@2026.10.0")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("scans/trivy.json")) &&
                     r.out.contains(QStringLiteral("scanned nothing")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("required scan missing: a Trivy container image "
                                               "scan (trivy-image)")),
                 qPrintable(r.out));
        QVERIFY(QFile::remove(bundle10() + QStringLiteral("/scans/trivy.json")));
        // The container scan of the image bundle.json declares: clean.
        QFile::copy(scan(QStringLiteral("trivy-image-clean.json")),
                    bundle10() + QStringLiteral("/scans/trivy.json"));
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
        makeTraining();
        // The roster's Security Engineer (o.lead) gets a key we hold; r.ahmed is not one.
        const QString keyPath = m_ws->filePath(QStringLiteral("o.lead.key"));
        const QString passPath = m_ws->filePath(QStringLiteral("o.lead.pass"));
        QVERIFY(!test::installOperatorKey(m_ws->path(), QStringLiteral("o.lead"), keyPath,
                                          "pass-o.lead-123")
                     .isEmpty());
        m_ws->write(QStringLiteral("o.lead.pass"), "pass-o.lead-123\n");
        QDir().mkpath(bundle10() + QStringLiteral("/scans"));
        QFile::copy(scan(QStringLiteral("trivy-critical.json")),
                    bundle10() + QStringLiteral("/scans/trivy.json"));
        // The dependency scan the controls require beside the container scan.
        QFile::copy(scan(QStringLiteral("npm-audit-v2-clean.json")),
                    bundle10() + QStringLiteral("/scans/npm.json"));
        const QStringList accept =
            ws() + QStringList{QStringLiteral("scans"),
                               QStringLiteral("accept"),
                               QStringLiteral("fraud-detection@2026.10.0"),
                               QStringLiteral("--id"),
                               QStringLiteral("CVE-2023-38545"),
                               QStringLiteral("--package"),
                               QStringLiteral("curl"),
                               QStringLiteral("--versions"),
                               QStringLiteral("7.88.1-10"),
                               QStringLiteral("--justification"),
                               QStringLiteral("SOCKS5 proxies are disabled in the model server."),
                               QStringLiteral("--expires"),
                               QStringLiteral("2026-11-09"),
                               QStringLiteral("--key"),
                               keyPath,
                               QStringLiteral("--passphrase-file"),
                               passPath,
                               QStringLiteral("--now"),
                               QStringLiteral("2026-11-03T00:00:00Z")};
        const QStringList asOLead{QStringLiteral("--operator"), QStringLiteral("o.lead")};

        // Only the security_engineer role may accept, refused before any passphrase.
        Run r = runCommand(accept +
                           QStringList{QStringLiteral("--operator"), QStringLiteral("r.ahmed")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("r.ahmed is not a Security Engineer")),
                 qPrintable(r.err));
        r = runCommand(accept +
                       QStringList{QStringLiteral("--operator"), QStringLiteral("nobody")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("nobody is not on the roster")));
        // Bad input names what is wrong.
        QStringList noJustification = accept + asOLead;
        noJustification.removeAt(noJustification.indexOf(QStringLiteral("--justification")) + 1);
        noJustification.removeOne(QStringLiteral("--justification"));
        r = runCommand(noJustification);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--justification is required")));
        QStringList badDate = accept + asOLead;
        badDate[badDate.indexOf(QStringLiteral("2026-11-09"))] = QStringLiteral("next week");
        r = runCommand(badDate);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--expires")));
        QStringList past = accept + asOLead;
        past[past.indexOf(QStringLiteral("2026-11-09"))] = QStringLiteral("2026-11-01");
        r = runCommand(past);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("expiry must be in the future")));
        QStringList otherVersion = accept + asOLead;
        otherVersion[otherVersion.indexOf(QStringLiteral("7.88.1-10"))] = QStringLiteral(">=8");
        r = runCommand(otherVersion);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("matches no finding")));
        QVERIFY2(
            r.err.contains(QStringLiteral("[acceptance.no_finding] (recorded in the audit store)")),
            qPrintable(r.err));
        {
            // Every refusal past the options (role, roster, expiry, no such finding) is recorded
            // as acceptance.refused, never as an acceptance.
            auto store =
                AuditStore::openReader(m_ws->filePath(QStringLiteral(".countersign/audit.sqlite")));
            QVERIFY(store);
            AuditFilter refusals;
            refusals.actionPrefix = QStringLiteral("acceptance.refused");
            QCOMPARE((*store)->count(refusals).value(), 4);
            AuditFilter accepted;
            accepted.actionPrefix = QStringLiteral("risk.accepted");
            QCOMPARE((*store)->count(accepted).value(), 0);
        }

        r = runCommand(accept + asOLead);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Accepted: CVE-2023-38545 in curl")));
        QVERIFY(r.out.contains(QStringLiteral("expires 2026-11-10T00:00:00Z")));
        QVERIFY(r.out.contains(QStringLiteral("audit record")));
        // Nothing on disk but the audit store.
        QVERIFY(!QDir(m_ws->filePath(QStringLiteral("config/ml/acceptances"))).exists());

        const QStringList check =
            ws() + QStringList{QStringLiteral("scans"), QStringLiteral("check"),
                               QStringLiteral("fraud-detection@2026.10.0")};
        r = runCommand(
            check + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-05T00:00:00Z")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Accepted:")));
        QVERIFY(r.out.contains(QStringLiteral("accepted by o.lead")));
        const QStringList list =
            ws() + QStringList{QStringLiteral("scans"), QStringLiteral("acceptances"),
                               QStringLiteral("fraud-detection@2026.10.0")};
        r = runCommand(
            list + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-05T00:00:00Z")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("ACTIVE")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("CVE-2023-38545 in curl (7.88.1-10)  by o.lead")));
        QVERIFY(r.out.contains(QStringLiteral("covers in fraud-detection@2026.10.0")));
        r = runCommand(
            QStringList{QStringLiteral("--json")} + list +
            QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-05T00:00:00Z")});
        QCOMPARE(r.code, 0);
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("acceptances"))
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));

        // At the expiry instant it stops counting.
        r = runCommand(
            check + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-10T00:00:00Z")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("acceptance expired")));
        r = runCommand(
            list + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-10T00:00:00Z")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("EXPIRED")));

        // Someone with write access to the database extends it: it no longer counts.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_ws->filePath(QStringLiteral(".countersign/audit.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS records_no_update"));
            QVERIFY2(q.exec(QStringLiteral(
                         "UPDATE records SET bytes = CAST(replace(CAST(bytes AS TEXT), "
                         "'2026-11-10', '2027-11-10') AS BLOB) WHERE action = 'risk.accepted'")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        r = runCommand(
            check + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-05T00:00:00Z")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("acceptance ignored")), qPrintable(r.out));
        r = runCommand(
            list + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-05T00:00:00Z")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("NOT COUNTED")));
    }

    // A recorded acceptance revoked early: only a Security Engineer may, signed and recorded;
    // the finding blocks again and the listing says who revoked it.
    void revokedAcceptanceBlocksAgain() {
        makeTraining();
        const QString keyPath = m_ws->filePath(QStringLiteral("o.lead.key"));
        const QString passPath = m_ws->filePath(QStringLiteral("o.lead.pass"));
        QVERIFY(!test::installOperatorKey(m_ws->path(), QStringLiteral("o.lead"), keyPath,
                                          "pass-o.lead-123")
                     .isEmpty());
        m_ws->write(QStringLiteral("o.lead.pass"), "pass-o.lead-123\n");
        QDir().mkpath(bundle10() + QStringLiteral("/scans"));
        QFile::copy(scan(QStringLiteral("trivy-critical.json")),
                    bundle10() + QStringLiteral("/scans/trivy.json"));
        // The dependency scan the controls require beside the container scan.
        QFile::copy(scan(QStringLiteral("npm-audit-v2-clean.json")),
                    bundle10() + QStringLiteral("/scans/npm.json"));
        const QStringList now{QStringLiteral("--now"), QStringLiteral("2026-11-04T00:00:00Z")};
        const QStringList signer{QStringLiteral("--key"), keyPath,
                                 QStringLiteral("--passphrase-file"), passPath};
        Run r = runCommand(
            QStringList{QStringLiteral("--json")} + ws() +
            QStringList{QStringLiteral("scans"), QStringLiteral("accept"),
                        QStringLiteral("fraud-detection@2026.10.0"), QStringLiteral("--id"),
                        QStringLiteral("CVE-2023-38545"), QStringLiteral("--package"),
                        QStringLiteral("curl"), QStringLiteral("--versions"),
                        QStringLiteral("7.88.1-10"), QStringLiteral("--justification"),
                        QStringLiteral("SOCKS5 proxies are disabled in the model server."),
                        QStringLiteral("--expires"), QStringLiteral("2026-11-30"),
                        QStringLiteral("--operator"), QStringLiteral("o.lead")} +
            signer + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-03T00:00:00Z")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString digest = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("envelope_sha256"))
                                   .toString();
        QCOMPARE(digest.size(), 64);
        const QStringList check = ws() +
                                  QStringList{QStringLiteral("scans"), QStringLiteral("check"),
                                              QStringLiteral("fraud-detection@2026.10.0")} +
                                  now;
        QCOMPARE(runCommand(check).code, 0);

        const QStringList revoke =
            ws() + QStringList{QStringLiteral("scans"),
                               QStringLiteral("revoke"),
                               QStringLiteral("--acceptance"),
                               digest.left(12),
                               QStringLiteral("--reason"),
                               QStringLiteral("SOCKS5 is enabled again for the new proxy")} +
            signer + now;
        // Only the role that accepts may revoke, refused before any passphrase.
        r = runCommand(revoke +
                       QStringList{QStringLiteral("--operator"), QStringLiteral("r.ahmed")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("r.ahmed is not a Security Engineer")),
                 qPrintable(r.err));
        r = runCommand(ws() +
                       QStringList{QStringLiteral("scans"), QStringLiteral("revoke"),
                                   QStringLiteral("--acceptance"), QStringLiteral("00000000"),
                                   QStringLiteral("--reason"),
                                   QStringLiteral("a reason long enough"),
                                   QStringLiteral("--operator"), QStringLiteral("o.lead")} +
                       signer + now);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no recorded risk acceptance")));

        r = runCommand(revoke +
                       QStringList{QStringLiteral("--operator"), QStringLiteral("o.lead")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(
            r.out.contains(QStringLiteral("Revoked: the acceptance of CVE-2023-38545 in curl")));
        r = runCommand(check);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("acceptance revoked")), qPrintable(r.out));
        const QStringList list = ws() +
                                 QStringList{QStringLiteral("scans"), QStringLiteral("acceptances"),
                                             QStringLiteral("fraud-detection@2026.10.0")} +
                                 now;
        r = runCommand(list);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("REVOKED")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("revoked by o.lead")));
        r = runCommand(QStringList{QStringLiteral("--json")} + list);
        const QJsonObject listed = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("acceptances"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QCOMPARE(listed.value(QStringLiteral("envelope_sha256")).toString(), digest);
        // A second revocation is refused.
        r = runCommand(revoke +
                       QStringList{QStringLiteral("--operator"), QStringLiteral("o.lead")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("already revoked")));
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
