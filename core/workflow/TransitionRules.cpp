#include "workflow/TransitionRules.h"

#include <QCoreApplication>

#include "common/UtcText.h"

namespace countersign {

Refusals TransitionRules::stateAllows(const ChangeRequest& cr, const SignAttempt& a) {
    if (cr.openSteps().contains(a.step))
        return {};
    Refusals out;
    if (!isOpen(cr.state) || cr.state == ChangeState::ApprovedForDeployment) {
        out.append({QStringLiteral("state.closed"),
                    QCoreApplication::translate("TransitionRules",
                                                "the change request is already %1; no further %2")
                        .arg(changeStateLabel(cr.state), stepLabel(a.step))});
    } else if (a.step == WorkflowStep::ComplianceApproval && cr.kind != ChangeKind::Hotfix) {
        out.append({QStringLiteral("state.not_hotfix"),
                    QCoreApplication::translate("TransitionRules",
                                                "Risk & Compliance approval is for the hotfix "
                                                "lane; this is a scheduled change request")});
    } else if (cr.state == ChangeState::Uploaded) {
        out.append(
            {QStringLiteral("state.order"),
             QCoreApplication::translate(
                 "TransitionRules",
                 "the gates have not been evaluated for this bundle yet; the %1 comes after them")
                 .arg(stepLabel(a.step))});
    } else if (a.step == WorkflowStep::DeploymentApproval && cr.state == ChangeState::OpsApproval) {
        out.append({QStringLiteral("state.order"),
                    QCoreApplication::translate(
                        "TransitionRules",
                        "the Ops Lead's approval comes before the second deployment approval")});
    } else {
        out.append({QStringLiteral("state.order"),
                    QCoreApplication::translate("TransitionRules",
                                                "the change request is in %1; the %2 is not open")
                        .arg(changeStateLabel(cr.state), stepLabel(a.step))});
    }
    return out;
}

Refusals TransitionRules::decisionShape(const SignAttempt& a) {
    Refusals out;
    if (a.decision != Decision::approve() && a.decision != Decision::reject() &&
        a.decision != Decision::override_()) {
        out.append({QStringLiteral("decision.unknown"),
                    QCoreApplication::translate(
                        "TransitionRules", "unknown decision \"%1\" (approve, reject or override)")
                        .arg(a.decision)});
        return out;
    }
    if (a.decision == Decision::override_() && a.step != WorkflowStep::RiskReview)
        out.append({QStringLiteral("decision.override_step"),
                    QCoreApplication::translate(
                        "TransitionRules",
                        "only the Risk Officer's review can be an override; the %1 cannot")
                        .arg(stepLabel(a.step))});
    if ((a.decision == Decision::override_() || a.decision == Decision::reject()) &&
        a.justification.trimmed().isEmpty())
        out.append({QStringLiteral("decision.justification"),
                    QCoreApplication::translate("TransitionRules", "an %1 needs a justification")
                        .arg(a.decision)});
    return out;
}

Refusals TransitionRules::window(const ChangeRequest& cr, const SignAttempt& a,
                                 const QDateTime& at) {
    if (cr.kind == ChangeKind::Hotfix || a.decision == Decision::reject())
        return {};
    if (cr.windowProblem)
        return {*cr.windowProblem};
    if (!cr.windowOpens.isValid())
        return {
            {QStringLiteral("window.calendar"),
             QCoreApplication::translate("TransitionRules",
                                         "the release calendar gives this bundle no change "
                                         "window; outside it only the hotfix lane may approve")}};
    if (at < cr.windowOpens)
        return {{QStringLiteral("window.not_open"),
                 QCoreApplication::translate(
                     "TransitionRules",
                     "the change window opens at %1; approvals before it are refused")
                     .arg(utcText(cr.windowOpens))}};
    if (at >= cr.windowCloses)
        return {{QStringLiteral("window.closed"),
                 QCoreApplication::translate("TransitionRules",
                                             "the %1-hour change window closed at %2 (opened "
                                             "%3); outside it only the hotfix lane may approve")
                     .arg(cr.windowOpens.secsTo(cr.windowCloses) / 3600)
                     .arg(utcText(cr.windowCloses), utcText(cr.windowOpens))}};
    return {};
}

void TransitionRules::apply(ChangeRequest& cr, const StepSignOff& s, WorkflowStep step,
                            const ApprovalPolicy& policy) {
    if (s.decision == Decision::reject()) {
        cr.state = ChangeState::Rejected;
        cr.rejection = s;
        return;
    }
    switch (step) {
        case WorkflowStep::RiskReview:
            cr.state = ChangeState::SecurityReview;
            return;
        case WorkflowStep::SecurityReview:
            cr.state = ChangeState::OpsApproval;
            return;
        case WorkflowStep::OpsApproval:
        case WorkflowStep::DeploymentApproval:
        case WorkflowStep::ComplianceApproval:
            break;
    }
    if (!cr.dualApprovalMet(policy.deploymentRoles))
        return;
    const bool complianceMissing =
        cr.kind == ChangeKind::Hotfix && !cr.accepted(WorkflowStep::ComplianceApproval);
    cr.state =
        complianceMissing ? ChangeState::ComplianceApproval : ChangeState::ApprovedForDeployment;
}

}  // namespace countersign
