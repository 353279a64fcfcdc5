#pragma once

#include <QDateTime>
#include <QString>

#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {
class AuditStore;
class Clock;
class Workspace;
}  // namespace countersign

namespace countersign::ui {

// The selected bundle's change request as the Release pane shows it. Reading it scans the
// audit store for the bundle's records, so the pane builds it on the pool (load() runs on a
// worker with a read-only connection of its own) and never blocks the GUI thread on a large
// store.
struct RequestView {
    QString bundleId;  // "model@version"; empty when the bundle is gone or unreadable
    ChangeRequest request;
    // What the request was derived from (read on the pool): the actions decide from it which
    // step an approval signs, so they never read the store on the GUI thread.
    WorkflowInputs inputs;
    Refusals blockers;
    ApprovalPolicy policy;
    QDateTime at;  // the time it was evaluated at
    bool driftFailed = false;
    bool attested = false;       // the release attestation exists for this digest
    bool webhookFailed = false;  // the last deployment webhook delivery failed

    bool open() const;  // open for approvals (not yet approved, deployed or rejected)
    bool approved() const;
    bool scheduled() const;
    bool deployed() const;

    static RequestView load(const Workspace& workspace, const QString& bundleId, AuditStore* store,
                            const Clock& clock);
};

}  // namespace countersign::ui
