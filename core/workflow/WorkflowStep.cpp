#include "workflow/WorkflowStep.h"

#include <QCoreApplication>

namespace countersign {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("WorkflowStep", s);
}
}  // namespace

QString stepId(WorkflowStep step) {
    switch (step) {
        case WorkflowStep::RiskReview:
            return QStringLiteral("risk");
        case WorkflowStep::SecurityReview:
            return QStringLiteral("security");
        case WorkflowStep::OpsApproval:
            return QStringLiteral("ops");
        case WorkflowStep::DeploymentApproval:
            return QStringLiteral("release");
        case WorkflowStep::ComplianceApproval:
            return QStringLiteral("risk_compliance");
    }
    return {};
}

QString stepLabel(WorkflowStep step) {
    switch (step) {
        case WorkflowStep::RiskReview:
            return tr("risk review");
        case WorkflowStep::SecurityReview:
            return tr("security review");
        case WorkflowStep::OpsApproval:
            return tr("ops approval");
        case WorkflowStep::DeploymentApproval:
            return tr("second deployment approval");
        case WorkflowStep::ComplianceApproval:
            return tr("Risk & Compliance approval");
    }
    return {};
}

std::optional<WorkflowStep> stepFromId(const QString& id) {
    for (WorkflowStep s :
         {WorkflowStep::RiskReview, WorkflowStep::SecurityReview, WorkflowStep::OpsApproval,
          WorkflowStep::DeploymentApproval, WorkflowStep::ComplianceApproval})
        if (stepId(s) == id)
            return s;
    return std::nullopt;
}

QString stepRole(WorkflowStep step) {
    switch (step) {
        case WorkflowStep::RiskReview:
            return RoleId::riskOfficer();
        case WorkflowStep::SecurityReview:
            return RoleId::securityEngineer();
        case WorkflowStep::OpsApproval:
            return RoleId::opsLead();
        case WorkflowStep::DeploymentApproval:
            return {};
        case WorkflowStep::ComplianceApproval:
            return RoleId::riskCompliance();
    }
    return {};
}

namespace RoleId {

bool isApproverRole(const QString& role) {
    return role == riskOfficer() || role == securityEngineer() || role == opsLead() ||
           role == riskCompliance();
}

QString label(const QString& role) {
    if (role == modelOwner())
        return tr("Model Owner");
    if (role == riskOfficer())
        return tr("Risk Officer");
    if (role == securityEngineer())
        return tr("Security Engineer");
    if (role == opsLead())
        return tr("Ops Lead");
    if (role == riskCompliance())
        return tr("Risk & Compliance");
    if (role == pipeline())
        return tr("Pipeline");
    if (role == QLatin1String("*"))
        return tr("any approver");
    return role;
}

}  // namespace RoleId

}  // namespace countersign
