#pragma once

#include <QDateTime>
#include <QString>

#include "common/Clock.h"
#include "common/Result.h"
#include "gates/GateResult.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

class AuditStore;
class Workspace;
struct Bundle;

// Where a rollback goes: the model's last known-good version in controls.json, and its
// integrity checked now (the runbook: integrity checks pass before traffic switches).
struct RollbackTarget {
    QString model;
    QString version;  // empty when controls.json names none
    QString digest;   // its bundle.json digest; empty when it cannot be read
    QString problem;  // why there is no usable target (empty: none)
    GateResult integrity;
};

// The runbook's rollback of a deployed release, as a signed, recorded action: an Ops Lead
// signs a sign-off of step "rollback" (with the justification), then the rollback is
// recorded ("release.rolled_back": target, the envelope, the 1 h post-rollback validation
// deadline and the 24 h RCA deadline). The change request then reads "rolled back" and
// `release verify` refuses it.
class Rollback {
public:
    static constexpr int kValidationHours = 1;
    static constexpr int kRcaHours = 24;

    // The target for a bundle (hashes the target's artefacts: run it off the GUI thread for
    // large bundles).
    static RollbackTarget target(const Workspace& workspace, const Bundle& bundle,
                                 const Clock& clock);
    // Every refusal: the request deployed and not rolled back, a target that differs, exists and
    // passes integrity, the signer an Ops Lead on the roster who is not the model owner, and a
    // justification. Empty: sign it.
    static Refusals check(const ChangeRequest& cr, const WorkflowInputs& inputs,
                          const QString& signer, const QString& justification,
                          const RollbackTarget& target);
    // Records the signed rollback (the sign-off itself is recorded by SignOffRecorder).
    static Status record(AuditStore& store, const Bundle& bundle, const QString& actor,
                         const RollbackTarget& target, const QString& envelopeSha256,
                         const QDateTime& now);
};

}  // namespace countersign
