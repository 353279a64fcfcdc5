#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "common/Clock.h"
#include "common/Result.h"
#include "gates/SecurityPolicy.h"
#include "scans/Finding.h"
#include "scans/RiskAcceptance.h"
#include "scans/ScanReport.h"

namespace countersign {

// Why a finding counts the way it does.
enum class FindingDisposition {
    Blocking,         // at or above the blocking severity
    UnknownBlocking,  // no severity, policy "block"
    UnknownWarning,   // no severity, policy "warn"
    BelowThreshold,   // known severity below the blocking one
    Accepted,         // covered by a valid risk acceptance
};
QString findingDispositionId(FindingDisposition d);  // "blocking", "unknown-blocking", ...

struct AssessedFinding {
    Finding finding;
    FindingDisposition disposition = FindingDisposition::BelowThreshold;
    std::optional<RiskAcceptance> acceptance;  // the one that applies
    // One that would have applied but no longer counts: expired, or revoked (revokedAt set).
    std::optional<RiskAcceptance> expiredAcceptance;

    bool blocks() const {
        return disposition == FindingDisposition::Blocking ||
               disposition == FindingDisposition::UnknownBlocking;
    }
    QJsonObject toJson() const;
};

// Every report read, merged and judged against the policy and the acceptances.
struct SecurityAssessment {
    QList<ScanReport> reports;
    QList<Error> errors;              // reports that could not be read: the gate is then an error
    QList<AssessedFinding> findings;  // merged, sorted: blocking first, then by severity
    QStringList skipped;              // dependencies a scanner could not audit
    QList<Error> acceptanceProblems;  // acceptance files that do not count (set by the caller)
    // Required scans missing, empty reports, image scans of another image (ScanCoverage; set
    // by the caller): any of them fails the gate.
    QList<Error> coverage;
    Controls::Scanners scanners;  // what coverage was checked against (shown in thresholds)
    SecurityPolicy policy;

    int count(FindingDisposition d) const;

    static SecurityAssessment assess(const QList<Result<ScanReport>>& reports,
                                     const SecurityPolicy& policy,
                                     const QList<RiskAcceptance>& acceptances, const Clock& clock,
                                     const QString& model = {});
};

}  // namespace countersign
