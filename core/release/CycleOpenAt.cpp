#include "release/CycleOpenAt.h"

#include "workspace/RetrainingRule.h"

namespace countersign {

CycleOpenAt CycleOpenAt::make(const QDateTime& atIn, const CalendarConfig& base, int minHoursLeft) {
    const QDateTime at = atIn.toUTC();
    CycleOpenAt out;
    out.at = at;
    out.calendar = base;
    const auto zoneOf = base.timeZone();
    const QTimeZone zone = zoneOf ? zoneOf.value() : QTimeZone::utc();
    const RetrainingRule rule = RetrainingRule::of(at.toTimeZone(zone).date());
    out.calendar.retraining = rule.text();
    out.calendar.retrainingOrdinal = rule.ordinal;
    out.calendar.retrainingWeekday = rule.weekday;
    const ReleaseCalendar calendar(out.calendar, zone, SystemClock::instance());
    out.cycle = calendar.cycleFor(at.toTimeZone(zone).date());
    const qint64 left = at.secsTo(out.cycle.windowEnd);
    if (left < qint64(minHoursLeft) * 3600) {
        const qint64 needed = out.cycle.windowStart.secsTo(at) + qint64(minHoursLeft) * 3600;
        out.calendar.windowHours = int(qMin<qint64>((needed + 3599) / 3600, 24 * 14));
        out.widened = true;
        out.cycle = ReleaseCalendar(out.calendar, zone, SystemClock::instance())
                        .cycleFor(out.cycle.retraining);
    }
    return out;
}

RetrainingCycle CycleOpenAt::earlier(int monthsBack) const {
    const auto zoneOf = calendar.timeZone();
    const QTimeZone zone = zoneOf ? zoneOf.value() : QTimeZone::utc();
    const ReleaseCalendar c(calendar, zone, SystemClock::instance());
    const QDate month = cycle.retraining.addMonths(-monthsBack);
    return c.cycleOfMonth(month.year(), month.month());
}

}  // namespace countersign
