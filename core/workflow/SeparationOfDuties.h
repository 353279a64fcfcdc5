#pragma once

#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/SignAttempt.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

// Separation of duties (runbook and controls.json "approvals"):
//  - an operator signs only in a role the roster gives them, and only a step of that role;
//  - the bundle's model owner signs no step of their own bundle;
//  - one person signs at most one step of a request (distinct_step_signers, default on);
//  - the deployment approvers are always different people.
class SeparationOfDuties {
public:
    static Refusals check(const ChangeRequest& cr, const WorkflowInputs& inputs,
                          const SignAttempt& attempt);

    // The roles still missing from the dual approval ("*" = any approver role).
    static QStringList remainingApprovalRoles(const ChangeRequest& cr,
                                              const ApprovalPolicy& policy);
    static bool roleFitsSlots(const QString& role, const QStringList& openRoles);
};

}  // namespace countersign
