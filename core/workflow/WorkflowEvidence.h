#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

#include "gates/GateResult.h"
#include "workflow/StepSignOff.h"
#include "workflow/WorkflowRecord.h"

namespace countersign {

struct Bundle;
struct Roster;

// A record of the bundle that the workflow does not read, and why (shown, never counted).
struct IgnoredRecord {
    qint64 sequence = -1;
    QString action;
    QString actor;
    QString reason;  // translated
};

// What counts as evidence for a change request (docs/formats.md, "Evidence"). The workflow
// reads a bundle's audit records only through here. A record moves state only when it holds a
// DSSE envelope that verifies against the roster, signed by an operator who holds the role
// that kind of record needs, at a signed time within kMaxSkewSeconds of the time the store
// stamped on the record:
//   signoff.recorded   a sign-off envelope (core/signoff): a step of the step machine, or one
//                      of the signed events hotfix, deploy, rollback (SignOffStep)
//   guardrails.report  the ml-guardrails report envelope, signed by a `pipeline` operator: the
//                      gate results
// A record carrying the training mark (core/audit/TrainingMark) counts only in a training
// workspace: its time was one a person could set, so outside training it is never evidence,
// even where a workspace was declared training for a while and then switched back.
// Everything else (refusals, webhook deliveries, attestation notes, notes from scripts, and the
// unsigned gate.evaluated, hotfix.requested and release.deployed of earlier versions) is kept and
// shown but never counted; the unsigned kinds that look like state are listed in `ignored`.
struct WorkflowEvidence {
    static constexpr qint64 kMaxSkewSeconds = 300;

    QList<StepSignOff> signOffs;          // the step machine's sign-offs (risk ... release)
    QList<StepSignOff> rollbacks;         // step "rollback"
    QList<StepSignOff> hotfixes;          // step "hotfix": the request moves to the hotfix lane
    QList<StepSignOff> deployments;       // step "deploy": the approved release is in production
    QList<GateResult> gates;              // latest per gate, from verified reports for this digest
    std::optional<QDateTime> lastReport;  // when the last verified report recorded was generated
    QList<IgnoredRecord> ignored;

    static WorkflowEvidence read(const QList<WorkflowRecord>& records, const Roster& roster,
                                 const Bundle& bundle, bool trainingWorkspace = false);
    // Whether the workflow looks at records of this action for state (AuditAction::readForState):
    // the evidence kinds (signoff.recorded, guardrails.report) and the unsigned kinds of earlier
    // versions that look like state. Records of any other action are never read, so never
    // "not evidence".
    static bool readsAction(const QString& action);
    // Why one record is not evidence; empty when it is, or when it is a kind the workflow
    // never reads for state (a refusal, a note).
    static QString whyNotEvidence(const WorkflowRecord& record, const Roster& roster,
                                  const Bundle& bundle, bool trainingWorkspace = false);
};

}  // namespace countersign
