#include "ui/release/RequestView.h"

#include "audit/AuditActions.h"
#include "common/Clock.h"
#include "gates/GateResult.h"
#include "release/ReleaseDesk.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

bool RequestView::open() const {
    return isOpen(request.state) && request.state != ChangeState::ApprovedForDeployment;
}
bool RequestView::approved() const {
    return request.state == ChangeState::ApprovedForDeployment;
}
bool RequestView::scheduled() const {
    return request.kind == ChangeKind::Scheduled;
}
bool RequestView::deployed() const {
    return request.state == ChangeState::Deployed;
}

RequestView RequestView::load(const Workspace& workspace, const QString& bundleId,
                              AuditStore* store, const Clock& clock) {
    RequestView v;
    const BundleEntry* entry = workspace.findEntry(bundleId);
    if (!entry || !entry->bundle)
        return v;
    const Bundle& bundle = *entry->bundle;
    v.bundleId = bundleId;
    v.at = clock.now();
    const ReleaseDesk desk(workspace, store, clock);
    v.inputs = desk.load(bundle);
    const WorkflowInputs& in = v.inputs;
    v.request = ChangeRequest::derive(in);
    v.blockers = Workflow::blockers(in, v.at);
    v.policy = in.policy;
    const GateResult* drift = in.gate(QStringLiteral("drift"));
    v.driftFailed = drift && drift->status == Verdict::Fail;
    for (const WorkflowRecord& r : v.request.history)
        v.attested = v.attested ||
                     (r.action == AuditActions::releaseAttested.id() &&
                      r.payload.value(QStringLiteral("bundle_digest")).toString() == bundle.digest);
    const std::optional<WebhookOutcome> lastWebhook =
        WorkflowAudit::lastWebhook(v.request.history, bundle.digest);
    v.webhookFailed = lastWebhook && !lastWebhook->delivered;
    return v;
}

}  // namespace countersign::ui
