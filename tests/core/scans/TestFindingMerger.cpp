#include <QtTest>

#include "scans/FindingMerger.h"
#include "scans/ScanParser.h"

using namespace countersign;

namespace {

Finding vuln(const QString& source, const QString& id, const QString& package, Severity s,
             QStringList aliases = {}, const QString& installed = QStringLiteral("1.0")) {
    Finding f;
    f.source = source;
    f.id = id;
    f.package = package;
    f.severity = s;
    f.aliases = aliases;
    f.installed = installed;
    f.file = source + QStringLiteral(".json");
    return f;
}

}  // namespace

class TestFindingMerger : public QObject {
    Q_OBJECT
private slots:
    void sameIdAndPackageMerge() {
        const auto merged =
            FindingMerger::merge({vuln(QStringLiteral("trivy"), QStringLiteral("CVE-1"),
                                       QStringLiteral("curl"), Severity::High),
                                  vuln(QStringLiteral("grype"), QStringLiteral("cve-1"),
                                       QStringLiteral("curl"), Severity::Critical)});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.front().severity, Severity::Critical);  // the highest known
        QCOMPARE(merged.front().sources,
                 (QStringList{QStringLiteral("trivy"), QStringLiteral("grype")}));
        QCOMPARE(merged.front().files.size(), 2);
    }
    void differentPackagesStayApart() {
        const auto merged =
            FindingMerger::merge({vuln(QStringLiteral("trivy"), QStringLiteral("CVE-1"),
                                       QStringLiteral("libssl1.1"), Severity::High),
                                  vuln(QStringLiteral("trivy"), QStringLiteral("CVE-1"),
                                       QStringLiteral("libcrypto1.1"), Severity::High)});
        QCOMPARE(merged.size(), 2);
    }
    void aliasesBridgeIds() {
        // pip-audit's PYSEC id carries the CVE and GHSA aliases; Trivy reports the CVE;
        // a third report names only the GHSA id. Package spelled differently (PEP 503).
        const auto merged = FindingMerger::merge(
            {vuln(QStringLiteral("pip-audit"), QStringLiteral("PYSEC-2023-74"),
                  QStringLiteral("Requests"), Severity::Unknown,
                  {QStringLiteral("CVE-2023-32681"), QStringLiteral("GHSA-j8r2-6x86-q33q")}),
             vuln(QStringLiteral("trivy"), QStringLiteral("CVE-2023-32681"),
                  QStringLiteral("requests"), Severity::Medium),
             vuln(QStringLiteral("osv"), QStringLiteral("GHSA-J8R2-6X86-Q33Q"),
                  QStringLiteral("requests"), Severity::Unknown),
             vuln(QStringLiteral("pip-audit"), QStringLiteral("PYSEC-1"),
                  QStringLiteral("zope.interface"), Severity::Unknown),
             vuln(QStringLiteral("trivy"), QStringLiteral("PYSEC-1"),
                  QStringLiteral("zope_interface"), Severity::Low)});
        QCOMPARE(merged.size(), 2);
        const Finding& req = merged.front();
        QCOMPARE(req.id, QStringLiteral("CVE-2023-32681"));  // the CVE id wins
        QVERIFY(req.aliases.contains(QStringLiteral("PYSEC-2023-74")));
        QCOMPARE(req.severity, Severity::Medium);  // known beats unknown
        QCOMPARE(req.sources.size(), 3);
        QCOMPARE(merged.at(1).severity, Severity::Low);
    }
    void realReportsMergeAcrossScanners() {
        const QString dir =
            qEnvironmentVariable("COUNTERSIGN_TEST_DATA") + QStringLiteral("/scans/");
        const auto trivy = ScanParser::read(dir + QStringLiteral("trivy-image.json"));
        const auto sarif = ScanParser::read(dir + QStringLiteral("trivy.sarif.json"));
        const auto pip = ScanParser::read(dir + QStringLiteral("pip-audit.json"));
        QVERIFY(trivy.ok() && sarif.ok() && pip.ok());
        const auto merged = FindingMerger::merge(trivy->findings + sarif->findings + pip->findings);
        int requests = 0;
        for (const Finding& f : merged)
            if (f.package == QLatin1String("requests")) {
                ++requests;
                QCOMPARE(f.id, QStringLiteral("CVE-2023-32681"));
                QCOMPARE(f.severity, Severity::Medium);
                QVERIFY(f.sources.contains(QStringLiteral("pip-audit")));
                QVERIFY(f.sources.contains(QStringLiteral("trivy")));
                QCOMPARE(f.files.size(), 3);
            }
        QCOMPARE(requests, 1);
        // DS002 from the JSON (target "Dockerfile") and the SARIF ("Dockerfile:1") stay apart
        // only if their targets differ; both are kept, nothing is lost.
        QCOMPARE(merged.size(),
                 trivy->findings.size() + sarif->findings.size() + pip->findings.size() - 2);
    }
    void misconfigurationsMergeByTarget() {
        Finding a;
        a.kind = QStringLiteral("misconfiguration");
        a.id = QStringLiteral("DS002");
        a.target = QStringLiteral("Dockerfile");
        Finding b = a;
        b.target = QStringLiteral("other/Dockerfile");
        Finding c = a;
        QCOMPARE(FindingMerger::merge({a, b, c}).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFindingMerger)
#include "TestFindingMerger.moc"
