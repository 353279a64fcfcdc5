#include "release/NextAttempt.h"

#include "workflow/SeparationOfDuties.h"

namespace countersign {

SignAttempt NextAttempt::forOperator(const ChangeRequest& cr, const WorkflowInputs& in,
                                     const QString& signer, const QStringList& roles,
                                     const QString& decision, const QString& justification) {
    const QList<WorkflowStep> open = cr.openSteps();
    for (WorkflowStep step : open) {
        if (step == WorkflowStep::DeploymentApproval) {
            const QStringList openRoles = SeparationOfDuties::remainingApprovalRoles(cr, in.policy);
            for (const QString& role : roles)
                if (SeparationOfDuties::roleFitsSlots(role, openRoles))
                    return SignAttempt{signer, role, step, decision, justification};
        } else if (roles.contains(stepRole(step))) {
            return SignAttempt{signer, stepRole(step), step, decision, justification};
        }
    }
    const WorkflowStep step = open.isEmpty() ? WorkflowStep::OpsApproval : open.front();
    const QString needed = stepRole(step);
    const QString role = roles.contains(needed) ? needed : roles.value(0);
    return SignAttempt{signer, role, step, decision, justification};
}

QStringList NextAttempt::gatesSeenBy(WorkflowStep step) {
    switch (step) {
        case WorkflowStep::RiskReview:
            return {QStringLiteral("bias"), QStringLiteral("drift")};
        case WorkflowStep::SecurityReview:
            return {QStringLiteral("integrity"), QStringLiteral("security")};
        case WorkflowStep::OpsApproval:
        case WorkflowStep::DeploymentApproval:
        case WorkflowStep::ComplianceApproval:
            break;
    }
    return {QStringLiteral("integrity"), QStringLiteral("bias"), QStringLiteral("drift"),
            QStringLiteral("security"), QStringLiteral("pipeline")};
}

}  // namespace countersign
