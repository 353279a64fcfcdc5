#pragma once

#include <QList>
#include <QString>

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/SecretBytes.h"
#include "gates/GateResult.h"
#include "signoff/SignOff.h"
#include "signoff/SignOffRequest.h"
#include "signoff/SignOffStatement.h"
#include "workflow/SignOffPreview.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

class AuditStore;
class Workspace;
struct Bundle;

// The one way a sign-off is made, from the console and the command line alike, for a step of
// the step machine, a signed event (hotfix, deploy) or a rollback:
//
//   prepare()   reads the store and applies every rule — the signing rules
//               (SignOffSigner::problems: roster, role, model owner) and the workflow's
//               (Workflow::check, the events', the rollback's) — recording every refusal in one
//               record; the preview says what will be signed.
//   statement() the statement with the checkpoint the signer witnesses (on the store's thread);
//   SignOffSigner::unlockAndSign(statement, ...) — slow (PBKDF2): a console runs it on a pool;
//   record()    records the signed envelope (and, for a rollback, the rollback itself); a key
//               that is not the signer's roster key is a recorded refusal.
//
// complete() does the last three in one go (the command line).
class SignOffFlow {
public:
    SignOffFlow(const Workspace& workspace, AuditStore& store, const Clock& clock);

    // `shown`: gate results the signer's screen computed; they stand in only for gates with no
    // recorded result, since a recorded result is the evidence the workflow and the pipeline's
    // override check compare digests with.
    SignOffPreview prepare(const Bundle& bundle, SignOffRequest request,
                           const QList<GateResult>& shown = {});
    // The same over inputs loaded elsewhere (ReleaseDesk::load): a console loads them on a pool
    // thread with a store reader of its own, since reading and verifying a bundle's records in a
    // large store takes long; the rules and the refusal's record then run here.
    SignOffPreview prepare(const Bundle& bundle, SignOffRequest request, WorkflowInputs loaded,
                           const QList<GateResult>& shown);

    Result<SignOffStatement> statement(const SignOffPreview& preview);
    Result<SignOff> record(const SignOffPreview& preview, const SignOffStatement& statement,
                           const Result<DsseEnvelope>& envelope);

    Result<SignOff> complete(const SignOffPreview& preview, const QString& keyFile,
                             const SecretBytes& passphrase);

    static bool isEvent(const QString& step);  // hotfix, deploy

private:
    // Every rule the request breaks over loaded inputs: the signing rules (SignOffSigner), then
    // the workflow's for the step, event or rollback; records nothing.
    Refusals rulesBroken(const Bundle& bundle, const WorkflowInputs& in,
                         const SignOffRequest& request, const RollbackTarget& target) const;

    const Workspace* m_workspace;
    AuditStore* m_store;
    const Clock* m_clock;
};

}  // namespace countersign
