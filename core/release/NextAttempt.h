#pragma once

#include <QString>
#include <QStringList>

#include "workflow/ChangeRequest.h"
#include "workflow/SignAttempt.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

// The step an operator would sign next on a change request, in which of their roles: the
// open step their roles fit (the deployment approval in any approver role the policy still
// needs). When no open step fits, the first open step (or the ops approval once nothing is
// open) in their first role, so that checking the attempt names why they cannot sign.
class NextAttempt {
public:
    static SignAttempt forOperator(const ChangeRequest& cr, const WorkflowInputs& inputs,
                                   const QString& signer, const QStringList& roles,
                                   const QString& decision, const QString& justification = {});
    // The gates a sign-off of the step states it saw (bias and drift for the risk review, ...).
    static QStringList gatesSeenBy(WorkflowStep step);
};

}  // namespace countersign
