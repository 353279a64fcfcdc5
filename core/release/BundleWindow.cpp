#include "release/BundleWindow.h"

#include <QCoreApplication>

#include "common/UtcText.h"

namespace countersign {

namespace {}  // namespace

BundleWindow BundleWindow::of(const CalendarConfig& config, const QDateTime& frozenAt) {
    BundleWindow w;
    w.snapshotFrozenAt = frozenAt.toUTC();
    auto calendar = ReleaseCalendar::create(config, SystemClock::instance());
    if (!calendar) {
        w.problem = Refusal{
            QStringLiteral("window.calendar"),
            QCoreApplication::translate("BundleWindow", "the release calendar cannot be read: %1")
                .arg(calendar.error().message)};
        return w;
    }
    if (!w.snapshotFrozenAt.isValid()) {
        w.problem = Refusal{
            QStringLiteral("window.no_snapshot"),
            QCoreApplication::translate("BundleWindow",
                                        "bundle.json names no feature snapshot time "
                                        "(training.feature_snapshot.frozen_at): the bundle has no "
                                        "cycle in the release calendar")};
        return w;
    }
    const ReleaseCalendar::SnapshotCycle found = calendar->cycleOfSnapshot(w.snapshotFrozenAt);
    w.cycle = found.cycle;
    if (!found.atFreeze)
        w.problem = Refusal{
            QStringLiteral("window.snapshot_not_at_freeze"),
            QCoreApplication::translate(
                "BundleWindow",
                "the feature snapshot was frozen at %1 (%2), not at its cycle's freeze %3 (%4; "
                "within %5 min after it counts): a scheduled bundle not frozen at its cycle's "
                "freeze is not approved")
                .arg(calendar->formatInZone(w.snapshotFrozenAt), utcText(w.snapshotFrozenAt),
                     calendar->formatInZone(found.cycle.freeze), utcText(found.cycle.freeze))
                .arg(ReleaseCalendar::kSnapshotToleranceSecs / 60)};
    return w;
}

}  // namespace countersign
