// The security gate passes only on reports that prove the bundle was scanned as the controls
// require: the required kinds of scan, none of them empty, the container scan of the image
// bundle.json declares (#15 items 3 and 5). Real report files, a real bundle folder.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// No raw string literals here: moc 6.4 stops finding the test class after one.

#include "TempDir.h"
#include "common/Clock.h"
#include "gates/ScanCoverage.h"
#include "gates/SecurityGate.h"
#include "scans/ScanParser.h"
#include "scans/ScannerKind.h"
#include "workspace/Bundle.h"
#include "workspace/Controls.h"

using namespace countersign;

namespace {

const QString cleanImageDigest =
    QStringLiteral("sha256:4f3a9c6b2d1e0f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a");

QString data(const QString& name) {
    return test::testDataDir() + QStringLiteral("/scans/") + name;
}

QByteArray bytesOf(const QString& name) {
    QFile f(data(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ScanReport parsed(const QString& name) {
    const auto r = ScanParser::read(data(name));
    return r ? r.value() : ScanReport{};
}

Result<Controls> controlsWith(const QJsonObject& scanners) {
    return Controls::fromJson(QJsonObject{{QStringLiteral("scanners"), scanners}},
                              QStringLiteral("controls.json"));
}

}  // namespace

class TestScanCoverage : public QObject {
    Q_OBJECT

    // A bundle folder with the given scans/ reports; bundle.json is not read by the gate.
    Bundle bundleWith(const QStringList& reports, const QString& imageDigest = cleanImageDigest) {
        Bundle b;
        b.dir = m_dir->path();
        b.model = QStringLiteral("fraud-detection");
        b.version = QStringLiteral("2026.10.0");
        b.digest = QString(64, QLatin1Char('a'));
        b.imageDigest = imageDigest;
        for (const QString& r : reports) m_dir->write(QStringLiteral("scans/") + r, bytesOf(r));
        return b;
    }
    GateResult gate(const Bundle& b, const Controls& c = Controls::defaults()) {
        return SecurityGate::runBundle(b, c, m_clock, {});
    }

    std::unique_ptr<test::TempDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(2, 0), QTimeZone::utc())};

private slots:
    void init() { m_dir = std::make_unique<test::TempDir>(); }

    void parsersSayWhatWasScanned() {
        QVERIFY(parsed(QStringLiteral("trivy-no-results.json")).scannedNothing);
        QVERIFY(!parsed(QStringLiteral("trivy-zero-findings.json")).scannedNothing);
        QVERIFY(!parsed(QStringLiteral("trivy-image-clean.json")).scannedNothing);
        QVERIFY(!parsed(QStringLiteral("pip-audit-clean.json")).scannedNothing);
        QVERIFY(!parsed(QStringLiteral("npm-audit-v2-clean.json")).scannedNothing);
        QVERIFY(!parsed(QStringLiteral("trivy.sarif.json")).scannedNothing);
        // SARIF 2.1.0: a run without `results` produced none (the tool failed).
        QVERIFY(parsed(QStringLiteral("sarif-no-results.json")).scannedNothing);
        const ScanReport image = parsed(QStringLiteral("trivy-image-clean.json"));
        QCOMPARE(ScannerKind::of(image), QStringLiteral("trivy-image"));
        QVERIFY(image.imageDigests.contains(cleanImageDigest));  // RepoDigests, after '@'
        QVERIFY(image.imageDigests.contains(QStringLiteral(
            "sha256:2ae7a1c1f5a4f5b3a0a49c1b9c1f6e3a1c2d6d28e3b7f0a4c5d6e7f8091a2b3c")));
        QCOMPARE(ScannerKind::of(parsed(QStringLiteral("trivy-zero-findings.json"))),
                 QStringLiteral("trivy-fs"));
        QCOMPARE(ScannerKind::of(parsed(QStringLiteral("npm-audit-v1.json"))),
                 QStringLiteral("npm-audit"));
        QCOMPARE(ScannerKind::of(parsed(QStringLiteral("trivy.sarif.json"))),
                 QStringLiteral("sarif:trivy"));
    }

    void emptyReportsAreEmpty_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("sarif without runs") << QByteArray(
            "{\"version\":\"2.1.0\",\"$schema\":\"https://json.schemastore.org/"
            "sarif-2.1.0.json\",\"runs\":[]}");
        QTest::newRow("trivy results null") << QByteArray(
            "{\"SchemaVersion\":2,\"ArtifactName\":\"x\",\"ArtifactType\":\"container_image\","
            "\"Results\":null}");
        QTest::newRow("trivy results empty") << QByteArray(
            "{\"SchemaVersion\":2,\"ArtifactName\":\"x\",\"ArtifactType\":\"container_image\","
            "\"Results\":[]}");
        QTest::newRow("pip-audit no dependencies")
            << QByteArray("{\"dependencies\":[],\"fixes\":[]}");
        QTest::newRow("npm v2 no dependencies") << QByteArray(
            "{\"auditReportVersion\":2,\"vulnerabilities\":{},\"metadata\":{\"vulnerabilities\":{"
            "\"total\":0},\"dependencies\":{\"prod\":1,\"dev\":0,\"optional\":0,\"peer\":0,"
            "\"peerOptional\":0,\"total\":0}}}");
        QTest::newRow("npm v1 no dependencies") << QByteArray(
            "{\"actions\":[],\"advisories\":{},\"muted\":[],\"metadata\":{\"vulnerabilities\":{},"
            "\"dependencies\":0,\"totalDependencies\":0}}");
    }
    void emptyReportsAreEmpty() {
        QFETCH(QByteArray, json);
        const QString file = m_dir->write(QStringLiteral("r.json"), json);
        const auto r = ScanParser::read(file);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QVERIFY(r->scannedNothing);
        const QList<Error> problems = ScanCoverage::check({r.value()}, {}, std::nullopt);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, file);
        QVERIFY2(problems.first().message.contains(QStringLiteral("scanned nothing")),
                 qPrintable(problems.first().message));
        Controls::Scanners allowed;
        allowed.allowEmpty = true;
        QVERIFY(ScanCoverage::check({r.value()}, allowed, std::nullopt).isEmpty());
    }

    void cleanRequiredScansPass() {
        const GateResult g = gate(bundleWith(
            {QStringLiteral("trivy-image-clean.json"), QStringLiteral("pip-audit-clean.json")}));
        QCOMPARE(g.status, Verdict::Pass);
        QCOMPARE(g.measured.value(QStringLiteral("coverage")).toArray().size(), 0);
        // What was required is part of the signed result.
        const QJsonArray required =
            g.thresholds.value(QStringLiteral("required_scanners")).toArray();
        QCOMPARE(required.size(), 2);
        QCOMPARE(required.at(0).toString(), QStringLiteral("trivy-image"));
        QCOMPARE(required.at(1).toArray().size(), 2);
    }

    void onlyAnNpmReportFailsNamingTheMissingScan() {
        const GateResult g = gate(bundleWith({QStringLiteral("npm-audit-v2-clean.json")}));
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY2(g.summary.contains(QStringLiteral("required scan missing")),
                 qPrintable(g.summary));
        QVERIFY2(g.summary.contains(QStringLiteral("trivy-image")), qPrintable(g.summary));
        QVERIFY2(!g.summary.contains(QStringLiteral("pip-audit")), qPrintable(g.summary));
    }

    void aTrivyFilesystemScanIsNotAnImageScan() {
        const GateResult g = gate(bundleWith({QStringLiteral("trivy-zero-findings.json"),
                                              QStringLiteral("npm-audit-v2-clean.json")}));
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY2(g.summary.contains(QStringLiteral("a Trivy container image scan")),
                 qPrintable(g.summary));
    }

    void anEmptyRequiredReportDoesNotCount() {
        const GateResult g = gate(bundleWith(
            {QStringLiteral("trivy-image-clean.json"), QStringLiteral("pip-audit-clean.json")}));
        QCOMPARE(g.status, Verdict::Pass);
        m_dir->write(QStringLiteral("scans/pip-audit-clean.json"),
                     "{\"dependencies\":[],\"fixes\":[]}");
        const GateResult empty = gate(bundleWith({QStringLiteral("trivy-image-clean.json")}));
        QCOMPARE(empty.status, Verdict::Fail);
        QVERIFY2(empty.summary.contains(QStringLiteral("scanned nothing")),
                 qPrintable(empty.summary));
        QVERIFY2(empty.summary.contains(QStringLiteral("required scan missing")),
                 qPrintable(empty.summary));
    }

    void theImageScanIsBoundToTheBundlesImage() {
        const QString other = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        GateResult g = gate(bundleWith(
            {QStringLiteral("trivy-image-clean.json"), QStringLiteral("pip-audit-clean.json")},
            other));
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY2(g.summary.contains(other) && g.summary.contains(cleanImageDigest),
                 qPrintable(g.summary));  // names both
        g = gate(bundleWith(
            {QStringLiteral("trivy-image-clean.json"), QStringLiteral("pip-audit-clean.json")},
            {}));
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY2(g.summary.contains(QStringLiteral("declares no image digest")),
                 qPrintable(g.summary));
    }

    void blockingFindingsStillFailAndUnreadableStillErrors() {
        // A report that could not be read is an error, before any coverage question.
        m_dir->write(QStringLiteral("scans/broken.json"), "{\"SchemaVersion\": 2,");
        const GateResult g = gate(bundleWith(
            {QStringLiteral("trivy-image-clean.json"), QStringLiteral("pip-audit-clean.json")}));
        QCOMPARE(g.status, Verdict::Error);
    }

    void requirementsComeFromControls() {
        auto c = controlsWith(
            QJsonObject{{QStringLiteral("required"), QJsonArray{QStringLiteral("npm-audit")}}});
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->scanners.required, (QList<QStringList>{{QStringLiteral("npm-audit")}}));
        QCOMPARE(gate(bundleWith({QStringLiteral("npm-audit-v2-clean.json")}), *c).status,
                 Verdict::Pass);
        c = controlsWith(QJsonObject{
            {QStringLiteral("required"),
             QJsonArray{QJsonArray{QStringLiteral("sarif:trivy"), QStringLiteral("trivy-image")}}},
            {QStringLiteral("allow_empty"), true}});
        QVERIFY(c.ok());
        QCOMPARE(c->scanners.required.first(),
                 (QStringList{QStringLiteral("sarif:trivy"), QStringLiteral("trivy-image")}));
        QVERIFY(c->scanners.allowEmpty);
        // The defaults are the runbook's.
        QCOMPARE(Controls::defaults().scanners.required.size(), 2);
        QVERIFY(!Controls::defaults().scanners.allowEmpty);
    }

    void badRequirementsNameThePointer_data() {
        QTest::addColumn<QJsonValue>("scanners");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("not an object") << QJsonValue(QStringLiteral("trivy")) << "/scanners";
        QTest::newRow("unknown kind")
            << QJsonValue(
                   QJsonObject{{QStringLiteral("required"), QJsonArray{QStringLiteral("trivy")}}})
            << "/scanners/required/0";
        QTest::newRow("unknown alternative")
            << QJsonValue(QJsonObject{
                   {QStringLiteral("required"),
                    QJsonArray{QStringLiteral("pip-audit"),
                               QJsonArray{QStringLiteral("npm-audit"), QStringLiteral("yarn")}}}})
            << "/scanners/required/1/1";
        QTest::newRow("empty alternatives")
            << QJsonValue(QJsonObject{{QStringLiteral("required"), QJsonArray{QJsonArray{}}}})
            << "/scanners/required/0";
        QTest::newRow("sarif without tool")
            << QJsonValue(
                   QJsonObject{{QStringLiteral("required"), QJsonArray{QStringLiteral("sarif:")}}})
            << "/scanners/required/0";
        QTest::newRow("allow_empty not a boolean")
            << QJsonValue(QJsonObject{{QStringLiteral("allow_empty"), QStringLiteral("yes")}})
            << "/scanners/allow_empty";
    }
    void badRequirementsNameThePointer() {
        QFETCH(QJsonValue, scanners);
        QFETCH(QString, pointer);
        const auto c = Controls::fromJson(QJsonObject{{QStringLiteral("scanners"), scanners}},
                                          QStringLiteral("controls.json"));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().file, QStringLiteral("controls.json"));
        QCOMPARE(c.error().where, pointer);
    }

    void danglingNpmReferenceIsAnError() {
        const QString file =
            m_dir->write(QStringLiteral("npm.json"),
                         "{\"auditReportVersion\":2,\"vulnerabilities\":{\"braces\":{\"name\":"
                         "\"braces\",\"severity\":\"high\",\"isDirect\":false,\"via\":[\"fill-"
                         "range\"],\"effects\":[],\"range\":\"<3.0.3\",\"nodes\":[\"node_modules/"
                         "braces\"],\"fixAvailable\":true}},\"metadata\":{\"vulnerabilities\":{"
                         "\"total\":1},\"dependencies\":{\"total\":3}}}");
        const auto r = ScanParser::read(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("/vulnerabilities/braces/via/0"));
        QVERIFY2(r.error().message.contains(QStringLiteral("fill-range")),
                 qPrintable(r.error().message));
    }

    void bundleImageField() {
        test::TempDir ws;
        const QString dir = ws.filePath(QStringLiteral("artifacts/models/m/1.0"));
        auto write = [&](const QJsonObject& image) {
            QJsonObject b{{QStringLiteral("model"), QStringLiteral("m")},
                          {QStringLiteral("version"), QStringLiteral("1.0")},
                          {QStringLiteral("kind"), QStringLiteral("scheduled")},
                          {QStringLiteral("owner"), QStringLiteral("m.owner")},
                          {QStringLiteral("created"), QStringLiteral("2026-11-03T02:00:00Z")},
                          {QStringLiteral("training"),
                           QJsonObject{{QStringLiteral("code_revision"), QStringLiteral("abc")},
                                       {QStringLiteral("feature_snapshot"),
                                        QJsonObject{{QStringLiteral("id"), QStringLiteral("fs")},
                                                    {QStringLiteral("frozen_at"),
                                                     QStringLiteral("2026-10-30T08:00:00Z")}}}}},
                          {QStringLiteral("data_hashes"), QJsonArray{}},
                          {QStringLiteral("artefacts"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("path"), QStringLiteral("model.bin")},
                               {QStringLiteral("sha256"),
                                QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb4"
                                               "10ff61f20015ad")},
                               {QStringLiteral("size"), 3}}}},
                          {QStringLiteral("image"), image}};
            ws.write(QStringLiteral("artifacts/models/m/1.0/bundle.json"),
                     QJsonDocument(b).toJson());
            return Bundle::load(dir);
        };
        auto ok = write(QJsonObject{{QStringLiteral("reference"), QStringLiteral("r/m:1.0")},
                                    {QStringLiteral("digest"), cleanImageDigest}});
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().toString()));
        QCOMPARE(ok->imageDigest, cleanImageDigest);
        QCOMPARE(ok->imageReference, QStringLiteral("r/m:1.0"));
        const auto bad =
            write(QJsonObject{{QStringLiteral("digest"), QStringLiteral("sha256:ABC")}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("/image/digest"));
    }
};

QTEST_GUILESS_MAIN(TestScanCoverage)
#include "TestScanCoverage.moc"
