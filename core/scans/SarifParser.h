#pragma once

#include <QJsonObject>

#include "common/Result.h"
#include "scans/ScanReport.h"

namespace countersign {

// SARIF 2.1.0 as Trivy writes it (`trivy … --format sarif`): one run, rules carrying
// properties.tags (…, severity word) and "security-severity" (a CVSS score), results whose
// message text holds "Package:", "Installed Version:", "Severity:", "Fixed Version:" lines.
// Other drivers are read generically: severity from the rule's security-severity, else
// the result's level (error → high, warning → medium, note → low).
class SarifParser {
public:
    static Result<ScanReport> parse(const QJsonObject& root, const QString& file);
};

}  // namespace countersign
