#include "release/ReleaseCalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include "workspace/RetrainingRule.h"

namespace countersign {

namespace {

QString wallClock(const QDateTime& instant, const QTimeZone& zone) {
    return QLocale::c().toString(instant.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy HH:mm"));
}

}  // namespace

RetrainingCycle::Phase RetrainingCycle::phaseAt(const QDateTime& instant) const {
    if (instant < freeze)
        return Phase::BeforeFreeze;
    if (instant < windowStart)
        return Phase::Frozen;
    if (instant < windowEnd)
        return Phase::WindowOpen;
    return Phase::Over;
}

ReleaseCalendar::ReleaseCalendar(CalendarConfig config, QTimeZone zone, const Clock& clock)
    : m_config(std::move(config)), m_zone(std::move(zone)), m_clock(&clock) {}

Result<ReleaseCalendar> ReleaseCalendar::create(const CalendarConfig& config, const Clock& clock) {
    auto zone = config.timeZone();
    if (!zone)
        return zone.error();
    return ReleaseCalendar(config, zone.value(), clock);
}

QDate ReleaseCalendar::retrainingDate(int year, int month) const {
    RetrainingRule rule;
    rule.ordinal = m_config.retrainingOrdinal;
    rule.weekday = m_config.retrainingWeekday;
    return rule.dateIn(year, month);
}

RetrainingCycle ReleaseCalendar::cycleFor(QDate retraining) const {
    RetrainingCycle c;
    c.retraining = retraining;
    // The freeze weekday strictly before the retraining day (a week back if they coincide).
    QDate freezeDay = retraining.addDays(-1);
    while (freezeDay.dayOfWeek() != m_config.freezeWeekday) freezeDay = freezeDay.addDays(-1);
    c.freeze = QDateTime(freezeDay, m_config.freezeTime, m_zone).toUTC();
    c.windowStart = QDateTime(retraining, QTime(0, 0), m_zone).toUTC();
    c.windowEnd = c.windowStart.addSecs(qint64(m_config.windowHours) * 3600);
    return c;
}

RetrainingCycle ReleaseCalendar::cycleOfMonth(int year, int month) const {
    return cycleFor(retrainingDate(year, month));
}

RetrainingCycle ReleaseCalendar::nextCycle(const QDateTime& atIn) const {
    const QDateTime at = (atIn.isValid() ? atIn : now()).toUTC();
    const QDate local = at.toTimeZone(m_zone).date();
    // The previous month's window can still be open on the first days of a month
    // when window_hours is long; start there and walk forward.
    QDate month = QDate(local.year(), local.month(), 1).addMonths(-1);
    for (int i = 0; i < 3; ++i, month = month.addMonths(1)) {
        const RetrainingCycle c = cycleOfMonth(month.year(), month.month());
        if (c.windowEnd > at)
            return c;
    }
    return cycleOfMonth(month.year(), month.month());
}

ReleaseCalendar::SnapshotCycle ReleaseCalendar::cycleOfSnapshot(const QDateTime& frozenAt) const {
    const QDateTime at = frozenAt.toUTC();
    const QDate local = at.toTimeZone(m_zone).date();
    // A freeze precedes its retraining day by at most a week, which may fall in the next month.
    QDate month = QDate(local.year(), local.month(), 1).addMonths(-1);
    SnapshotCycle best;
    qint64 bestDistance = -1;
    for (int i = 0; i < 4; ++i, month = month.addMonths(1)) {
        const RetrainingCycle c = cycleOfMonth(month.year(), month.month());
        const qint64 distance = qAbs(c.freeze.secsTo(at));
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            best.cycle = c;
        }
    }
    const qint64 after = best.cycle.freeze.secsTo(at);
    best.atFreeze = after >= 0 && after < kSnapshotToleranceSecs;
    return best;
}

QDateTime ReleaseCalendar::nextEvent(const QDateTime& atIn) const {
    const QDateTime at = (atIn.isValid() ? atIn : now()).toUTC();
    const RetrainingCycle c = nextCycle(at);
    switch (c.phaseAt(at)) {
        case RetrainingCycle::Phase::BeforeFreeze:
            return c.freeze;
        case RetrainingCycle::Phase::Frozen:
            return c.windowStart;
        case RetrainingCycle::Phase::WindowOpen:
            return c.windowEnd;
        case RetrainingCycle::Phase::Over:
            break;
    }
    return c.windowEnd;
}

QString ReleaseCalendar::zoneLabelAt(const QDateTime& instant) const {
    if (m_config.isFixedOffset())
        return m_config.zoneLabel.isEmpty() ? m_config.zone : m_config.zoneLabel;
    const QString abbreviation = m_zone.abbreviation(instant);
    return abbreviation.isEmpty() ? QString::fromUtf8(m_zone.id()) : abbreviation;
}

QString ReleaseCalendar::formatInZone(const QDateTime& instant) const {
    return wallClock(instant, m_zone) + QLatin1Char(' ') + zoneLabelAt(instant);
}

QString ReleaseCalendar::formatIn(const QDateTime& instant, const QTimeZone& zone) {
    QString label = zone.abbreviation(instant);
    if (label.isEmpty())
        label = QString::fromUtf8(zone.id());
    return wallClock(instant, zone) + QLatin1Char(' ') + label;
}

QString ReleaseCalendar::sydneyWarning(const QDateTime& instant) const {
    static const QTimeZone sydney(QByteArrayLiteral("Australia/Sydney"));
    if (!sydney.isValid())
        return {};
    const int ours = m_zone.offsetFromUtc(instant);
    const int theirs = sydney.offsetFromUtc(instant);
    if (ours == theirs)
        return {};
    const QString at = QLocale::c().toString(instant.toTimeZone(m_zone), QStringLiteral("HH:mm")) +
                       QLatin1Char(' ') + zoneLabelAt(instant);
    const QString sydneyAt =
        QLocale::c().toString(instant.toTimeZone(sydney), QStringLiteral("HH:mm")) +
        QLatin1Char(' ') + sydney.abbreviation(instant);
    if (sydney.isDaylightTime(instant))
        return QCoreApplication::translate("ReleaseCalendar",
                                           "Australia/Sydney is on daylight saving time at this "
                                           "instant: %1 is %2 in Sydney")
            .arg(at, sydneyAt);
    return QCoreApplication::translate(
               "ReleaseCalendar",
               "Australia/Sydney reads this instant differently: %1 is %2 in Sydney")
        .arg(at, sydneyAt);
}

QString ReleaseCalendar::formatCountdown(qint64 seconds) {
    if (seconds <= 0)
        return QCoreApplication::translate("ReleaseCalendar", "now");
    const qint64 minutes = (seconds + 59) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return QCoreApplication::translate("ReleaseCalendar", "%1 d %2 h %3 min")
            .arg(days)
            .arg(hours)
            .arg(mins);
    if (hours > 0)
        return QCoreApplication::translate("ReleaseCalendar", "%1 h %2 min").arg(hours).arg(mins);
    return QCoreApplication::translate("ReleaseCalendar", "%1 min").arg(mins);
}

}  // namespace countersign
