#include "scans/Severity.h"

#include <QCoreApplication>

namespace countersign {

Severity severityFromText(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("critical"))
        return Severity::Critical;
    if (t == QLatin1String("high"))
        return Severity::High;
    if (t == QLatin1String("medium") || t == QLatin1String("moderate"))
        return Severity::Medium;
    if (t == QLatin1String("low"))
        return Severity::Low;
    if (t == QLatin1String("info") || t == QLatin1String("informational") ||
        t == QLatin1String("none") || t == QLatin1String("negligible"))
        return Severity::Info;
    return Severity::Unknown;
}

Severity severityFromScore(const QString& score) {
    bool ok = false;
    const double v = score.trimmed().toDouble(&ok);
    if (!ok || v <= 0.0 || v > 10.0)
        return Severity::Unknown;
    if (v >= 9.0)
        return Severity::Critical;
    if (v >= 7.0)
        return Severity::High;
    if (v >= 4.0)
        return Severity::Medium;
    return Severity::Low;
}

QString severityId(Severity s) {
    switch (s) {
        case Severity::Critical:
            return QStringLiteral("CRITICAL");
        case Severity::High:
            return QStringLiteral("HIGH");
        case Severity::Medium:
            return QStringLiteral("MEDIUM");
        case Severity::Low:
            return QStringLiteral("LOW");
        case Severity::Info:
            return QStringLiteral("INFO");
        case Severity::Unknown:
            break;
    }
    return QStringLiteral("UNKNOWN");
}

QString severityLabel(Severity s) {
    switch (s) {
        case Severity::Critical:
            return QCoreApplication::translate("Severity", "Critical");
        case Severity::High:
            return QCoreApplication::translate("Severity", "High");
        case Severity::Medium:
            return QCoreApplication::translate("Severity", "Medium");
        case Severity::Low:
            return QCoreApplication::translate("Severity", "Low");
        case Severity::Info:
            return QCoreApplication::translate("Severity", "Info");
        case Severity::Unknown:
            break;
    }
    return QCoreApplication::translate("Severity", "Unknown");
}

bool parseConfiguredSeverity(const QString& text, Severity* out) {
    const Severity s = severityFromText(text);
    if (s == Severity::Unknown)
        return false;
    *out = s;
    return true;
}

}  // namespace countersign
