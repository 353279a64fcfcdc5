#pragma once

#include <QDateTime>

#include "release/CalendarConfig.h"
#include "release/ReleaseCalendar.h"

namespace countersign {

// A release calendar whose change window is open at a chosen instant: `demo init` (and the
// tests that review a bundle on the real clock) take the retraining rule from the instant's
// date in the calendar's zone (the 1st Friday gives "first-friday", day 29 to 31 "last-<weekday>";
// workspace/RetrainingRule), so that day is the retraining day and its window is open. When
// fewer than minHoursLeft hours of that window remain, window_hours is widened so that they do.
struct CycleOpenAt {
    QDateTime at;             // the instant (UTC)
    CalendarConfig calendar;  // the base calendar with that retraining rule (and window_hours)
    RetrainingCycle cycle;    // the cycle whose window is open at the instant
    bool widened = false;     // window_hours was widened beyond the base's

    static CycleOpenAt make(const QDateTime& at, const CalendarConfig& base = {},
                            int minHoursLeft = 6);
    // The same rule's cycle `monthsBack` months before the open one.
    RetrainingCycle earlier(int monthsBack) const;
};

}  // namespace countersign
