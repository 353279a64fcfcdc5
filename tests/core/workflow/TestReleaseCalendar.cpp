#include <QtTest>

#include "common/Clock.h"
#include "release/BundleWindow.h"
#include "release/CycleOpenAt.h"
#include "release/ReleaseCalendar.h"
#include "workspace/Controls.h"
#include "workspace/RetrainingRule.h"

using namespace countersign;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ReleaseCalendar calendar(const FixedClock& clock,
                         const QString& zone = QStringLiteral("UTC+10:00")) {
    CalendarConfig c;
    c.zone = zone;
    auto r = ReleaseCalendar::create(c, clock);
    if (!r)
        qFatal("calendar: %s", qPrintable(r.error().toString()));
    return r.value();
}

}  // namespace

class TestReleaseCalendar : public QObject {
    Q_OBJECT
private slots:
    void firstTuesdayAndFreeze_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<QDate>("retraining");
        QTest::addColumn<QDateTime>("freeze");
        QTest::addColumn<QDateTime>("windowStart");
        // 1 Dec 2026 is a Tuesday: retraining on the 1st, the freeze Friday in November.
        QTest::newRow("month starts on Tuesday")
            << 2026 << 12 << QDate(2026, 12, 1) << utc("2026-11-27T08:00:00Z")
            << utc("2026-11-30T14:00:00Z");
        // 1 Jul 2026 is a Wednesday: the first Tuesday is the 7th, the freeze the 3rd.
        QTest::newRow("month starts on Wednesday")
            << 2026 << 7 << QDate(2026, 7, 7) << utc("2026-07-03T08:00:00Z")
            << utc("2026-07-06T14:00:00Z");
        QTest::newRow("runbook example")
            << 2026 << 11 << QDate(2026, 11, 3) << utc("2026-10-30T08:00:00Z")
            << utc("2026-11-02T14:00:00Z");
        // 1 Jan 2030 is a Tuesday: the freeze falls in the previous year.
        QTest::newRow("year end") << 2030 << 1 << QDate(2030, 1, 1) << utc("2029-12-28T08:00:00Z")
                                  << utc("2029-12-31T14:00:00Z");
        // 1 Jan 2027 is a Friday: the freeze is New Year's Day itself.
        QTest::newRow("freeze on new year")
            << 2027 << 1 << QDate(2027, 1, 5) << utc("2027-01-01T08:00:00Z")
            << utc("2027-01-04T14:00:00Z");
    }
    void firstTuesdayAndFreeze() {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(QDate, retraining);
        QFETCH(QDateTime, freeze);
        QFETCH(QDateTime, windowStart);
        FixedClock clock(utc("2026-11-25T01:00:00Z"));
        const ReleaseCalendar cal = calendar(clock);
        QCOMPARE(cal.retrainingDate(year, month), retraining);
        const RetrainingCycle c = cal.cycleOfMonth(year, month);
        QCOMPARE(c.freeze, freeze);
        QCOMPARE(c.freeze.toTimeZone(cal.zone()).date().dayOfWeek(), int(Qt::Friday));
        QCOMPARE(c.freeze.toTimeZone(cal.zone()).time(), QTime(18, 0));
        QCOMPARE(c.windowStart, windowStart);
        QCOMPARE(c.windowEnd, windowStart.addSecs(24 * 3600));
    }

    void nextCycleAndPhases() {
        FixedClock clock(utc("2026-11-25T01:00:00Z"));
        const ReleaseCalendar cal = calendar(clock);
        RetrainingCycle c = cal.nextCycle();
        QCOMPARE(c.retraining, QDate(2026, 12, 1));
        QCOMPARE(c.phaseAt(clock.now()), RetrainingCycle::Phase::BeforeFreeze);
        QCOMPARE(cal.nextEvent(), utc("2026-11-27T08:00:00Z"));
        QCOMPARE(cal.nextEvent().toSecsSinceEpoch() - clock.now().toSecsSinceEpoch(),
                 qint64(2 * 86400 + 7 * 3600));

        clock.set(utc("2026-11-27T08:00:00Z"));  // the freeze instant itself: frozen
        QCOMPARE(cal.nextCycle().phaseAt(clock.now()), RetrainingCycle::Phase::Frozen);
        QCOMPARE(cal.nextEvent(), utc("2026-11-30T14:00:00Z"));

        clock.set(utc("2026-12-01T05:00:00Z"));  // Tuesday 15:00 AEST: the window is open
        c = cal.nextCycle();
        QCOMPARE(c.retraining, QDate(2026, 12, 1));
        QCOMPARE(c.phaseAt(clock.now()), RetrainingCycle::Phase::WindowOpen);
        QCOMPARE(cal.nextEvent(), utc("2026-12-01T14:00:00Z"));

        clock.set(utc("2026-12-01T14:00:00Z"));  // the window has closed: next is January
        QCOMPARE(cal.nextCycle().retraining, QDate(2027, 1, 5));

        clock.set(utc("2029-12-30T00:00:00Z"));  // over the year end
        QCOMPARE(cal.nextCycle().retraining, QDate(2030, 1, 1));
        QCOMPARE(cal.nextCycle().phaseAt(clock.now()), RetrainingCycle::Phase::Frozen);
    }

    void literalAestWarnsInSydneySummer() {
        FixedClock clock(utc("2026-11-25T01:00:00Z"));
        const ReleaseCalendar cal = calendar(clock);
        const RetrainingCycle dec = cal.cycleOfMonth(2026, 12);
        QCOMPARE(cal.formatInZone(dec.freeze), QStringLiteral("Fri 27 Nov 2026 18:00 AEST"));
        const QString warning = cal.sydneyWarning(dec.freeze);
        QVERIFY2(warning.contains(QStringLiteral("19:00 AEDT")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("18:00 AEST")));
        // In July Sydney is on standard time: both readings agree.
        QVERIFY(cal.sydneyWarning(cal.cycleOfMonth(2026, 7).freeze).isEmpty());
    }

    void sydneyZoneFollowsDaylightSaving() {
        FixedClock clock(utc("2026-11-25T01:00:00Z"));
        const ReleaseCalendar cal = calendar(clock, QStringLiteral("Australia/Sydney"));
        // Summer: 18:00 AEDT is 07:00 UTC, one hour earlier than literal AEST.
        const RetrainingCycle dec = cal.cycleOfMonth(2026, 12);
        QCOMPARE(dec.freeze, utc("2026-11-27T07:00:00Z"));
        QCOMPARE(cal.zoneLabelAt(dec.freeze), QStringLiteral("AEDT"));
        QVERIFY(cal.sydneyWarning(dec.freeze).isEmpty());
        // April 2026: daylight saving ends Sunday 5 April, between the freeze (Fri 3rd, AEDT)
        // and the window (Tue 7th, AEST).
        const RetrainingCycle apr = cal.cycleOfMonth(2026, 4);
        QCOMPARE(apr.freeze, utc("2026-04-03T07:00:00Z"));
        QCOMPARE(apr.windowStart, utc("2026-04-06T14:00:00Z"));
        QCOMPARE(apr.windowEnd, utc("2026-04-07T14:00:00Z"));
        // October 2026: daylight saving starts Sunday 4 October, between freeze and window.
        const RetrainingCycle oct = cal.cycleOfMonth(2026, 10);
        QCOMPARE(oct.freeze, utc("2026-10-02T08:00:00Z"));
        QCOMPARE(cal.zoneLabelAt(oct.freeze), QStringLiteral("AEST"));
        QCOMPARE(oct.windowStart, utc("2026-10-05T13:00:00Z"));
    }

    void operatorLocalZoneAcrossItsDaylightSaving() {
        FixedClock clock(utc("2026-11-25T01:00:00Z"));
        const ReleaseCalendar cal = calendar(clock);
        const QTimeZone london(QByteArrayLiteral("Europe/London"));
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        // London leaves BST on 25 Oct 2026: the October freeze is 09:00 BST, November's 08:00 GMT.
        QCOMPARE(ReleaseCalendar::formatIn(cal.cycleOfMonth(2026, 10).freeze, london),
                 QStringLiteral("Fri 2 Oct 2026 09:00 BST"));
        QCOMPARE(ReleaseCalendar::formatIn(cal.cycleOfMonth(2026, 11).freeze, london),
                 QStringLiteral("Fri 30 Oct 2026 08:00 GMT"));
        // New York: the December freeze is Friday 03:00 EST, the window opens Monday 09:00 EST.
        QCOMPARE(ReleaseCalendar::formatIn(cal.cycleOfMonth(2026, 12).freeze, newYork),
                 QStringLiteral("Fri 27 Nov 2026 03:00 EST"));
        QCOMPARE(ReleaseCalendar::formatIn(cal.cycleOfMonth(2026, 12).windowStart, newYork),
                 QStringLiteral("Mon 30 Nov 2026 09:00 EST"));
    }

    void configValidation() {
        auto ok = CalendarConfig::fromJson(
            QJsonObject{{QStringLiteral("zone"), QStringLiteral("UTC-05:30")},
                        {QStringLiteral("freeze_time"), QStringLiteral("17:30")},
                        {QStringLiteral("window_hours"), 48}});
        QVERIFY(ok);
        QCOMPARE(ok->timeZone()->offsetFromUtc(QDateTime::currentDateTimeUtc()),
                 -(5 * 3600 + 1800));
        QCOMPARE(ok->windowHours, 48);
        auto badZone = CalendarConfig::fromJson(
            QJsonObject{{QStringLiteral("zone"), QStringLiteral("Mars/Olympus")}},
            QStringLiteral("controls.json"));
        QVERIFY(!badZone);
        QCOMPARE(badZone.error().where, QStringLiteral("/calendar/zone"));
        QCOMPARE(badZone.error().file, QStringLiteral("controls.json"));
        QVERIFY(!CalendarConfig::fromJson(
            QJsonObject{{QStringLiteral("freeze_time"), QStringLiteral("6pm")}}));
        QVERIFY(!CalendarConfig::fromJson(QJsonObject{{QStringLiteral("window_hours"), 0}}));
        // "last-" is an ordinal now (retrainingOrdinals); "fifth-" is not.
        QVERIFY(!CalendarConfig::fromJson(
            QJsonObject{{QStringLiteral("retraining"), QStringLiteral("fifth-tuesday")}}));
    }

    void retrainingOrdinals_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("november");  // its day in November 2026 (1 Nov is a Sunday)
        QTest::addColumn<QDate>("february");  // and in February 2027 (28 days, 1 Feb a Monday)
        QTest::newRow("first-tuesday")
            << "first-tuesday" << QDate(2026, 11, 3) << QDate(2027, 2, 2);
        QTest::newRow("second-friday")
            << "second-friday" << QDate(2026, 11, 13) << QDate(2027, 2, 12);
        QTest::newRow("third-sunday")
            << "third-sunday" << QDate(2026, 11, 15) << QDate(2027, 2, 21);
        QTest::newRow("fourth-monday")
            << "fourth-monday" << QDate(2026, 11, 23) << QDate(2027, 2, 22);
        QTest::newRow("last-monday") << "last-monday" << QDate(2026, 11, 30) << QDate(2027, 2, 22);
        QTest::newRow("last-tuesday")
            << "last-tuesday" << QDate(2026, 11, 24) << QDate(2027, 2, 23);
        QTest::newRow("last-sunday") << "last-sunday" << QDate(2026, 11, 29) << QDate(2027, 2, 28);
    }
    void retrainingOrdinals() {
        QFETCH(QString, rule);
        QFETCH(QDate, november);
        QFETCH(QDate, february);
        auto config = CalendarConfig::fromJson(QJsonObject{{QStringLiteral("retraining"), rule}});
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->retraining, rule);
        const FixedClock clock(utc("2026-11-01T00:00:00Z"));
        auto cal = ReleaseCalendar::create(config.value(), clock);
        QVERIFY(cal);
        QCOMPARE(cal->retrainingDate(2026, 11), november);
        QCOMPARE(cal->retrainingDate(2027, 2), february);
        // The freeze is the Friday strictly before, at 18:00 AEST; the window opens 00:00 AEST.
        const RetrainingCycle c = cal->cycleOfMonth(2026, 11);
        QCOMPARE(c.freeze.toTimeZone(QTimeZone(10 * 3600)).date().dayOfWeek(), int(Qt::Friday));
        QVERIFY(c.freeze.toTimeZone(QTimeZone(10 * 3600)).date() < november);
        QCOMPARE(c.windowStart, QDateTime(november, QTime(0, 0), QTimeZone(10 * 3600)).toUTC());
        // Controls (controls.json as the workspace reads it) accepts the same rule.
        auto controls =
            Controls::fromJson(QJsonObject{{QStringLiteral("calendar"),
                                            QJsonObject{{QStringLiteral("retraining"), rule}}}},
                               QStringLiteral("config/ml/controls.json"));
        QVERIFY(controls);
        QCOMPARE(CalendarConfig::fromControls(controls->calendar).retrainingOrdinal,
                 config->retrainingOrdinal);
        QCOMPARE(controls->calendar.retrainingWeekday, config->retrainingWeekday);
    }

    void badRetrainingStrings_data() {
        QTest::addColumn<QString>("rule");
        for (const char* bad : {"", "tuesday", "first", "first-", "-tuesday", "fifth-tuesday",
                                "First-Tuesday", "first-tues", "last-tuesday ", "first_tuesday",
                                "1st-tuesday", "first-tuesday-x", "every-tuesday"})
            QTest::newRow(bad[0] ? bad : "(empty)") << QString::fromLatin1(bad);
    }
    void badRetrainingStrings() {
        QFETCH(QString, rule);
        QVERIFY(!RetrainingRule::parse(rule));
        auto config = CalendarConfig::fromJson(QJsonObject{{QStringLiteral("retraining"), rule}},
                                               QStringLiteral("controls.json"));
        QVERIFY(!config);
        QCOMPARE(config.error().where, QStringLiteral("/calendar/retraining"));
        QCOMPARE(config.error().file, QStringLiteral("controls.json"));
        auto controls =
            Controls::fromJson(QJsonObject{{QStringLiteral("calendar"),
                                            QJsonObject{{QStringLiteral("retraining"), rule}}}},
                               QStringLiteral("config/ml/controls.json"));
        QVERIFY(!controls);
        QCOMPARE(controls.error().where, QStringLiteral("/calendar/retraining"));
        QVERIFY2(controls.error().toString().contains(QStringLiteral("controls.json")),
                 qPrintable(controls.error().toString()));
        QVERIFY2(controls.error().message.contains(QStringLiteral("last-friday")),
                 qPrintable(controls.error().message));
    }

    void cycleOfSnapshot_data() {
        QTest::addColumn<QDateTime>("frozenAt");
        QTest::addColumn<QDate>("retraining");
        QTest::addColumn<bool>("atFreeze");
        QTest::newRow("at the freeze") << utc("2026-10-30T08:00:00Z") << QDate(2026, 11, 3) << true;
        QTest::newRow("59 min after") << utc("2026-10-30T08:59:59Z") << QDate(2026, 11, 3) << true;
        QTest::newRow("an hour after")
            << utc("2026-10-30T09:00:00Z") << QDate(2026, 11, 3) << false;
        QTest::newRow("a second before")
            << utc("2026-10-30T07:59:59Z") << QDate(2026, 11, 3) << false;
        QTest::newRow("Thursday") << utc("2026-10-29T08:00:00Z") << QDate(2026, 11, 3) << false;
        // The December cycle's freeze is in November (Fri 27 Nov, retraining Tue 1 Dec).
        QTest::newRow("freeze in the month before")
            << utc("2026-11-27T08:00:00Z") << QDate(2026, 12, 1) << true;
        QTest::newRow("AEST offset")
            << utc("2026-10-30T18:30:00+10:00") << QDate(2026, 11, 3) << true;
    }
    void cycleOfSnapshot() {
        QFETCH(QDateTime, frozenAt);
        QFETCH(QDate, retraining);
        QFETCH(bool, atFreeze);
        const FixedClock clock(utc("2027-06-01T00:00:00Z"));  // "now" plays no part
        const auto found = calendar(clock).cycleOfSnapshot(frozenAt);
        QCOMPARE(found.cycle.retraining, retraining);
        QCOMPARE(found.atFreeze, atFreeze);
        const BundleWindow w = BundleWindow::of(CalendarConfig{}, frozenAt);
        QCOMPARE(w.opens(), found.cycle.windowStart);
        QCOMPARE(w.closes(), found.cycle.windowEnd);
        QCOMPARE(!w.problem, atFreeze);
        if (w.problem)
            QCOMPARE(w.problem->code, QStringLiteral("window.snapshot_not_at_freeze"));
    }

    void cycleOpenAtAnInstant_data() {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("widened");
        // 3 Nov 2026 18:00 AEST, the first Tuesday.
        QTest::newRow("first Tuesday") << utc("2026-11-03T08:00:00Z") << "first-tuesday" << false;
        // 4 Dec 2026 04:51 AEST, the first Friday.
        QTest::newRow("first Friday") << utc("2026-12-03T18:51:00Z") << "first-friday" << false;
        QTest::newRow("second Wednesday")
            << utc("2026-12-09T01:00:00Z") << "second-wednesday" << false;
        QTest::newRow("fourth Monday") << utc("2026-12-28T01:00:00Z") << "fourth-monday" << false;
        // 30 Jan 2027 is the last Saturday; 21:00 AEST leaves 3 h of the day's window.
        QTest::newRow("day 30, late") << utc("2027-01-30T11:00:00Z") << "last-saturday" << true;
    }
    void cycleOpenAtAnInstant() {
        QFETCH(QDateTime, at);
        QFETCH(QString, rule);
        QFETCH(bool, widened);
        const CycleOpenAt open = CycleOpenAt::make(at);
        QCOMPARE(open.calendar.retraining, rule);
        QCOMPARE(open.widened, widened);
        QCOMPARE(open.cycle.phaseAt(at), RetrainingCycle::Phase::WindowOpen);
        QVERIFY(at.secsTo(open.cycle.windowEnd) >= 6 * 3600);
        // The written calendar reads back to the same cycle, the one now shown as next.
        auto config = CalendarConfig::fromJson(open.calendar.toJson());
        QVERIFY(config);
        const FixedClock clock(at);
        auto cal = ReleaseCalendar::create(config.value(), clock);
        QVERIFY(cal);
        QCOMPARE(cal->nextCycle().windowStart, open.cycle.windowStart);
        QCOMPARE(cal->nextCycle().windowEnd, open.cycle.windowEnd);
        // A snapshot at that cycle's freeze belongs to it.
        QCOMPARE(cal->cycleOfSnapshot(open.cycle.freeze).cycle.retraining, open.cycle.retraining);
        QVERIFY(cal->cycleOfSnapshot(open.cycle.freeze).atFreeze);
        QCOMPARE(open.earlier(1).retraining.month(), open.cycle.retraining.addMonths(-1).month());
    }

    void countdownText() {
        QCOMPARE(ReleaseCalendar::formatCountdown(2 * 86400 + 7 * 3600),
                 QStringLiteral("2 d 7 h 0 min"));
        QCOMPARE(ReleaseCalendar::formatCountdown(17 * 3600 + 12 * 60),
                 QStringLiteral("17 h 12 min"));
        QCOMPARE(ReleaseCalendar::formatCountdown(61), QStringLiteral("2 min"));
        QCOMPARE(ReleaseCalendar::formatCountdown(0), QStringLiteral("now"));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCalendar)
#include "TestReleaseCalendar.moc"
