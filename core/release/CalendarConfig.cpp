#include "release/CalendarConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "workspace/RetrainingRule.h"
#include "workspace/Weekday.h"

namespace countersign {

namespace {

const QRegularExpression& offsetPattern() {
    static const QRegularExpression re(QStringLiteral("^UTC([+-])(\\d{2}):(\\d{2})$"));
    return re;
}

}  // namespace

CalendarConfig CalendarConfig::fromControls(const Controls::Calendar& c) {
    CalendarConfig out;
    out.zone = c.zone;
    out.zoneLabel = c.zoneLabel;
    out.retraining = c.retraining;
    out.retrainingOrdinal = c.retrainingOrdinal;
    out.retrainingWeekday = c.retrainingWeekday;
    out.freezeWeekday = c.freezeWeekday;
    out.freezeTime = c.freezeTime;
    out.windowHours = c.windowHours;
    return out;
}

bool CalendarConfig::isFixedOffset() const {
    return offsetPattern().match(zone).hasMatch() || zone == QLatin1String("UTC");
}

Result<QTimeZone> CalendarConfig::timeZone() const {
    if (zone == QLatin1String("UTC"))
        return QTimeZone::utc();
    const auto m = offsetPattern().match(zone);
    if (m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return Error::badInput(
                QCoreApplication::translate("CalendarConfig", "time zone offset %1 is out of range")
                    .arg(zone),
                {}, QStringLiteral("/calendar/zone"));
        const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
        return QTimeZone(sign * (hours * 3600 + minutes * 60));
    }
    const QTimeZone tz(zone.toUtf8());
    if (!tz.isValid())
        return Error::badInput(
            QCoreApplication::translate(
                "CalendarConfig",
                "unknown time zone \"%1\" (use UTC+HH:MM or an IANA zone such as Australia/Sydney)")
                .arg(zone),
            {}, QStringLiteral("/calendar/zone"));
    return tz;
}

Result<CalendarConfig> CalendarConfig::fromJson(const QJsonObject& calendar, const QString& file) {
    CalendarConfig c;
    auto bad = [&](const QString& key, const QString& message) {
        return Error::badInput(message, file, QStringLiteral("/calendar/") + key);
    };
    auto stringOf = [&](const QString& key, QString& into) -> bool {
        const QJsonValue v = calendar.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        into = v.toString();
        return true;
    };
    if (!stringOf(QStringLiteral("zone"), c.zone))
        return bad(QStringLiteral("zone"),
                   QCoreApplication::translate("CalendarConfig", "must be a string"));
    if (!stringOf(QStringLiteral("zone_label"), c.zoneLabel))
        return bad(QStringLiteral("zone_label"),
                   QCoreApplication::translate("CalendarConfig", "must be a string"));
    if (!stringOf(QStringLiteral("retraining"), c.retraining))
        return bad(QStringLiteral("retraining"),
                   QCoreApplication::translate("CalendarConfig", "must be a string"));
    const auto rule = RetrainingRule::parse(c.retraining);
    if (!rule)
        return bad(QStringLiteral("retraining"),
                   QCoreApplication::translate("CalendarConfig", "must be %1, not \"%2\"")
                       .arg(RetrainingRule::expected(), c.retraining));
    c.retrainingOrdinal = rule->ordinal;
    c.retrainingWeekday = rule->weekday;

    QString freezeDay = Weekday::names().at(c.freezeWeekday - 1);
    if (!stringOf(QStringLiteral("freeze_weekday"), freezeDay) ||
        !Weekday::names().contains(freezeDay.toLower()))
        return bad(QStringLiteral("freeze_weekday"),
                   QCoreApplication::translate("CalendarConfig",
                                               "must be a weekday name such as \"friday\""));
    c.freezeWeekday = int(Weekday::names().indexOf(freezeDay.toLower())) + 1;

    QString freezeTime = c.freezeTime.toString(QStringLiteral("HH:mm"));
    if (!stringOf(QStringLiteral("freeze_time"), freezeTime))
        return bad(QStringLiteral("freeze_time"),
                   QCoreApplication::translate("CalendarConfig", "must be a string"));
    c.freezeTime = QTime::fromString(freezeTime, QStringLiteral("HH:mm"));
    if (!c.freezeTime.isValid())
        return bad(
            QStringLiteral("freeze_time"),
            QCoreApplication::translate("CalendarConfig", "must be a time as HH:MM, not \"%1\"")
                .arg(freezeTime));

    const QJsonValue hours = calendar.value(QStringLiteral("window_hours"));
    if (!hours.isUndefined() && !hours.isNull()) {
        if (!hours.isDouble() || hours.toDouble() != double(hours.toInt()) || hours.toInt() < 1 ||
            hours.toInt() > 24 * 14)
            return bad(QStringLiteral("window_hours"),
                       QCoreApplication::translate(
                           "CalendarConfig", "must be a whole number of hours between 1 and 336"));
        c.windowHours = hours.toInt();
    }
    auto tz = c.timeZone();
    if (!tz) {
        Error e = tz.error();
        e.file = file;
        return e;
    }
    return c;
}

QJsonObject CalendarConfig::toJson() const {
    return QJsonObject{
        {QStringLiteral("zone"), zone},
        {QStringLiteral("zone_label"), zoneLabel},
        {QStringLiteral("retraining"), retraining},
        {QStringLiteral("freeze_weekday"), Weekday::names().at(freezeWeekday - 1)},
        {QStringLiteral("freeze_time"), freezeTime.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("window_hours"), windowHours},
    };
}

}  // namespace countersign
