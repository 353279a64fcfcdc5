#include "workflow/WorkflowStep.h"

#include <QCoreApplication>

namespace countersign {

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
            return QCoreApplication::translate("WorkflowStep", "risk review");
        case WorkflowStep::SecurityReview:
            return QCoreApplication::translate("WorkflowStep", "security review");
        case WorkflowStep::OpsApproval:
            return QCoreApplication::translate("WorkflowStep", "ops approval");
        case WorkflowStep::DeploymentApproval:
            return QCoreApplication::translate("WorkflowStep", "second deployment approval");
        case WorkflowStep::ComplianceApproval:
            return QCoreApplication::translate("WorkflowStep", "Risk & Compliance approval");
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
        return QCoreApplication::translate("WorkflowStep", "Model Owner");
    if (role == riskOfficer())
        return QCoreApplication::translate("WorkflowStep", "Risk Officer");
    if (role == securityEngineer())
        return QCoreApplication::translate("WorkflowStep", "Security Engineer");
    if (role == opsLead())
        return QCoreApplication::translate("WorkflowStep", "Ops Lead");
    if (role == riskCompliance())
        return QCoreApplication::translate("WorkflowStep", "Risk & Compliance");
    if (role == pipeline())
        return QCoreApplication::translate("WorkflowStep", "Pipeline");
    if (role == QLatin1String("*"))
        return QCoreApplication::translate("WorkflowStep", "any approver");
    return role;
}

}  // namespace RoleId

}  // namespace countersign
