#include <QtTest>

#include "common/Clock.h"
#include "scans/RiskAcceptance.h"
#include "scans/VersionRange.h"

using namespace countersign;

namespace {

QDateTime utc(int y, int m, int d, int h = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

RiskAcceptance acceptance() {
    RiskAcceptance a;
    a.findingId = QStringLiteral("CVE-2023-32681");
    a.package = QStringLiteral("requests");
    a.versionRange = QStringLiteral(">=2.0 <2.31.0");
    a.justification = QStringLiteral("No proxy is used in the scoring service.");
    a.expires = utc(2026, 12, 1);
    a.acceptedBy = QStringLiteral("s.engineer");
    a.acceptedAt = utc(2026, 11, 2);
    return a;
}

Finding finding(const QString& installed) {
    Finding f;
    f.id = QStringLiteral("PYSEC-2023-74");
    f.aliases = {QStringLiteral("CVE-2023-32681"), QStringLiteral("GHSA-j8r2-6x86-q33q")};
    f.package = QStringLiteral("Requests");
    f.installed = installed;
    return f;
}

}  // namespace

class TestRiskAcceptance : public QObject {
    Q_OBJECT
private slots:
    void versionCompare_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("numeric") << QStringLiteral("1.10") << QStringLiteral("1.9") << 1;
        QTest::newRow("equal") << QStringLiteral("v2.31.0") << QStringLiteral("2.31.0") << 0;
        QTest::newRow("longer") << QStringLiteral("1.0.1") << QStringLiteral("1.0") << 1;
        QTest::newRow("pre-release") << QStringLiteral("1.0rc1") << QStringLiteral("1.0") << -1;
        QTest::newRow("alpine") << QStringLiteral("1.1.1c-r0") << QStringLiteral("1.1.1d-r0") << -1;
        QTest::newRow("debian") << QStringLiteral("7.88.1-10+deb12u4")
                                << QStringLiteral("7.88.1-10") << 1;
        QTest::newRow("debian tilde") << QStringLiteral("1.0~rc1") << QStringLiteral("1.0") << -1;
        QTest::newRow("semver pre-release")
            << QStringLiteral("1.0.0-beta.2") << QStringLiteral("1.0.0") << -1;
        QTest::newRow("revision") << QStringLiteral("1.0-1") << QStringLiteral("1.0") << 1;
    }
    void versionCompare() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        QCOMPARE(VersionRange::compare(a, b), sign);
        QCOMPARE(VersionRange::compare(b, a), -sign);
    }
    void ranges_data() {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("inside");
        QTest::newRow("any") << QStringLiteral("*") << QString() << true;
        QTest::newRow("exact") << QStringLiteral("2.25.1") << QStringLiteral("2.25.1") << true;
        QTest::newRow("exact other")
            << QStringLiteral("=2.25.1") << QStringLiteral("2.25.2") << false;
        QTest::newRow("interval in")
            << QStringLiteral(">=2.0 <2.31.0") << QStringLiteral("2.25.1") << true;
        QTest::newRow("interval edge")
            << QStringLiteral(">=2.0 <2.31.0") << QStringLiteral("2.31.0") << false;
        QTest::newRow("alternatives")
            << QStringLiteral("<13.1.2 || >=14.0.0 <15.0.1") << QStringLiteral("14.2.0") << true;
        QTest::newRow("alternatives out")
            << QStringLiteral("<13.1.2 || >=14.0.0 <15.0.1") << QStringLiteral("13.5.0") << false;
        QTest::newRow("spaces") << QStringLiteral("< 2.0, >= 1.0") << QStringLiteral("1.5") << true;
        QTest::newRow("no version") << QStringLiteral("<2.0") << QString() << false;
        QTest::newRow("debian epoch exact")
            << QStringLiteral("=1:1.2.13.dfsg-1") << QStringLiteral("1:1.2.13.dfsg-1") << true;
        QTest::newRow("debian epoch newer revision")
            << QStringLiteral("=1:1.2.13.dfsg-1") << QStringLiteral("1:1.2.13.dfsg-1+deb12u1")
            << false;
        QTest::newRow("debian epoch upper bound")
            << QStringLiteral("<1:1.3") << QStringLiteral("1:1.2.13.dfsg-1") << true;
    }
    void ranges() {
        QFETCH(QString, range);
        QFETCH(QString, version);
        QFETCH(bool, inside);
        QVERIFY(VersionRange::isValid(range));
        QCOMPARE(VersionRange::contains(range, version), inside);
    }
    void invalidRanges() {
        QVERIFY(!VersionRange::isValid(QString()));
        QVERIFY(!VersionRange::isValid(QStringLiteral(">>1")));
        QVERIFY(!VersionRange::isValid(QStringLiteral("~> 1.0")));
    }

    void coversByAliasPackageAndVersion() {
        const RiskAcceptance a = acceptance();
        QVERIFY(a.covers(finding(QStringLiteral("2.25.1"))));
        QVERIFY(!a.covers(finding(QStringLiteral("2.31.0"))));  // outside the range
        Finding other = finding(QStringLiteral("2.25.1"));
        other.package = QStringLiteral("urllib3");
        QVERIFY(!a.covers(other));  // another package
        Finding otherId = finding(QStringLiteral("2.25.1"));
        otherId.aliases.clear();
        QVERIFY(!a.covers(otherId));  // another advisory
        QVERIFY(a.covers(finding(QStringLiteral("2.25.1, 2.26.0"))));
        QVERIFY(
            !a.covers(finding(QStringLiteral("2.25.1, 2.31.0"))));  // every copy must be covered
        RiskAcceptance scoped = a;
        scoped.model = QStringLiteral("fraud-detection");
        QVERIFY(
            scoped.covers(finding(QStringLiteral("2.25.1")), QStringLiteral("fraud-detection")));
        QVERIFY(!scoped.covers(finding(QStringLiteral("2.25.1")), QStringLiteral("device-risk")));
    }

    void expiryFollowsTheClock() {
        const RiskAcceptance a = acceptance();
        FixedClock clock(utc(2026, 11, 30, 23));
        QVERIFY(!a.isExpired(clock));
        clock.advance(3600);  // 2026-12-01T00:00:00Z: expired at that instant
        QVERIFY(a.isExpired(clock));
    }

    void jsonRoundTripAndValidation() {
        const RiskAcceptance a = acceptance();
        const auto back = RiskAcceptance::fromJson(a.toJson(), QStringLiteral("a.json"));
        QVERIFY(back.ok());
        QCOMPARE(back->findingId, a.findingId);
        QCOMPARE(back->expires, a.expires);
        QCOMPARE(back->versionRange, a.versionRange);
        QJsonObject bad = a.toJson();
        bad.insert(QStringLiteral("expires"), QStringLiteral("next week"));
        const auto e = RiskAcceptance::fromJson(bad, QStringLiteral("a.json"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().where, QStringLiteral("/expires"));
        bad = a.toJson();
        bad.remove(QStringLiteral("package"));
        QCOMPARE(RiskAcceptance::fromJson(bad, QStringLiteral("a.json")).error().where,
                 QStringLiteral("/package"));

        FixedClock clock(utc(2026, 11, 3));
        QVERIFY(a.problem(clock).isEmpty());
        RiskAcceptance past = a;
        past.expires = utc(2026, 11, 1);
        QVERIFY(!past.problem(clock).isEmpty());
        RiskAcceptance terse = a;
        terse.justification = QStringLiteral("ok");
        QVERIFY(!terse.problem(clock).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRiskAcceptance)
#include "TestRiskAcceptance.moc"
