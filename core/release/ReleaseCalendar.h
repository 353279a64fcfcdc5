#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include "common/Clock.h"
#include "release/CalendarConfig.h"

namespace countersign {

// One retraining cycle: the feature snapshot freezes, then retraining starts and the
// evaluation window runs for window_hours. All instants are UTC.
struct RetrainingCycle {
    QDate retraining;       // the retraining day (first Tuesday), as a date in the calendar's zone
    QDateTime freeze;       // the preceding Friday 18:00 in the calendar's zone
    QDateTime windowStart;  // retraining day 00:00 in the calendar's zone
    QDateTime windowEnd;    // windowStart + window_hours

    enum class Phase { BeforeFreeze, Frozen, WindowOpen, Over };
    Phase phaseAt(const QDateTime& instant) const;
};

// The runbook's cadence: retraining on the first Tuesday of each month, the feature
// snapshot frozen the preceding Friday at 18:00 AEST, a 24-hour evaluation window.
// "Now" comes from the injected Clock, so every date is testable at a chosen instant.
class ReleaseCalendar {
public:
    ReleaseCalendar(CalendarConfig config, QTimeZone zone, const Clock& clock);
    // Validates the zone of the configuration.
    static Result<ReleaseCalendar> create(const CalendarConfig& config, const Clock& clock);

    const CalendarConfig& config() const { return m_config; }
    const QTimeZone& zone() const { return m_zone; }
    QDateTime now() const { return m_clock->now(); }

    // A feature snapshot frozen in [freeze, freeze + this) counts as frozen at the freeze.
    static constexpr qint64 kSnapshotToleranceSecs = 3600;

    // The retraining day of the month (the "retraining" rule: first Tuesday by default).
    QDate retrainingDate(int year, int month) const;
    RetrainingCycle cycleFor(QDate retraining) const;
    RetrainingCycle cycleOfMonth(int year, int month) const;
    // The cycle whose window has not ended yet at the instant (default: now).
    RetrainingCycle nextCycle(const QDateTime& at = {}) const;
    // The cycle a bundle belongs to, found from its feature snapshot
    // (training.feature_snapshot.frozen_at): the cycle whose freeze is nearest the snapshot.
    // atFreeze says whether the snapshot was taken at that freeze (within the tolerance).
    struct SnapshotCycle {
        RetrainingCycle cycle;
        bool atFreeze = false;
    };
    SnapshotCycle cycleOfSnapshot(const QDateTime& frozenAt) const;
    // The next instant something happens in the cycle (freeze, window opens, window closes).
    QDateTime nextEvent(const QDateTime& at = {}) const;

    // "Fri 27 Nov 2026 18:00 AEST": the instant in the calendar's zone with its label.
    QString formatInZone(const QDateTime& instant) const;
    // The same instant in another zone (the operator's local zone), with that zone's abbreviation.
    static QString formatIn(const QDateTime& instant, const QTimeZone& zone);
    // The label of the calendar's zone at an instant: zone_label for a fixed offset,
    // the zone's abbreviation (AEST/AEDT) for an IANA zone.
    QString zoneLabelAt(const QDateTime& instant) const;

    // Empty when Australia/Sydney reads the instant with the same wall-clock time as the
    // calendar's zone; otherwise a warning such as "Australia/Sydney is on daylight saving
    // time (AEDT) at this instant: 18:00 AEST is 19:00 AEDT in Sydney".
    QString sydneyWarning(const QDateTime& instant) const;

    // "2 d 4 h 12 min", "17 h 5 min", "45 min", "closed" for zero or less.
    static QString formatCountdown(qint64 seconds);

private:
    CalendarConfig m_config;
    QTimeZone m_zone;
    const Clock* m_clock;
};

}  // namespace countersign
