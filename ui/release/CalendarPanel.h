#pragma once

#include <QDateTime>
#include <QGroupBox>
#include <QTimeZone>

#include "workspace/Controls.h"

class QLabel;

namespace countersign {
class Clock;
}

namespace countersign::ui {

// The release calendar: the chosen bundle's retraining cycle, or the next one (first Tuesday), the
// feature freeze (Friday 18:00 in the configured zone) in that zone and in the operator's local
// time, a warning where an Australia/Sydney reading differs, the evaluation window and whether now
// is inside it. Object names of the values: calendarNow, calendarRetraining, calendarFreeze,
// calendarFreezeLocal, calendarSydneyWarning, calendarWindow, calendarWindowState.
class CalendarPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit CalendarPanel(QWidget* parent = nullptr);

    // The operator's zone (default: the system's); tests pin it.
    void setLocalZone(const QTimeZone& zone) { m_local = zone; }
    // With a bundle's feature snapshot time, the panel shows that bundle's cycle (the one its
    // change request's window comes from, core/workflow/BundleWindow): one window for the bundle
    // on the whole pane. Without (no bundle chosen), the next cycle whose window has not ended.
    void update(const Controls::Calendar& calendar, const Clock& clock,
                const QDateTime& bundleSnapshotFrozenAt = {});

private:
    QLabel* row(const QString& objectName, const QString& label);
    static QString ordinalName(int ordinal);

    QTimeZone m_local = QTimeZone::systemTimeZone();
    QLabel* m_now = nullptr;
    QLabel* m_retraining = nullptr;
    QLabel* m_retrainingLabel = nullptr;
    QLabel* m_freeze = nullptr;
    QLabel* m_freezeLocal = nullptr;
    QLabel* m_sydney = nullptr;
    QLabel* m_window = nullptr;
    QLabel* m_windowState = nullptr;
    QLabel* m_rule = nullptr;
};

}  // namespace countersign::ui
