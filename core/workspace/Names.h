#pragma once

#include <QDateTime>
#include <QString>

namespace countersign {

// The shapes of names used in paths and ids: model names, versions and operator ids.
class Names {
public:
    static bool isModelName(const QString& s);   // [a-z0-9][a-z0-9._-]*
    static bool isVersion(const QString& s);     // [0-9A-Za-z][0-9A-Za-z._+-]*
    static bool isOperatorId(const QString& s);  // [a-z0-9][a-z0-9._-]*
    // Orders versions segment by segment, numbers numerically: 2026.9.0 < 2026.10.0.
    static int compareVersions(const QString& a, const QString& b);
    // An ISO 8601 date-time with "Z" or an offset; invalid QDateTime otherwise. Returns UTC.
    static QDateTime parseUtc(const QString& s);
};

}  // namespace countersign
