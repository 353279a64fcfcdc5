#pragma once

#include <QString>

namespace countersign {

// Paths inside a bundle: relative, '/'-separated, no "..", "." or empty segments, not absolute.
class RelativePath {
public:
    // Empty when the path is acceptable, otherwise the reason it is refused.
    static QString problem(const QString& path);
    static bool isValid(const QString& path) { return problem(path).isEmpty(); }
};

}  // namespace countersign
