#pragma once

#include <QJsonObject>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include "common/Result.h"
#include "workspace/Controls.h"

namespace countersign {

// The "calendar" object of controls.json (docs/formats.md). Every key is optional; the
// defaults are the runbook's: retraining on the first Tuesday, freeze the preceding Friday
// 18:00 AEST read literally as UTC+10:00 (no daylight saving), a 24-hour window.
struct CalendarConfig {
    QString zone = QStringLiteral("UTC+10:00");  // "UTC+HH:MM" or an IANA id ("Australia/Sydney")
    QString zoneLabel = QStringLiteral("AEST");  // shown beside fixed-offset times
    QString retraining = QStringLiteral("first-tuesday");
    int retrainingOrdinal = 1;  // 1..4, or RetrainingRule::kLast (workspace/RetrainingRule)
    int retrainingWeekday = Qt::Tuesday;
    int freezeWeekday = Qt::Friday;
    QTime freezeTime = QTime(18, 0);
    int windowHours = 24;

    // Validates the object; errors name the file and the JSON pointer under /calendar.
    static Result<CalendarConfig> fromJson(const QJsonObject& calendar, const QString& file = {});
    QJsonObject toJson() const;
    // The same settings as read by Controls (config/ml/controls.json "calendar").
    static CalendarConfig fromControls(const Controls::Calendar& calendar);

    // The configured zone: a fixed offset for "UTC+HH:MM", otherwise the IANA zone.
    Result<QTimeZone> timeZone() const;
    bool isFixedOffset() const;
};

}  // namespace countersign
