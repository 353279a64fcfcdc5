#pragma once

#include <QDateTime>
#include <QString>

namespace countersign::ui {

// How the console writes sizes, instants and lists for people, in one place.
class Format {
public:
    static QString size(qint64 bytes);          // "1.2 MiB (1,234,567 bytes)"; "unknown" when < 0
    static QString utc(const QDateTime& when);  // "2026-11-03 02:00 UTC"
    static QString list(const QStringList& items);  // "a, b, c"; "none" when empty
    static QString count(qint64 n);                 // "1,234,567" in the UI locale
};

}  // namespace countersign::ui
