#pragma once

#include <QJsonDocument>

#include "common/Result.h"
#include "scans/ScanReport.h"

namespace countersign {

// pip-audit's JSON (`pip-audit -f json`): {"dependencies": [{name, version, vulns: [{id,
// fix_versions, aliases?, description?}]} | {name, skip_reason}], "fixes": [...]}, or the
// older top-level array of dependencies. pip-audit gives no severity: every finding is
// Unknown and the gate's unknown-severity policy applies. Skipped dependencies are kept.
class PipAuditParser {
public:
    static Result<ScanReport> parse(const QJsonDocument& doc, const QString& file);
    // Whether a top-level array looks like pip-audit's older format.
    static bool looksLikeLegacy(const QJsonArray& array);
};

}  // namespace countersign
