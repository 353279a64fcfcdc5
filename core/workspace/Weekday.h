#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// Weekday names as controls.json writes them ("monday" ... "sunday"), and Qt::DayOfWeek
// numbers (1 = Monday): one table for the release calendar's readers and writers.
class Weekday {
public:
    static const QStringList& names();
    // 1..7 for a weekday name in any case, 0 for anything else.
    static int fromName(const QString& name);
    // "tuesday" for Qt::Tuesday; empty outside 1..7.
    static QString name(int dayOfWeek);
};

}  // namespace countersign
