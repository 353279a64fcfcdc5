#pragma once

#include <QString>

namespace countersign {

// Where a change request stands. Derived from the audit records, never stored.
enum class ChangeState {
    Uploaded,               // the bundle is there; no gate has run for its digest yet
    RiskReview,             // waiting for the Risk Officer's sign-off (or override)
    SecurityReview,         // waiting for the Security Engineer's sign-off
    OpsApproval,            // waiting for the dual approval (Ops Lead + one other approver)
    ComplianceApproval,     // hotfix lane: waiting for Risk & Compliance
    ApprovedForDeployment,  // every required sign-off valid; the pipeline may deploy
    Deployed,
    RolledBack,  // deployed, then rolled back to the last known-good version (signed)
    Rejected,
};

enum class ChangeKind { Scheduled, Hotfix };

QString changeStateId(ChangeState s);     // "uploaded", "risk_review", ...
QString changeStateLabel(ChangeState s);  // translated: "risk review"
QString changeKindId(ChangeKind k);       // "scheduled", "hotfix"
QString changeKindLabel(ChangeKind k);
bool isOpen(ChangeState s);  // neither deployed nor rejected

}  // namespace countersign
