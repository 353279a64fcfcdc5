#pragma once

#include <QList>
#include <QString>

#include "common/Clock.h"
#include "common/Result.h"
#include "gates/GateResult.h"
#include "release/Rollback.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Refusal.h"
#include "workflow/SignAttempt.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

class AuditStore;
class Workspace;
struct Bundle;

// The workflow over a real workspace: rebuilds a bundle's change request from the audit
// store (its records and the sign-off envelopes they hold, verified against the roster),
// checks attempts and records the refused ones, and writes the release attestation once
// dual approval is complete. The GUI and the CLI both go through here.
class ReleaseDesk {
public:
    // store may be null: then there is no evidence, and every request is as uploaded.
    ReleaseDesk(const Workspace& workspace, AuditStore* store, const Clock& clock);

    static BundleFacts facts(const Bundle& bundle);

    // Inputs for the bundle: the recorded gate results for its digest (`fresh` ones win),
    // the pipeline gate evaluated now, the sign-offs and records.
    WorkflowInputs load(const Bundle& bundle, const QList<GateResult>& fresh = {}) const;
    ChangeRequest changeRequest(const Bundle& bundle, const QList<GateResult>& fresh = {}) const;

    // Every refusal for the attempt (empty: go ahead and sign); a refused attempt is recorded.
    Refusals attempt(const Bundle& bundle, const SignAttempt& attempt,
                     const QList<GateResult>& fresh = {});

    // Once the request is approved for deployment, writes approvals/release-attestation.dsse.json
    // (signed with the audit store's key) and records it. Returns the file, or an empty string
    // when the request is not approved yet or the attestation for this digest exists already.
    Result<QString> attestIfApproved(const Bundle& bundle);

    // Records a rollback signed as a sign-off of step "rollback" (SignOffFlow checks and signs
    // it; core/workflow/Rollback): the envelope's digest names the signature.
    Status recordRollback(const Bundle& bundle, const QString& signer, const RollbackTarget& target,
                          const QString& envelopeSha256);

    // The rules of a signed event outside the step machine (SignOffStep "hotfix": the request
    // moves to the hotfix lane, core/workflow/ManualHotfix; "deploy": the approved release is in
    // production): every refusal, recorded (signoff.refused, the step named); empty: go ahead and
    // sign the event like any sign-off (SignOffRecorder), which the workflow then follows.
    Refusals attemptEvent(const Bundle& bundle, const QString& step, const QString& signer,
                          const QString& role, const QString& justification);
    // The rules of a signed event over loaded inputs, recording nothing.
    static Refusals eventRefusals(const ChangeRequest& cr, const WorkflowInputs& in,
                                  const QString& step, const QString& signer, const QString& role,
                                  const QString& justification);
    static Refusals deployRefusals(const ChangeRequest& cr, const QString& role);

    // The release attestation to POST to the deployment webhook again: only when the last
    // recorded delivery for this bundle digest failed, and only the attested file itself (its
    // SHA-256 is the one recorded with the attestation). Record the outcome with
    // WorkflowAudit::recordWebhook(..., resentBy).
    Result<QByteArray> webhookResend(const Bundle& bundle) const;

private:
    const Workspace* m_workspace;
    AuditStore* m_store;
    const Clock* m_clock;
};

}  // namespace countersign
