#pragma once

#include <QString>
#include <optional>

namespace countersign {

// The signed steps of a change request, in runbook order. Ops approval is the first of
// the two deployment approvals; DeploymentApproval is the second (dual approval);
// ComplianceApproval is the Risk & Compliance approval a hotfix needs.
enum class WorkflowStep {
    RiskReview,
    SecurityReview,
    OpsApproval,
    DeploymentApproval,
    ComplianceApproval
};

QString stepId(WorkflowStep step);     // "risk_review", "security_review", "ops_approval", ...
QString stepLabel(WorkflowStep step);  // translated
std::optional<WorkflowStep> stepFromId(const QString& id);
// The roster role a step is signed in; empty for DeploymentApproval, whose role comes
// from the approvals policy (controls.json "deployment_roles").
QString stepRole(WorkflowStep step);

// Decisions a sign-off can carry.
namespace Decision {
inline QString approve() {
    return QStringLiteral("approve");
}
inline QString reject() {
    return QStringLiteral("reject");
}
inline QString override_() {
    return QStringLiteral("override");
}
}  // namespace Decision

// Role ids of docs/formats.md.
namespace RoleId {
inline QString modelOwner() {
    return QStringLiteral("model_owner");
}
inline QString riskOfficer() {
    return QStringLiteral("risk_officer");
}
inline QString securityEngineer() {
    return QStringLiteral("security_engineer");
}
inline QString opsLead() {
    return QStringLiteral("ops_lead");
}
inline QString riskCompliance() {
    return QStringLiteral("risk_compliance");
}
inline QString pipeline() {
    return QStringLiteral("pipeline");
}
// Roles that may approve a deployment where controls.json says "*".
bool isApproverRole(const QString& role);
QString label(const QString& role);  // translated: "Risk Officer"
}  // namespace RoleId

}  // namespace countersign
