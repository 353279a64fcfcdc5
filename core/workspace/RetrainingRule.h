#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace countersign {

// The "retraining" rule of the release calendar (controls.json /calendar/retraining): which
// weekday of each month retraining starts on, "<ordinal>-<weekday>" with ordinal first, second,
// third, fourth or last ("first-tuesday", "last-friday"). Parsing is strict: lower case, one of
// those ordinals, one of the seven weekday names, nothing else.
struct RetrainingRule {
    int ordinal = 1;            // 1..4, or kLast
    int weekday = Qt::Tuesday;  // Qt::DayOfWeek, 1 = Monday
    static constexpr int kLast = -1;

    static std::optional<RetrainingRule> parse(const QString& text);
    // What parse() accepts, for error messages.
    static QString expected();
    QString text() const;  // "first-tuesday"
    // The rule's day in the month.
    QDate dateIn(int year, int month) const;
    // The rule whose day is `date`: its ordinal weekday in the month ("last-" from day 29 on).
    static RetrainingRule of(QDate date);
};

}  // namespace countersign
