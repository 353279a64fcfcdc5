#include "workspace/ControlsRanges.h"

#include <QCoreApplication>
#include <cfloat>
#include <cmath>

namespace countersign {

bool NumberRange::contains(double v) const {
    if (!std::isfinite(v) || v < lo || v > hi || (loOpen && v == lo) || (hiOpen && v == hi))
        return false;
    return !integer || std::floor(v) == v;
}

QString NumberRange::text() const {
    if (integer)
        return QCoreApplication::translate("ControlsRanges", "an integer from %1 to %2")
            .arg(QString::number(lo, 'f', 0), QString::number(hi, 'f', 0));
    if (lo <= -DBL_MAX && hi >= DBL_MAX)
        return QCoreApplication::translate("ControlsRanges", "a finite number");
    return QCoreApplication::translate("ControlsRanges", "a number in %1%2, %3%4")
        .arg(loOpen ? QStringLiteral("(") : QStringLiteral("["))
        .arg(lo)
        .arg(hi)
        .arg(hiOpen ? QStringLiteral(")") : QStringLiteral("]"));
}

namespace ControlsRanges {

NumberRange biasMaxGap() {
    return {0, 1, true, false, false};
}
NumberRange biasMinGroupSupport() {
    return {1, 1e9, false, false, true};
}
NumberRange biasMaxBadRowShare() {
    return {0, 1, false, false, false};
}
NumberRange driftPsi() {
    return {0, 100, true, false, false};
}
NumberRange driftMinSample() {
    return {1, 1e9, false, false, true};
}
NumberRange scoreThreshold() {
    return {-DBL_MAX, DBL_MAX, false, false, false};
}
NumberRange seed() {
    return {0, 9007199254740992.0, false, false, true};
}
NumberRange threads() {
    return {1, 1024, false, false, true};
}

Result<double> parseOption(const QString& option, const QString& text, const NumberRange& range) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !range.contains(v))
        return Error::badInput(
            QCoreApplication::translate("ControlsRanges", "%1 must be %2, found \"%3\"")
                .arg(option, range.text(), text.left(40)));
    return v;
}

std::optional<QString> psiOrderProblem(double warning, double breach, const QString& warningName,
                                       const QString& breachName) {
    if (warning <= breach)
        return std::nullopt;
    return QCoreApplication::translate("ControlsRanges",
                                       "%1 (%2) is above %3 (%4): the warning must not be above "
                                       "the breach")
        .arg(warningName)
        .arg(warning)
        .arg(breachName)
        .arg(breach);
}

}  // namespace ControlsRanges

}  // namespace countersign
