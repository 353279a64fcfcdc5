#include "workspace/RetrainingRule.h"
#include "workspace/Weekday.h"

#include <QCoreApplication>
#include <QStringList>

namespace countersign {

namespace {

const QStringList& ordinalNames() {
    static const QStringList names{QStringLiteral("first"), QStringLiteral("second"),
                                   QStringLiteral("third"), QStringLiteral("fourth")};
    return names;
}

}  // namespace

std::optional<RetrainingRule> RetrainingRule::parse(const QString& text) {
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return std::nullopt;
    const QString ordinal = text.left(dash);
    const QString day = text.mid(dash + 1);
    RetrainingRule rule;
    if (ordinal == QLatin1String("last"))
        rule.ordinal = kLast;
    else if (const qsizetype i = ordinalNames().indexOf(ordinal); i >= 0)
        rule.ordinal = int(i) + 1;
    else
        return std::nullopt;
    const qsizetype d = Weekday::names().indexOf(day);
    if (d < 0)
        return std::nullopt;
    rule.weekday = int(d) + 1;
    return rule;
}

QString RetrainingRule::expected() {
    return QCoreApplication::translate(
        "RetrainingRule",
        "\"<first|second|third|fourth|last>-<weekday>\" in lower case, such as \"first-tuesday\" "
        "or \"last-friday\"");
}

QString RetrainingRule::text() const {
    const QString o = ordinal == kLast ? QStringLiteral("last") : ordinalNames().at(ordinal - 1);
    return o + QLatin1Char('-') + Weekday::names().at(weekday - 1);
}

QDate RetrainingRule::dateIn(int year, int month) const {
    if (ordinal == kLast) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        while (d.dayOfWeek() != weekday) d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday) d = d.addDays(1);
    return d.addDays(7 * (ordinal - 1));
}

RetrainingRule RetrainingRule::of(QDate date) {
    RetrainingRule rule;
    rule.weekday = date.dayOfWeek();
    rule.ordinal = date.day() > 28 ? kLast : (date.day() - 1) / 7 + 1;
    return rule;
}

}  // namespace countersign
