#pragma once

#include <QString>

namespace countersign {

// One severity scale for every scanner. Unknown means the scanner gave none (pip-audit) or
// one we do not recognise: the security gate's unknown-severity policy decides, never silence.
enum class Severity { Unknown = 0, Info = 1, Low = 2, Medium = 3, High = 4, Critical = 5 };

// "CRITICAL", "critical", "High", "moderate" (npm), "info", "none"... → Severity; Unknown
// otherwise.
Severity severityFromText(const QString& text);
// A CVSS base score (SARIF "security-severity"): ≥9 critical, ≥7 high, ≥4 medium, >0 low;
// 0 or not a number: Unknown.
Severity severityFromScore(const QString& score);
QString severityId(Severity s);     // "CRITICAL", "HIGH", ..., "UNKNOWN" (Trivy's words)
QString severityLabel(Severity s);  // translated
// Parses a configured severity ("CRITICAL", "high", ...); false when it is not one.
bool parseConfiguredSeverity(const QString& text, Severity* out);

}  // namespace countersign
