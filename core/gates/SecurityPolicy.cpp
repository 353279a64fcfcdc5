#include "gates/SecurityPolicy.h"

#include <QCoreApplication>

namespace countersign {

Result<SecurityPolicy> SecurityPolicy::fromThresholds(const QJsonObject& thresholds,
                                                      const QString& file) {
    SecurityPolicy p;
    const QJsonValue b = thresholds.value(QStringLiteral("blocking_severity"));
    if (!b.isUndefined() && !b.isNull()) {
        if (!b.isString() || !parseConfiguredSeverity(b.toString(), &p.blocking) ||
            p.blocking == Severity::Info)
            return Error::badInput(
                QCoreApplication::translate(
                    "SecurityPolicy",
                    "blocking_severity must be one of LOW, MEDIUM, HIGH, CRITICAL"),
                file, QStringLiteral("/thresholds/blocking_severity"));
    }
    const QJsonValue u = thresholds.value(QStringLiteral("unknown_severity"));
    if (!u.isUndefined() && !u.isNull()) {
        const QString s = u.toString().toLower();
        if (s == QLatin1String("block"))
            p.unknown = UnknownSeverity::Block;
        else if (s == QLatin1String("warn"))
            p.unknown = UnknownSeverity::Warn;
        else
            return Error::badInput(
                QCoreApplication::translate("SecurityPolicy",
                                            "unknown_severity must be \"block\" or \"warn\""),
                file, QStringLiteral("/thresholds/unknown_severity"));
    }
    return p;
}

SecurityPolicy SecurityPolicy::fromControls(const Controls& controls) {
    const QJsonObject t{{QStringLiteral("blocking_severity"), controls.thresholds.blockingSeverity},
                        {QStringLiteral("unknown_severity"), controls.thresholds.unknownSeverity}};
    auto p = fromThresholds(t, controls.path);
    return p ? p.value() : SecurityPolicy{};  // Controls::load rejects bad values already
}

QJsonObject SecurityPolicy::toJson() const {
    return QJsonObject{
        {QStringLiteral("blocking_severity"), severityId(blocking)},
        {QStringLiteral("unknown_severity"),
         unknown == UnknownSeverity::Block ? QStringLiteral("block") : QStringLiteral("warn")}};
}

}  // namespace countersign
