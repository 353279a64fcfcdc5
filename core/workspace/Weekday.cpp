#include "workspace/Weekday.h"

namespace countersign {

const QStringList& Weekday::names() {
    static const QStringList names{QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                   QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                   QStringLiteral("friday"),    QStringLiteral("saturday"),
                                   QStringLiteral("sunday")};
    return names;
}

int Weekday::fromName(const QString& name) {
    return static_cast<int>(names().indexOf(name.toLower())) + 1;
}

QString Weekday::name(int dayOfWeek) {
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? names().at(dayOfWeek - 1) : QString();
}

}  // namespace countersign
