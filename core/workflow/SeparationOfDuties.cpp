#include "workflow/SeparationOfDuties.h"

#include <QCoreApplication>

#include "workspace/Role.h"

namespace countersign {

QStringList SeparationOfDuties::remainingApprovalRoles(const ChangeRequest& cr,
                                                       const ApprovalPolicy& policy) {
    QStringList openRoles = policy.deploymentRoles.mid(1);
    for (const StepSignOff& s : cr.acceptedAll(WorkflowStep::DeploymentApproval)) {
        if (openRoles.removeOne(s.role))
            continue;
        openRoles.removeOne(QStringLiteral("*"));
    }
    return openRoles;
}

bool SeparationOfDuties::roleFitsSlots(const QString& role, const QStringList& openRoles) {
    return openRoles.contains(role) ||
           (openRoles.contains(QStringLiteral("*")) && Role::isApprover(role));
}

Refusals SeparationOfDuties::check(const ChangeRequest& cr, const WorkflowInputs& inputs,
                                   const SignAttempt& a) {
    Refusals out;
    const auto it = inputs.roster.constFind(a.signer);
    if (it == inputs.roster.cend()) {
        out.append({QStringLiteral("sod.unknown_operator"),
                    QCoreApplication::translate(
                        "SeparationOfDuties", "%1 is not in the roster (config/ml/operators.json)")
                        .arg(a.signer)});
        return out;
    }
    if (!it->contains(a.role))
        out.append({QStringLiteral("sod.role_not_held"),
                    QCoreApplication::translate("SeparationOfDuties",
                                                "the roster does not give %1 the role %2")
                        .arg(a.signer, Role::label(a.role))});

    const QString needed = stepRole(a.step);
    if (a.step == WorkflowStep::DeploymentApproval) {
        const QStringList openRoles = remainingApprovalRoles(cr, inputs.policy);
        if (!openRoles.isEmpty() && !roleFitsSlots(a.role, openRoles)) {
            QStringList labels;
            for (const QString& r : openRoles) labels.append(Role::label(r));
            out.append(
                {QStringLiteral("sod.wrong_role"),
                 QCoreApplication::translate(
                     "SeparationOfDuties",
                     "the second deployment approval needs the role %1, not %2")
                     .arg(labels.join(QCoreApplication::translate("SeparationOfDuties", " or ")),
                          Role::label(a.role))});
        }
    } else if (a.role != needed) {
        out.append(
            {QStringLiteral("sod.wrong_role"),
             QCoreApplication::translate("SeparationOfDuties", "%1 is signed by a %2, not a %3")
                 .arg(stepLabel(a.step), Role::label(needed), Role::label(a.role))});
    }

    if (!cr.bundle.owner.isEmpty() && a.signer == cr.bundle.owner)
        out.append({QStringLiteral("sod.owner"),
                    QCoreApplication::translate(
                        "SeparationOfDuties",
                        "%1 is the model owner of %2 and signs no step of their own bundle")
                        .arg(a.signer, cr.bundle.subject())});

    // The deployment approvers are always different people.
    if (a.step == WorkflowStep::DeploymentApproval || a.step == WorkflowStep::OpsApproval) {
        for (const StepSignOff& s : cr.deploymentApprovals())
            if (s.signer == a.signer) {
                out.append({QStringLiteral("sod.same_approver"),
                            QCoreApplication::translate(
                                "SeparationOfDuties",
                                "%1 already gave a deployment approval (%2); dual approval needs "
                                "two different people")
                                .arg(a.signer, s.step)});
                break;
            }
    }

    if (a.decision != Decision::reject()) {
        for (const CountedSignOff& c : cr.signOffs) {
            if (!c.counted || c.signOff.signer != a.signer)
                continue;
            if (c.signOff.step == stepId(a.step)) {
                if (!hasCode(out, QStringLiteral("sod.same_approver")))
                    out.append(
                        {QStringLiteral("sod.already_signed"),
                         QCoreApplication::translate("SeparationOfDuties",
                                                     "%1 already signed the %2 of this request")
                             .arg(a.signer, stepLabel(a.step))});
                break;
            }
            if (inputs.policy.distinctStepSigners) {
                const auto other = stepFromId(c.signOff.step);
                out.append(
                    {QStringLiteral("sod.distinct_signers"),
                     QCoreApplication::translate(
                         "SeparationOfDuties",
                         "%1 already signed the %2 of this request; one person signs at most "
                         "one step")
                         .arg(a.signer, other ? stepLabel(*other) : c.signOff.step)});
                break;
            }
        }
    }
    return out;
}

}  // namespace countersign
