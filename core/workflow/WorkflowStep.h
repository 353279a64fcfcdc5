#pragma once

#include <QString>
#include <optional>

#include "signoff/SignOffStep.h"  // the step ids, the decisions

namespace countersign {

// The signed steps of a change request's step machine, in runbook order. Ops approval is the
// first of the two deployment approvals; DeploymentApproval is the second (dual approval);
// ComplianceApproval is the Risk & Compliance approval a hotfix needs. Their ids, roles and
// the steps outside the machine (rollback, hotfix, deploy) are SignOffStep's table.
enum class WorkflowStep {
    RiskReview,
    SecurityReview,
    OpsApproval,
    DeploymentApproval,
    ComplianceApproval
};

// The id written into envelopes and records: "risk", "security", "ops", "release",
// "risk_compliance" (SignOffStep).
QString stepId(WorkflowStep step);
QString stepLabel(WorkflowStep step);  // translated
std::optional<WorkflowStep> stepFromId(const QString& id);
// The roster role a step is signed in (SignOffStep::requiredRole); empty for
// DeploymentApproval, whose role comes from the approvals policy (controls.json
// "deployment_roles").
QString stepRole(WorkflowStep step);

}  // namespace countersign
