#pragma once

#include <QJsonObject>

#include "common/Result.h"
#include "scans/Severity.h"
#include "workspace/Controls.h"

namespace countersign {

// What the security gate blocks on, from controls.json "thresholds":
//   "blocking_severity": a finding at or above it fails the gate (runbook: "CRITICAL");
//   "unknown_severity": "block" (default) or "warn" — a finding without a severity
//     (pip-audit never gives one) fails the gate, or passes it with a warning. Never silent.
struct SecurityPolicy {
    enum class UnknownSeverity { Block, Warn };
    Severity blocking = Severity::Critical;
    UnknownSeverity unknown = UnknownSeverity::Block;

    // Reads the thresholds object of controls.json; missing keys keep the runbook defaults,
    // a wrong value is an error naming the pointer.
    static Result<SecurityPolicy> fromThresholds(const QJsonObject& thresholds,
                                                 const QString& file);
    // From a loaded controls.json (already validated by Controls::load).
    static SecurityPolicy fromControls(const Controls& controls);
    QJsonObject toJson() const;
};

}  // namespace countersign
