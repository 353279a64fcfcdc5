#pragma once

#include <QDateTime>
#include <optional>

#include "release/CalendarConfig.h"
#include "release/ReleaseCalendar.h"
#include "workflow/Refusal.h"

namespace countersign {

// The change window of a scheduled bundle, from the release calendar alone: the bundle's cycle
// is the one whose freeze its feature snapshot (training.feature_snapshot.frozen_at) was taken
// at (ReleaseCalendar::cycleOfSnapshot), and the window is that cycle's. Nothing the owner
// writes as a time (bundle.json "created") is read. The change request, the CLI and the Release
// pane all take a bundle's window from here.
struct BundleWindow {
    RetrainingCycle cycle;       // the cycle whose freeze is nearest the snapshot
    QDateTime snapshotFrozenAt;  // UTC
    // Set when no approval of the scheduled bundle can count: "window.snapshot_not_at_freeze"
    // (the snapshot was not frozen at its cycle's freeze, within ReleaseCalendar's tolerance),
    // "window.no_snapshot" or "window.calendar" (the calendar cannot be read).
    std::optional<Refusal> problem;

    QDateTime opens() const { return cycle.windowStart; }
    QDateTime closes() const { return cycle.windowEnd; }

    static BundleWindow of(const CalendarConfig& calendar, const QDateTime& snapshotFrozenAt);
};

}  // namespace countersign
