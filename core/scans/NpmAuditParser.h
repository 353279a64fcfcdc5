#pragma once

#include <QJsonObject>

#include "common/Result.h"
#include "scans/ScanReport.h"

namespace countersign {

// `npm audit --json`. Version 2 (npm 7+, "auditReportVersion": 2): a "vulnerabilities" map
// whose "via" entries are advisories (objects) or names of other vulnerable packages
// (strings, which only say how the problem is reached and are not findings of their own).
// Version 1 (npm 6): an "advisories" map with "findings" [{version, paths}].
class NpmAuditParser {
public:
    static Result<ScanReport> parseV2(const QJsonObject& root, const QString& file);
    static Result<ScanReport> parseV1(const QJsonObject& root, const QString& file);
};

}  // namespace countersign
