#include "workflow/Workflow.h"

#include <QCoreApplication>

#include "audit/TrainingMark.h"
#include "common/UtcText.h"
#include "workflow/Preconditions.h"
#include "workflow/SeparationOfDuties.h"
#include "workflow/TransitionRules.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

void appendUnique(Refusals& into, const Refusals& more) {
    for (const Refusal& r : more)
        if (!into.contains(r))
            into.append(r);
}

// The change window of a scheduled release, as `release verify` checks it: the bundle frozen at
// its cycle's freeze, and every approval of the request signed, and recorded by the store,
// inside that cycle's window. The hotfix lane has no window.
Refusals releaseWindow(const ChangeRequest& cr, const WorkflowInputs& in) {
    if (cr.kind == ChangeKind::Hotfix)
        return {};
    if (cr.windowProblem)
        return {*cr.windowProblem};
    Refusals out;
    for (const CountedSignOff& c : cr.signOffs) {
        const StepSignOff& s = c.signOff;
        if (!s.signatureValid || s.bundleDigest != in.bundle.digest ||
            s.decision == Decision::reject())
            continue;
        QDateTime recorded;
        for (const WorkflowRecord& r : in.records)
            if (s.sequence >= 0 && r.sequence == s.sequence)
                recorded = r.time;
        for (const QDateTime& at : {s.signedAt, recorded}) {
            if (!at.isValid() || cr.windowContains(at))
                continue;
            out.append(
                {QStringLiteral("release.outside_window"),
                 QCoreApplication::translate(
                     "Workflow",
                     "%1's %2 was %3 at %4, outside the change window of its cycle (%5 to "
                     "%6); outside it only the hotfix lane may approve")
                     .arg(s.signer, s.step,
                          at == s.signedAt ? QCoreApplication::translate("Workflow", "signed")
                                           : QCoreApplication::translate("Workflow", "recorded"),
                          utcText(at), utcText(cr.windowOpens), utcText(cr.windowCloses))});
            break;
        }
    }
    return out;
}
}  // namespace

Refusals Workflow::check(const WorkflowInputs& in, const SignAttempt& a, const QDateTime& now) {
    const ChangeRequest cr = ChangeRequest::derive(in);
    Refusals out = TransitionRules::stateAllows(cr, a);
    appendUnique(out, TransitionRules::decisionShape(a));
    appendUnique(out, SeparationOfDuties::check(cr, in, a));
    appendUnique(out, TransitionRules::window(cr, a, now));
    appendUnique(out, Preconditions::check(cr, in, a));
    return out;
}

Refusals Workflow::blockers(const WorkflowInputs& in, const QDateTime& now) {
    const ChangeRequest cr = ChangeRequest::derive(in);
    Refusals out;
    const auto need = [&](WorkflowStep step, const QString& who) {
        appendUnique(out, Preconditions::signOffValid(cr, step));
        out.append({QStringLiteral("waiting.") + stepId(step),
                    QCoreApplication::translate("Workflow", "waiting for %1").arg(who)});
    };
    switch (cr.state) {
        case ChangeState::Uploaded:
            out.append({QStringLiteral("waiting.gates"),
                        QCoreApplication::translate(
                            "Workflow", "the gates have not been evaluated for this bundle")});
            break;
        case ChangeState::RiskReview:
            for (const QString& gate : {QStringLiteral("bias"), QStringLiteral("drift")})
                appendUnique(out, Preconditions::gatePassed(in, gate));
            need(WorkflowStep::RiskReview,
                 QCoreApplication::translate("Workflow", "the Risk Officer's sign-off"));
            break;
        case ChangeState::SecurityReview:
            for (const QString& gate : {QStringLiteral("integrity"), QStringLiteral("security")})
                appendUnique(out, Preconditions::gatePassed(in, gate));
            need(WorkflowStep::SecurityReview,
                 QCoreApplication::translate("Workflow", "the Security Engineer's sign-off"));
            break;
        case ChangeState::OpsApproval:
            appendUnique(out, Preconditions::pipelinePassedOrOverridden(cr, in));
            if (!cr.accepted(WorkflowStep::OpsApproval)) {
                need(WorkflowStep::OpsApproval,
                     QCoreApplication::translate("Workflow", "the Ops Lead's approval"));
            } else {
                QStringList roles;
                for (const QString& r : SeparationOfDuties::remainingApprovalRoles(cr, in.policy))
                    roles.append(Role::label(r));
                out.append({QStringLiteral("waiting.deployment_approval"),
                            QCoreApplication::translate(
                                "Workflow",
                                "waiting for the second deployment approval (%1, another person)")
                                .arg(roles.join(QCoreApplication::translate("Workflow", ", ")))});
            }
            if (cr.kind == ChangeKind::Hotfix && !cr.accepted(WorkflowStep::ComplianceApproval))
                out.append(
                    {QStringLiteral("waiting.compliance_approval"),
                     QCoreApplication::translate(
                         "Workflow",
                         "a hotfix needs the Risk & Compliance approval before deployment")});
            break;
        case ChangeState::ComplianceApproval:
            out.append({QStringLiteral("waiting.compliance_approval"),
                        QCoreApplication::translate(
                            "Workflow",
                            "a hotfix needs the Risk & Compliance approval before deployment")});
            break;
        case ChangeState::ApprovedForDeployment:
        case ChangeState::Deployed:
        case ChangeState::RolledBack:
        case ChangeState::Rejected:
            return {};
    }
    if (cr.kind == ChangeKind::Scheduled &&
        (cr.windowProblem || (cr.windowCloses.isValid() && now >= cr.windowCloses)))
        out = TransitionRules::window(
                  cr, SignAttempt{{}, {}, WorkflowStep::RiskReview, Decision::approve(), {}}, now) +
              out;
    return out;
}

