#pragma once

#include <QJsonObject>

#include "common/Result.h"
#include "scans/ScanReport.h"

namespace countersign {

// Trivy's JSON report, schema version 2 (`trivy … --format json`): Results[] with
// Vulnerabilities, Misconfigurations (only Status FAIL counts) and Secrets. A report without
// a Results key is a clean scan (Trivy omits it when empty). Licenses are not security findings.
class TrivyJsonParser {
public:
    static Result<ScanReport> parse(const QJsonObject& root, const QString& file);
};

}  // namespace countersign
