#include <sys/stat.h>
#include <QJsonArray>
#include <QtTest>

#include "TempDir.h"
#include "common/Clock.h"
#include "gates/SecurityGate.h"
#include "gates/SecurityPolicy.h"
#include "scans/ScanParser.h"

using namespace countersign;

namespace {

QString data(const QString& name) {
    return test::testDataDir() + QStringLiteral("/scans/") + name;
}

QDateTime utc(int y, int m, int d) {
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

GateResult run(const QStringList& names, const SecurityPolicy& policy = {},
               const QList<RiskAcceptance>& acc = {},
               const Clock& clock = FixedClock(QDateTime(QDate(2026, 11, 3), QTime(2, 0),
                                                         Qt::UTC))) {
    QStringList files;
    for (const QString& n : names) files << data(n);
    const auto assessment = SecurityAssessment::assess(
        SecurityGate::readReports(files), policy, acc, clock, QStringLiteral("fraud-detection"));
    return SecurityGate::evaluate(assessment, QStringLiteral("ab"), clock);
}

QStringList ids(const QJsonArray& a) {
    QStringList out;
    for (const QJsonValue& v : a) out << v.toObject().value(QStringLiteral("id")).toString();
    return out;
}

}  // namespace

class TestSecurityGate : public QObject {
    Q_OBJECT
private slots:
    void policyFromControls() {
        auto p = SecurityPolicy::fromThresholds({}, QStringLiteral("controls.json"));
        QVERIFY(p.ok());
        QCOMPARE(p->blocking, Severity::Critical);  // the runbook
        QCOMPARE(p->unknown, SecurityPolicy::UnknownSeverity::Block);
        p = SecurityPolicy::fromThresholds(
            {{QStringLiteral("blocking_severity"), QStringLiteral("high")},
             {QStringLiteral("unknown_severity"), QStringLiteral("warn")}},
            QStringLiteral("controls.json"));
        QCOMPARE(p->blocking, Severity::High);
        QCOMPARE(p->unknown, SecurityPolicy::UnknownSeverity::Warn);
        const auto bad = SecurityPolicy::fromThresholds(
            {{QStringLiteral("blocking_severity"), QStringLiteral("severe")}},
            QStringLiteral("controls.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("/thresholds/blocking_severity"));
        QVERIFY(!SecurityPolicy::fromThresholds(
                     {{QStringLiteral("unknown_severity"), QStringLiteral("ignore")}},
                     QStringLiteral("controls.json"))
                     .ok());
    }

    void criticalFails() {
        const GateResult g =
            run({QStringLiteral("trivy-critical.json"), QStringLiteral("npm-audit-v2-clean.json")});
        QCOMPARE(g.gate, QStringLiteral("security"));
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY2(g.summary.contains(QStringLiteral("CRITICAL CVE-2023-38545 in curl")),
                 qPrintable(g.summary));
        QCOMPARE(g.evidence.size(), 2);
        QCOMPARE(g.evidence.front().sha256.size(), 64);
        QCOMPARE(g.thresholds.value(QStringLiteral("blocking_severity")).toString(),
                 QStringLiteral("CRITICAL"));
    }
    void belowThresholdPasses() {
        const GateResult g =
            run({QStringLiteral("trivy-old.sarif.json"), QStringLiteral("npm-audit-v1.json")});
        QCOMPARE(g.status, Verdict::Pass);
        QCOMPARE(g.measured.value(QStringLiteral("findings")).toArray().size(), 3);
        QCOMPARE(g.measured.value(QStringLiteral("by_severity"))
                     .toObject()
                     .value(QStringLiteral("HIGH"))
                     .toInt(),
                 1);
    }
    void zeroFindingsAndNoResultsPass() {
        QCOMPARE(run({QStringLiteral("trivy-no-results.json")}).status, Verdict::Pass);
        QCOMPARE(run({QStringLiteral("trivy-zero-findings.json"),
                      QStringLiteral("pip-audit-clean.json")})
                     .status,
                 Verdict::Pass);
    }
    void noReportIsAnError() {
        QCOMPARE(run({}).status, Verdict::Error);
        test::TempDir dir;
        QVERIFY(SecurityGate::readBundleReports(dir.path()).isEmpty());
        dir.write(QStringLiteral("scans/b.json"), "{}");
        dir.write(QStringLiteral("scans/a.json"), "{}");
        dir.write(QStringLiteral("scans/notes.txt"), "x");
        const auto reports = SecurityGate::readBundleReports(dir.path());
        QCOMPARE(reports.size(), 2);
        QVERIFY(!reports.front());
        QVERIFY(reports.front().error().file.endsWith(QStringLiteral("scans/a.json")));
    }
    void hostileScanEntriesAreRefusedByNameNeverQuoted() {
        test::TempDir dir;
        const QString key = dir.write(QStringLiteral("keys/operator.pem"), "PRIVATE-KEY-BYTES");
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/b/scans")));
        QVERIFY(QFile::copy(data(QStringLiteral("trivy-no-results.json")),
                            dir.path() + QStringLiteral("/b/scans/trivy.json")));
        const QString scans = dir.path() + QStringLiteral("/b/scans/");
        QVERIFY(
            QFile::link(QStringLiteral("/proc/self/environ"), scans + QStringLiteral("zz.json")));
        QVERIFY(QFile::link(key, scans + QStringLiteral("key.json")));
        QCOMPARE(::mkfifo(QFile::encodeName(scans + QStringLiteral("pipe.json")).constData(), 0600),
                 0);
        QDir().mkpath(scans + QStringLiteral("sub"));
        dir.write(QStringLiteral("b/scans/sub/pip.json"), "[]");
        const FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC));
        const auto assessment = SecurityAssessment::assess(
            SecurityGate::readBundleReports(dir.path() + QStringLiteral("/b")), {}, {}, clock,
            QStringLiteral("fraud-detection"));
        const GateResult g = SecurityGate::evaluate(assessment, QStringLiteral("ab"), clock);
        QCOMPARE(g.status, Verdict::Error);
        const QByteArray evidence = QJsonDocument(g.toJson()).toJson();
        QVERIFY(!evidence.contains("PRIVATE-KEY"));
        QVERIFY(!evidence.contains(qgetenv("PATH")));
        QCOMPARE(g.measured.value(QStringLiteral("errors")).toArray().size(), 4);
        for (const QString& name : {QStringLiteral("zz.json"), QStringLiteral("key.json"),
                                    QStringLiteral("pipe.json"), QStringLiteral("sub")})
            QVERIFY2(g.summary.contains(QStringLiteral("scans/") + name), qPrintable(g.summary));
    }
    void unreadableReportIsAnErrorNeverAPass() {
        for (const QString& bad :
             {QStringLiteral("empty.json"), QStringLiteral("pip-audit-error.txt"),
              QStringLiteral("trivy-stray-log.json"), QStringLiteral("npm-error.json")}) {
            const GateResult g = run({QStringLiteral("trivy-no-results.json"), bad});
            QCOMPARE(g.status, Verdict::Error);
            QVERIFY2(g.summary.contains(bad), qPrintable(g.summary));
            QCOMPARE(g.measured.value(QStringLiteral("errors")).toArray().size(), 1);
        }
    }
    void unknownSeverityPolicy() {
        // pip-audit gives no severity: blocked by default, a warning under "warn".
        GateResult g = run({QStringLiteral("pip-audit.json")});
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY(g.summary.contains(QStringLiteral("UNKNOWN CVE-2024-22195 in jinja2")));
        SecurityPolicy warn;
        warn.unknown = SecurityPolicy::UnknownSeverity::Warn;
        g = run({QStringLiteral("pip-audit.json")}, warn);
        QCOMPARE(g.status, Verdict::Warning);
        QVERIFY(g.passed());
        // Merged with Trivy, the requests finding takes Trivy's MEDIUM; jinja2 stays unknown.
        g = run({QStringLiteral("pip-audit.json"), QStringLiteral("trivy-image.json")});
        QCOMPARE(g.status, Verdict::Fail);  // the CRITICAL secret and the unknown jinja2
        const QJsonArray f = g.measured.value(QStringLiteral("findings")).toArray();
        for (const QJsonValue& v : f)
            if (v.toObject().value(QStringLiteral("id")) == QStringLiteral("CVE-2023-32681"))
                QCOMPARE(v.toObject().value(QStringLiteral("severity")).toString(),
                         QStringLiteral("MEDIUM"));
    }
    void skippedDependenciesWarn() {
        SecurityPolicy warn;
        warn.unknown = SecurityPolicy::UnknownSeverity::Warn;
        const GateResult g = run({QStringLiteral("pip-audit.json")}, warn);
        QCOMPARE(g.measured.value(QStringLiteral("skipped")).toArray().size(), 1);
        QVERIFY(g.summary.contains(QStringLiteral("not audited")));
    }
    void blockingSeverityFromControls() {
        SecurityPolicy high;
        high.blocking = Severity::High;
        const GateResult g = run({QStringLiteral("npm-audit-v1.json")}, high);
        QCOMPARE(g.status, Verdict::Fail);
        QVERIFY(g.summary.contains(QStringLiteral("HIGH CVE-2020-8203 in lodash")));
    }