Refusals Workflow::verifyRelease(const WorkflowInputs& in) {
    const ChangeRequest cr = ChangeRequest::derive(in);
    Refusals out;
    if (cr.state == ChangeState::Rejected && cr.rejection) {
        out.append(
            {QStringLiteral("release.rejected"),
             QCoreApplication::translate("Workflow",
                                         "the change request was rejected by %1 at the %2: %3")
                 .arg(cr.rejection->signer, cr.rejection->step, cr.rejection->justification)});
        return out;
    }
    if (cr.state == ChangeState::RolledBack && cr.rollback) {
        out.append({QStringLiteral("release.rolled_back"),
                    QCoreApplication::translate("Workflow", "the release was rolled back by %1: %2")
                        .arg(cr.rollback->signer, cr.rollback->justification)});
        return out;
    }
    // A record made in a training workspace was stamped by a clock a person may set: a trail
    // that carries one, wherever it was copied to, is no production evidence.
    QStringList training;
    for (const WorkflowRecord& r : in.records)
        if (TrainingMark::carries(r.payload))
            training.append(QString::number(r.sequence));
    if (!training.isEmpty())
        out.append({QStringLiteral("release.training_evidence"),
                    QCoreApplication::translate("Workflow",
                                                "audit records %1 of the bundle carry the training "
                                                "mark: they were made in a training workspace "
                                                "and do not count for production")
                        .arg(training.join(QStringLiteral(", ")))});
    // The bundle must still be what was signed: its artefacts against the manifest.
    if (const GateResult* integrity = in.gate(QStringLiteral("integrity"));
        integrity && !integrity->passed())
        out.append({QStringLiteral("release.bundle_changed"),
                    QCoreApplication::translate(
                        "Workflow", "the bundle's artefacts no longer match its manifest: %1")
                        .arg(integrity->summary)});
    // The ml-guardrails pipeline passed for this digest, or failed only where the Risk
    // Officer's counted override covers it (named after the sign-offs it depends on).
    const Refusals pipeline = Preconditions::pipelinePassedOrOverridden(cr, in);
    appendUnique(out, releaseWindow(cr, in));
    if (cr.state == ChangeState::ApprovedForDeployment || cr.state == ChangeState::Deployed) {
        appendUnique(out, pipeline);
        return out;
    }

    for (WorkflowStep step :
         {WorkflowStep::RiskReview, WorkflowStep::SecurityReview, WorkflowStep::OpsApproval})
        appendUnique(out, Preconditions::signOffValid(cr, step));
    if (!cr.dualApprovalMet(in.policy.deploymentRoles)) {
        QStringList roles;
        for (const QString& r : in.policy.deploymentRoles) roles.append(Role::label(r));
        out.append({QStringLiteral("release.dual_approval"),
                    QCoreApplication::translate(
                        "Workflow",
                        "dual approval is not met: it needs %1 from %2 different people, %3 valid "
                        "approval(s) recorded")
                        .arg(roles.join(QCoreApplication::translate("Workflow", " + ")))
                        .arg(in.policy.deploymentRoles.size())
                        .arg(cr.deploymentApprovals().size())});
    }
    if (cr.kind == ChangeKind::Hotfix && !cr.accepted(WorkflowStep::ComplianceApproval))
        out.append(
            {QStringLiteral("release.compliance"),
             QCoreApplication::translate(
                 "Workflow", "a hotfix needs the Risk & Compliance approval before deployment")});
    appendUnique(out, pipeline);
    if (out.isEmpty())
        out.append({QStringLiteral("release.state"),
                    QCoreApplication::translate(
                        "Workflow", "the change request is in %1, not approved for deployment")
                        .arg(changeStateLabel(cr.state))});
    return out;
}

}  // namespace countersign
