#pragma once

#include <QString>
#include <QStringList>

#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

// Opening the hotfix lane by hand (not from a breached gate): a scheduled, open change request
// moves to the hotfix lane, where approvals are no longer bound to the change window but need
// Risk & Compliance. The runbook lets the roles that own the release decision do that: the Ops
// Lead (who runs the change) and the Risk Officer (who watches the drift and bias alerts that
// call for a hotfix); never the model owner of the bundle, who would otherwise take their own
// bundle out of the change window.
class ManualHotfix {
public:
    static QStringList allowedRoles();  // ops_lead, risk_officer

    // Every refusal (empty: go ahead and record hotfix.requested) for `actor` signing in as
    // `role` with the reason.
    static Refusals check(const ChangeRequest& cr, const WorkflowInputs& in, const QString& actor,
                          const QString& role, const QString& reason);
};

}  // namespace countersign
