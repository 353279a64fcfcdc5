#pragma once

#include <QDateTime>

#include "workflow/ApprovalPolicy.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/SignAttempt.h"

namespace countersign {

// The state machine's transitions: which step may be signed in which state, what a
// decision must carry, the change window, and the state a counted sign-off leads to.
class TransitionRules {
public:
    // The step is open in the current state (risk before security before the approvals).
    static Refusals stateAllows(const ChangeRequest& cr, const SignAttempt& attempt);
    // The decision fits the step: override only on the risk review and with a justification.
    static Refusals decisionShape(const SignAttempt& attempt);
    // Approvals (not rejections) of a scheduled request only inside its change window.
    static Refusals window(const ChangeRequest& cr, const SignAttempt& attempt,
                           const QDateTime& at);
    // Applies a counted sign-off.
    static void apply(ChangeRequest& cr, const StepSignOff& signOff, WorkflowStep step,
                      const ApprovalPolicy& policy);
};

}  // namespace countersign
