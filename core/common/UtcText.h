#pragma once

#include <QDateTime>
#include <QString>

namespace countersign {

// An instant as the workflow's messages and the console write it: "2026-11-03 08:00 UTC"
// (minutes, always UTC). An invalid time gives an empty string.
inline QString utcText(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

}  // namespace countersign