    void acceptedFindingsAreShownApartAndExpire() {
        RiskAcceptance a;
        a.findingId = QStringLiteral("CVE-2023-38545");
        a.package = QStringLiteral("curl");
        a.versionRange = QStringLiteral("<7.88.1-10+deb12u4");
        a.justification = QStringLiteral("SOCKS5 proxies are disabled in the model server.");
        a.expires = utc(2026, 11, 10);
        a.acceptedBy = QStringLiteral("s.engineer");
        FixedClock clock(utc(2026, 11, 3));
        GateResult g = run({QStringLiteral("trivy-critical.json")}, {}, {a}, clock);
        QCOMPARE(g.status, Verdict::Pass);
        QCOMPARE(ids(g.measured.value(QStringLiteral("accepted")).toArray()),
                 QStringList{QStringLiteral("CVE-2023-38545")});
        QVERIFY(g.measured.value(QStringLiteral("findings")).toArray().isEmpty());
        QVERIFY(g.summary.contains(QStringLiteral("1 accepted")));

        clock.set(
            utc(2026, 11, 10));  // expired: the finding blocks again, the stale acceptance is shown
        g = run({QStringLiteral("trivy-critical.json")}, {}, {a}, clock);
        QCOMPARE(g.status, Verdict::Fail);
        const QJsonObject f =
            g.measured.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("disposition")).toString(), QStringLiteral("blocking"));
        QVERIFY(f.contains(QStringLiteral("expired_acceptance")));

        RiskAcceptance otherModel = a;
        otherModel.model = QStringLiteral("device-risk");
        QCOMPARE(run({QStringLiteral("trivy-critical.json")}, {}, {otherModel},
                     FixedClock(utc(2026, 11, 3)))
                     .status,
                 Verdict::Fail);
    }
};

QTEST_GUILESS_MAIN(TestSecurityGate)
#include "TestSecurityGate.moc"
