#pragma once

#include <QDateTime>

#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/SignAttempt.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

// The workflow's three questions, as pure functions over WorkflowInputs:
//   may this person sign this step now?  what still blocks the request?  may it deploy?
class Workflow {
public:
    // Every refusal for the attempt: state order, decision shape, separation of duties,
    // preconditions and the change window. Empty means the attempt may be signed.
    static Refusals check(const WorkflowInputs& inputs, const SignAttempt& attempt,
                          const QDateTime& now);

    // What blocks the request's next transition (empty once approved, deployed or rejected).
    static Refusals blockers(const WorkflowInputs& inputs, const QDateTime& now);

    // The deployment pipeline's check (`countersign-cli release verify`): every required
    // sign-off valid against the roster, roles distinct, dual approval met, the bundle
    // unchanged since signing (its digest, and the integrity gate when given), within the
    // window or on the hotfix lane: a scheduled bundle frozen at its cycle's freeze, every
    // approval signed and recorded inside that cycle's window ("release.outside_window").
    // Empty means the release may deploy.
    static Refusals verifyRelease(const WorkflowInputs& inputs);
};

}  // namespace countersign
