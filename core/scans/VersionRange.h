#pragma once

#include <QString>

namespace countersign {

// The version ranges a risk acceptance is scoped to, in the npm/semver style most scanners
// print: "*" (any), "1.2.3" or "=1.2.3" (exactly), comparators ">=1.0.0 <1.4.2" (all must
// hold), alternatives joined by "||". Versions compare segment by segment, numbers as
// numbers ("1.10" > "1.9"), a pre-release or distro suffix ("1.1.1c-r0") after the number.
class VersionRange {
public:
    // Whether `version` is inside `range`. An empty version is only inside "*".
    static bool contains(const QString& range, const QString& version);
    // Whether the range text can be read.
    static bool isValid(const QString& range);
    // <0, 0, >0 like strcmp.
    static int compare(const QString& a, const QString& b);
};

}  // namespace countersign
