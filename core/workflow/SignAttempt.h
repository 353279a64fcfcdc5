#pragma once

#include <QString>

#include "workflow/StepSignOff.h"
#include "workflow/WorkflowStep.h"

namespace countersign {

// Someone wanting to sign a step: checked before anything is signed, and replayed from
// the recorded sign-offs when the state is derived.
struct SignAttempt {
    QString signer;  // operator id
    QString role;    // the role they sign in
    WorkflowStep step = WorkflowStep::RiskReview;
    QString decision;  // approve, reject, override
    QString justification;

    static SignAttempt from(const StepSignOff& s, WorkflowStep step) {
        return SignAttempt{s.signer, s.role, step, s.decision, s.justification};
    }
};

}  // namespace countersign
