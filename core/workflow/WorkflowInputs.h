#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include "gates/GateResult.h"
#include "release/CalendarConfig.h"
#include "workflow/ApprovalPolicy.h"
#include "workflow/BundleFacts.h"
#include "workflow/StepSignOff.h"
#include "workflow/WorkflowEvidence.h"
#include "workflow/WorkflowRecord.h"

namespace countersign {

// Everything the change request of one bundle is derived from. The workflow functions
// are pure over this: the same inputs (rebuilt from the audit log) give the same state.
struct WorkflowInputs {
    BundleFacts bundle;
    QHash<QString, QStringList> roster;  // operator id -> roles the roster gives them
    ApprovalPolicy policy;
    CalendarConfig calendar;  // controls.json "calendar": the change window of a scheduled bundle
    QList<GateResult> gates;  // latest result per gate (integrity, bias, drift, security, pipeline)
    // The evidence (core/workflow/WorkflowEvidence): signed records only, verified against the
    // roster.
    QList<StepSignOff> signOffs;     // every sign-off of the step machine for this bundle
    QList<StepSignOff> rollbacks;    // signed rollbacks of this bundle (step "rollback")
    QList<StepSignOff> hotfixes;     // signed hotfix requests (step "hotfix")
    QList<StepSignOff> deployments;  // signed deployments (step "deploy")
    // Every audit record of the bundle, for its history; the workflow counts none of them as
    // state except through the lists above (refusals, webhook deliveries, notes are shown).
    QList<WorkflowRecord> records;
    QList<IgnoredRecord> ignored;  // records that look like state but are not evidence, and why

    // The result of a gate for exactly this bundle digest; nullptr when there is none.
    const GateResult* gate(const QString& name) const;
    // A result of that gate made for another digest (to say so in a refusal); nullptr otherwise.
    const GateResult* staleGate(const QString& name) const;
};

}  // namespace countersign
