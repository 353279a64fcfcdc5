#pragma once

#include <QtGlobal>
#include <cmath>
#include <optional>

namespace countersign {

// A JSON number as an integer when it is one that fits exactly: a whole number from -2^53 to
// 2^53. Anything else (a fraction, 1e127, NaN) is nullopt, never cast to an integer it does not
// fit (undefined behaviour; found by fuzzing the npm audit parser).
inline std::optional<qint64> wholeNumber(double d) {
    constexpr double kMax = 9007199254740992.0;  // 2^53
    if (!(d >= -kMax && d <= kMax) || d != std::floor(d))
        return std::nullopt;
    return static_cast<qint64>(d);
}

}  // namespace countersign
