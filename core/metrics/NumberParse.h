#pragma once

#include <QByteArrayView>
#include <charconv>
#include <cmath>
#include <optional>

namespace countersign {

// Parses a finite decimal number from CSV bytes (no allocation): surrounding spaces and a
// leading '+' are allowed; anything else, NaN and infinities are not.
inline std::optional<double> parseFiniteDouble(QByteArrayView bytes) {
    const char* b = bytes.data();
    const char* e = b + bytes.size();
    while (b < e && (*b == ' ' || *b == '\t')) ++b;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t')) --e;
    if (b < e && *b == '+')
        ++b;
    if (b == e)
        return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(b, e, v, std::chars_format::general);
    if (ec != std::errc() || ptr != e || !std::isfinite(v))
        return std::nullopt;
    return v;
}

}  // namespace countersign
