#include "ui/release/CalendarPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include "common/Clock.h"
#include "release/BundleWindow.h"
#include "release/CalendarConfig.h"
#include "release/ReleaseCalendar.h"
#include "ui/widgets/VerdictPalette.h"

namespace countersign::ui {

CalendarPanel::CalendarPanel(QWidget* parent) : QGroupBox(tr("Release calendar"), parent) {
    setObjectName(QStringLiteral("releaseCalendar"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("calendarRule"));
    m_rule->setWordWrap(true);
    form->addRow(m_rule);
    m_now = row(QStringLiteral("calendarNow"), tr("Now:"));
    m_retraining = row(QStringLiteral("calendarRetraining"), tr("Next retraining:"));
    m_retrainingLabel =
        static_cast<QLabel*>(static_cast<QFormLayout*>(layout())->labelForField(m_retraining));
    m_freeze = row(QStringLiteral("calendarFreeze"), tr("Feature freeze:"));
    m_freezeLocal = row(QStringLiteral("calendarFreezeLocal"), tr("Your local time:"));
    m_sydney = new QLabel(this);
    m_sydney->setObjectName(QStringLiteral("calendarSydneyWarning"));
    m_sydney->setWordWrap(true);
    m_sydney->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_sydney);
    m_window = row(QStringLiteral("calendarWindow"), tr("Evaluation window:"));
    m_windowState = row(QStringLiteral("calendarWindowState"), tr("Window now:"));
}

QLabel* CalendarPanel::row(const QString& objectName, const QString& label) {
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout*>(layout())->addRow(label, value);
    return value;
}

QString CalendarPanel::ordinalName(int ordinal) {
    switch (ordinal) {
        case 1:
            return tr("first");
        case 2:
            return tr("second");
        case 3:
            return tr("third");
        case 4:
            return tr("fourth");
        default:
            return tr("last");
    }
}

void CalendarPanel::update(const Controls::Calendar& c, const Clock& clock,
                           const QDateTime& bundleSnapshotFrozenAt) {
    const CalendarConfig config = CalendarConfig::fromControls(c);
    auto created = ReleaseCalendar::create(config, clock);
    const QLocale locale;
    m_rule->setText(tr("Retraining on the %1 %2 of each month; feature snapshot frozen the %3 "
                       "before at %4 %5; a %n-hour evaluation window.",
                       nullptr, c.windowHours)
                        .arg(ordinalName(c.retrainingOrdinal), locale.dayName(c.retrainingWeekday),
                             locale.dayName(c.freezeWeekday),
                             c.freezeTime.toString(QStringLiteral("HH:mm")),
                             c.zoneLabel.isEmpty() ? c.zone : c.zoneLabel));
    if (!created) {
        for (QLabel* l : {m_now, m_retraining, m_freeze, m_freezeLocal, m_window, m_windowState})
            l->setText(tr("—"));
        m_sydney->setText(created.error().message);
        return;
    }
    const ReleaseCalendar& cal = created.value();
    const QDateTime now = clock.now();
    const bool ofBundle = bundleSnapshotFrozenAt.isValid();
    const BundleWindow bundleWindow = BundleWindow::of(config, bundleSnapshotFrozenAt);
    const RetrainingCycle cycle = ofBundle ? bundleWindow.cycle : cal.nextCycle(now);
    m_retrainingLabel->setText(ofBundle ? tr("Bundle's retraining:") : tr("Next retraining:"));
    m_now->setText(
        tr("%1 · %2").arg(cal.formatInZone(now), ReleaseCalendar::formatIn(now, m_local)));
    m_retraining->setText(locale.toString(cycle.retraining, QLocale::LongFormat));
    const qint64 toFreeze = now.secsTo(cycle.freeze);
    m_freeze->setText(toFreeze > 0 ? tr("%1 (in %2)")
                                         .arg(cal.formatInZone(cycle.freeze),
                                              ReleaseCalendar::formatCountdown(toFreeze))
                                   : tr("%1 (frozen)").arg(cal.formatInZone(cycle.freeze)));
    m_freezeLocal->setText(tr("%1 (%2)").arg(ReleaseCalendar::formatIn(cycle.freeze, m_local),
                                             QString::fromUtf8(m_local.id())));
    const QString warning = cal.sydneyWarning(cycle.freeze);
    m_sydney->setVisible(!warning.isEmpty());
    if (!warning.isEmpty()) {
        const QColor colour = VerdictPalette::forWidget(this).colour(Verdict::Warning);
        m_sydney->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
        m_sydney->setText(tr("⚠ %1").arg(warning));
    }
    m_window->setText(
        tr("%1 – %2").arg(cal.formatInZone(cycle.windowStart), cal.formatInZone(cycle.windowEnd)));
    if (ofBundle && bundleWindow.problem) {
        m_windowState->setText(
            tr("no window for this bundle: %1").arg(bundleWindow.problem->message));
        return;
    }
    switch (cycle.phaseAt(now)) {
        case RetrainingCycle::Phase::WindowOpen:
            m_windowState->setText(
                tr("inside the window: it closes in %1")
                    .arg(ReleaseCalendar::formatCountdown(now.secsTo(cycle.windowEnd))));
            break;
        case RetrainingCycle::Phase::Frozen:
        case RetrainingCycle::Phase::BeforeFreeze:
            m_windowState->setText(
                tr("outside the window: it opens in %1")
                    .arg(ReleaseCalendar::formatCountdown(now.secsTo(cycle.windowStart))));
            break;
        case RetrainingCycle::Phase::Over:
            m_windowState->setText(tr("outside the window: it closed"));
            break;
    }
}

}  // namespace countersign::ui
