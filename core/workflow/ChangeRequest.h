#pragma once

#include <QDateTime>
#include <QList>
#include <optional>

#include "workflow/BundleFacts.h"
#include "workflow/ChangeState.h"
#include "workflow/Refusal.h"
#include "workflow/StepSignOff.h"
#include "workflow/WorkflowEvidence.h"
#include "workflow/WorkflowRecord.h"
#include "workflow/WorkflowStep.h"

namespace countersign {

struct WorkflowInputs;

// A sign-off of the request and whether it counts; a void one says why.
struct CountedSignOff {
    StepSignOff signOff;
    bool counted = false;
    QString voidReason;
};

// The change request of one bundle, derived by replaying its sign-offs and audit
// records through the state machine (ChangeRequest::derive). Nothing here is stored:
// rebuilding it from the log always gives the same answer.
struct ChangeRequest {
    QString id;
    BundleFacts bundle;
    ChangeKind kind = ChangeKind::Scheduled;
    ChangeState state = ChangeState::Uploaded;
    QString hotfixReason;  // why the hotfix lane was opened
    // The change window (UTC) of the bundle's cycle in the release calendar
    // (core/workflow/BundleWindow); scheduled requests approve only inside it.
    QDateTime windowOpens;
    QDateTime windowCloses;
    // Set when no approval of a scheduled request counts whatever the time (the feature snapshot
    // was not frozen at its cycle's freeze: "window.snapshot_not_at_freeze").
    std::optional<Refusal> windowProblem;
    QList<CountedSignOff> signOffs;  // all of them, in replay order
    std::optional<StepSignOff> rejection;
    std::optional<StepSignOff> deployment;  // the signed deployment, once deployed
    QList<IgnoredRecord> notEvidence;       // the bundle's records that count for nothing, and why
    std::optional<StepSignOff> rollback;    // the signed rollback, once rolled back
    QList<WorkflowRecord> history;  // the request's audit records, sign-offs included, in order

    static ChangeRequest derive(const WorkflowInputs& inputs);

    // The counted sign-off of a step (the first deployment approval for DeploymentApproval).
    const StepSignOff* accepted(WorkflowStep step) const;
    QList<StepSignOff> acceptedAll(WorkflowStep step) const;
    // The counted deployment approvals: the ops approval and the other approvers.
    QList<StepSignOff> deploymentApprovals() const;
    bool dualApprovalMet(const QStringList& deploymentRoles) const;
    bool windowContains(const QDateTime& instant) const;
    // The steps that may be signed in the current state.
    QList<WorkflowStep> openSteps() const;
};

}  // namespace countersign
