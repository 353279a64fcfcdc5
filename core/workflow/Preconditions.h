#pragma once

#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/SignAttempt.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

// What must hold before a step can be signed (issue 7, item 2):
//  - risk review: bias and drift evaluated for this bundle digest; approve needs both
//    passed, an override (Risk Officer, with justification) is for a failed gate;
//  - security review: integrity and security gates passed (the security gate applies
//    signed, unexpired risk acceptances itself);
//  - ops approval and the second approval: the ml-guardrails pipeline report present,
//    passed, made for exactly this digest, and the risk and security sign-offs still valid;
//  - a hotfix reaches deployment only with the Risk & Compliance approval.
// Rejections need no gate.
class Preconditions {
public:
    static Refusals check(const ChangeRequest& cr, const WorkflowInputs& inputs,
                          const SignAttempt& attempt);

    // The refusal for a gate that is not passed (missing, for another digest, error, failed);
    // empty when it passed.
    static Refusals gatePassed(const WorkflowInputs& inputs, const QString& gate);
    // Why a step has no counted sign-off (void ones named); empty when it has one.
    static Refusals signOffValid(const ChangeRequest& cr, WorkflowStep step);
    // The ml-guardrails report passed, or it failed only on bias or drift results that the
    // counted Risk Officer sign-off overrode, having seen exactly those results (their digests
    // are in the signed envelope): the runbook's override path to deployment.
    static Refusals pipelinePassedOrOverridden(const ChangeRequest& cr,
                                               const WorkflowInputs& inputs);
};

}  // namespace countersign
