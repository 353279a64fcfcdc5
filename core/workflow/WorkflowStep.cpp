#include "workflow/WorkflowStep.h"

#include <QCoreApplication>

namespace countersign {

QString stepId(WorkflowStep step) {
    switch (step) {
        case WorkflowStep::RiskReview:
            return SignOffStep::risk();
        case WorkflowStep::SecurityReview:
            return SignOffStep::security();
        case WorkflowStep::OpsApproval:
            return SignOffStep::ops();
        case WorkflowStep::DeploymentApproval:
            return SignOffStep::release();
        case WorkflowStep::ComplianceApproval:
            return SignOffStep::riskCompliance();
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
    return SignOffStep::requiredRole(stepId(step));
}

}  // namespace countersign
