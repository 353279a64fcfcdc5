#include <QFile>
#include <QtTest>

#include "TempDir.h"
#include "scans/ScanParser.h"

using namespace countersign;

namespace {

QString data(const QString& name) {
    return test::testDataDir() + QStringLiteral("/scans/") + name;
}

QByteArray bytesOf(const QString& name) {
    QFile f(data(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return f.readAll();
}

const Finding* find(const ScanReport& r, const QString& id, const QString& package = {}) {
    for (const Finding& f : r.findings)
        if (f.id == id && (package.isEmpty() || f.package == package))
            return &f;
    return nullptr;
}

}  // namespace

class TestScanParsers : public QObject {
    Q_OBJECT
private slots:
    void trivyJson() {
        const auto r = ScanParser::read(data(QStringLiteral("trivy-image.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->format, QStringLiteral("trivy-json"));
        QCOMPARE(r->tool, QStringLiteral("trivy"));
        QCOMPARE(r->digest.size(), 64);
        // 5 vulnerabilities, 1 failed misconfiguration (the PASS one is not a finding), 1 secret.
        QCOMPARE(r->findings.size(), 7);
        const Finding* ssl = find(*r, QStringLiteral("CVE-2019-1549"), QStringLiteral("libssl1.1"));
        QVERIFY(ssl);
        QCOMPARE(ssl->installed, QStringLiteral("1.1.1c-r0"));
        QCOMPARE(ssl->fixed, QStringLiteral("1.1.1d-r0"));
        QCOMPARE(ssl->severity, Severity::Medium);
        QCOMPARE(ssl->title, QStringLiteral("openssl: information disclosure in fork()"));
        QVERIFY(ssl->target.contains(QStringLiteral("alpine 3.10.2")));
        const Finding* req = find(*r, QStringLiteral("CVE-2023-32681"));
        QCOMPARE(req->aliases, QStringList{QStringLiteral("GHSA-j8r2-6x86-q33q")});
        QCOMPARE(find(*r, QStringLiteral("CVE-2022-42969"))->fixed, QString());
        const Finding* ds = find(*r, QStringLiteral("DS002"));
        QCOMPARE(ds->kind, QStringLiteral("misconfiguration"));
        QCOMPARE(ds->severity, Severity::High);
        QCOMPARE(ds->target, QStringLiteral("Dockerfile"));
        QVERIFY(!find(*r, QStringLiteral("DS001")));
        const Finding* secret = find(*r, QStringLiteral("aws-access-key-id"));
        QCOMPARE(secret->kind, QStringLiteral("secret"));
        QCOMPARE(secret->severity, Severity::Critical);
        QCOMPARE(secret->target, QStringLiteral("app/settings.py:12"));
        QVERIFY(!secret->title.contains(QStringLiteral("****")));  // the match is never copied
    }
    void trivyWithoutResultsAndZeroFindings() {
        for (const QString& name : {QStringLiteral("trivy-no-results.json"),
                                    QStringLiteral("trivy-zero-findings.json")}) {
            const auto r = ScanParser::read(data(name));
            QVERIFY2(r.ok(), qPrintable(name));
            QCOMPARE(r->findings.size(), 0);
            QCOMPARE(r->format, QStringLiteral("trivy-json"));
        }
    }
    void trivySarif() {
        const auto r = ScanParser::read(data(QStringLiteral("trivy.sarif.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->format, QStringLiteral("sarif"));
        QCOMPARE(r->tool, QStringLiteral("trivy"));
        QCOMPARE(r->findings.size(), 3);
        const Finding* curl = find(*r, QStringLiteral("CVE-2023-38545"));
        QCOMPARE(curl->package, QStringLiteral("curl"));
        QCOMPARE(curl->installed, QStringLiteral("7.88.1-10"));
        QCOMPARE(curl->fixed, QStringLiteral("7.88.1-10+deb12u4"));
        QCOMPARE(curl->severity, Severity::Critical);
        QCOMPARE(curl->target, QStringLiteral("model-server"));
        QVERIFY(curl->title.startsWith(QStringLiteral("curl: heap based")));
        QCOMPARE(find(*r, QStringLiteral("CVE-2023-32681"))->severity, Severity::Medium);
        const Finding* ds = find(*r, QStringLiteral("DS002"));
        QCOMPARE(ds->kind, QStringLiteral("misconfiguration"));
        QCOMPARE(ds->severity, Severity::High);
        QCOMPARE(ds->target, QStringLiteral("Dockerfile:1"));
    }
    void trivySarifOldShape() {
        const auto r = ScanParser::read(data(QStringLiteral("trivy-old.sarif.json")));
        QVERIFY(r.ok());
        QCOMPARE(r->findings.size(), 1);
        QCOMPARE(r->findings.front().package, QStringLiteral("libcrypto1.1"));
        QCOMPARE(r->findings.front().severity, Severity::Medium);
    }
    void sarifSeverityFallbacks() {
        // A generic driver: security-severity on the rule, then the level.
        const QByteArray s =
            R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"grype","rules":[
            {"id":"CVE-1","properties":{"security-severity":"9.1"}},{"id":"CVE-2"}]}},
            "results":[{"ruleId":"CVE-1","level":"error","message":{"text":"x"}},
                       {"ruleId":"CVE-2","level":"warning","message":{"text":"y"}}]}]})";
        const auto r = ScanParser::parse(s, QStringLiteral("g.sarif"));
        QVERIFY(r.ok());
        QCOMPARE(r->tool, QStringLiteral("grype"));
        QCOMPARE(find(*r, QStringLiteral("CVE-1"))->severity, Severity::Critical);
        QCOMPARE(find(*r, QStringLiteral("CVE-2"))->severity, Severity::Medium);
    }
    void pipAudit() {
        const auto r = ScanParser::read(data(QStringLiteral("pip-audit.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->format, QStringLiteral("pip-audit"));
        QCOMPARE(r->findings.size(), 2);
        const Finding* req = find(*r, QStringLiteral("PYSEC-2023-74"));
        QCOMPARE(req->package, QStringLiteral("requests"));
        QCOMPARE(req->installed, QStringLiteral("2.25.1"));
        QCOMPARE(req->fixed, QStringLiteral("2.31.0"));
        QCOMPARE(req->severity, Severity::Unknown);  // pip-audit gives none
        QCOMPARE(req->aliases, (QStringList{QStringLiteral("CVE-2023-32681"),
                                            QStringLiteral("GHSA-j8r2-6x86-q33q")}));
        QCOMPARE(r->skipped.size(), 1);
        QVERIFY(r->skipped.front().startsWith(
            QStringLiteral("countersign-internal-features: Dependency not found")));
    }
    void pipAuditLegacyAndClean() {
        const auto legacy = ScanParser::read(data(QStringLiteral("pip-audit-legacy.json")));
        QVERIFY(legacy.ok());
        QCOMPARE(legacy->findings.size(), 2);
        QCOMPARE(find(*legacy, QStringLiteral("PYSEC-2019-179"))->fixed, QStringLiteral("1.0"));
        QVERIFY(find(*legacy, QStringLiteral("PYSEC-2019-179"))->aliases.isEmpty());
        const auto clean = ScanParser::read(data(QStringLiteral("pip-audit-clean.json")));
        QVERIFY(clean.ok());
        QCOMPARE(clean->findings.size(), 0);
    }
    void npmV2() {
        const auto r = ScanParser::read(data(QStringLiteral("npm-audit-v2.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->format, QStringLiteral("npm-audit-v2"));
        // Two advisories; report-builder and optimist are only reached through them.
        QCOMPARE(r->findings.size(), 2);
        const Finding* hb = find(*r, QStringLiteral("GHSA-765h-qjxv-5f44"));
        QVERIFY(hb);
        QCOMPARE(hb->package, QStringLiteral("handlebars"));
        QCOMPARE(hb->severity, Severity::Critical);
        QCOMPARE(hb->range, QStringLiteral("<4.7.7"));
        QCOMPARE(hb->fixed, QStringLiteral("report-builder@2.0.0 (major)"));
        QCOMPARE(hb->aliases, QStringList{QStringLiteral("NPM-1095103")});
        QCOMPARE(hb->target, QStringLiteral("node_modules/handlebars"));
        QCOMPARE(find(*r, QStringLiteral("GHSA-xvch-5gv4-984h"))->severity,
                 Severity::Medium);  // "moderate"
        const auto clean = ScanParser::read(data(QStringLiteral("npm-audit-v2-clean.json")));
        QVERIFY(clean.ok());
        QCOMPARE(clean->findings.size(), 0);
    }
    void npmV1() {
        const auto r = ScanParser::read(data(QStringLiteral("npm-audit-v1.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->format, QStringLiteral("npm-audit-v1"));
        QCOMPARE(r->findings.size(), 2);
        const Finding* lodash = find(*r, QStringLiteral("GHSA-p6mc-m468-83gw"));
        QCOMPARE(lodash->package, QStringLiteral("lodash"));
        QCOMPARE(lodash->installed, QStringLiteral("4.17.15"));
        QCOMPARE(lodash->severity, Severity::High);
        QVERIFY(lodash->aliases.contains(QStringLiteral("CVE-2020-8203")));
        QCOMPARE(lodash->fixed, QStringLiteral(">=4.17.19"));
        const Finding* yp = find(*r, QStringLiteral("NPM-1500"));  // no GHSA id in this advisory
        QCOMPARE(yp->package, QStringLiteral("yargs-parser"));
        QCOMPARE(yp->target, QStringLiteral("yargs>yargs-parser"));
        QVERIFY(yp->aliases.contains(QStringLiteral("CVE-2020-7608")));
    }

    void notAReport_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("empty.json") << QStringLiteral("empty");
        // Not JSON: named by place and reason, the file's bytes never quoted (#15).
        QTest::newRow("scanner error text")
            << QStringLiteral("pip-audit-error.txt") << QStringLiteral("not JSON");
        QTest::newRow("log line before JSON")
            << QStringLiteral("trivy-stray-log.json") << QStringLiteral("not JSON");
        QTest::newRow("npm error object")
            << QStringLiteral("npm-error.json") << QStringLiteral("requires an existing lockfile");
    }
    void notAReport() {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const auto r = ScanParser::read(data(file));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, data(file));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    }
    void missingFile() {
        const auto r = ScanParser::read(data(QStringLiteral("absent.json")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
    }

    void truncated_data() {
        QTest::addColumn<QString>("file");
        for (const char* f : {"trivy-image.json", "trivy.sarif.json", "pip-audit.json",
                              "pip-audit-legacy.json", "npm-audit-v2.json", "npm-audit-v1.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void truncated() {
        QFETCH(QString, file);
        const QByteArray all = bytesOf(file);
        // Cut anywhere: never a report, always an error naming the file and a line.
        for (qsizetype cut : {qsizetype(1), all.size() / 3, all.size() / 2, all.size() - 2}) {
            const auto r = ScanParser::parse(all.left(cut), file);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("%1 cut at %2").arg(file).arg(cut)));
            QCOMPARE(r.error().file, file);
            QVERIFY(r.error().where.startsWith(QStringLiteral("line ")));
        }
        QVERIFY(!ScanParser::parse(all + "\ntrailing text", file).ok());
    }

    void malformedShapes_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("trivy schema 1")
            << QByteArray(R"([{"Target":"x","Vulnerabilities":null}])") << QString();
        QTest::newRow("trivy schema 3")
            << QByteArray(R"({"SchemaVersion":3})") << QStringLiteral("/SchemaVersion");
        QTest::newRow("trivy results not array")
            << QByteArray(R"({"SchemaVersion":2,"Results":{}})") << QStringLiteral("/Results");
        QTest::newRow("trivy vuln without id")
            << QByteArray(
                   R"({"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[{"PkgName":"p"}]}]})")
            << QStringLiteral("/Results/0/Vulnerabilities/0/VulnerabilityID");
        QTest::newRow("sarif 2.0")
            << QByteArray(R"({"version":"2.0.0","runs":[]})") << QStringLiteral("/version");
        QTest::newRow("sarif result without ruleId")
            << QByteArray(
                   R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Trivy"}},"results":[{"message":{"text":"x"}}]}]})")
            << QStringLiteral("/runs/0/results/0/ruleId");
        QTest::newRow("pip vulns not array")
            << QByteArray(R"({"dependencies":[{"name":"a","version":"1","vulns":{}}],"fixes":[]})")
            << QStringLiteral("/dependencies/0/vulns");
        QTest::newRow("npm v3") << QByteArray(R"({"auditReportVersion":3,"vulnerabilities":{}})")
                                << QStringLiteral("/auditReportVersion");
        QTest::newRow("npm via number")
            << QByteArray(
                   R"({"auditReportVersion":2,"vulnerabilities":{"a":{"name":"a","via":[7]}}})")
            << QStringLiteral("/vulnerabilities/a/via/0");
        QTest::newRow("npm v1 without module")
            << QByteArray(R"({"advisories":{"1":{"id":1,"severity":"high"}}})")
            << QStringLiteral("/advisories/1/module_name");
        QTest::newRow("unknown object")
            << QByteArray(R"({"hello":"world"})") << QStringLiteral("/");
        QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("/");
    }
    void malformedShapes() {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const auto r = ScanParser::parse(json, QStringLiteral("r.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, QStringLiteral("r.json"));
        if (!where.isEmpty())
            QCOMPARE(r.error().where, where);
    }
};

QTEST_GUILESS_MAIN(TestScanParsers)
#include "TestScanParsers.moc"
