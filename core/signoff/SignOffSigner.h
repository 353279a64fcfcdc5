#pragma once

#include <QString>

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/OperatorKey.h"
#include "crypto/SecretBytes.h"
#include "signoff/SignOffRequest.h"
#include "signoff/SignOffStatement.h"
#include "workflow/Refusal.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

namespace countersign {

// Makes sign-offs. Every rule is checked here, whatever the front end: the step and
// decision are known, reject and override carry a justification, the operator is on the
// roster, holds the role of the step and is not the bundle's model owner, the gate results
// belong to this bundle, and the unlocked key is the operator's roster key.
//
// Pure functions, safe on any thread, so a GUI runs the slow one (unlocking: 600,000 PBKDF2
// iterations) off its thread: statement() then unlockAndSign(). SignOffRecorder writes the
// result to approvals/ and the audit store.
class SignOffSigner {
public:
    // Every rule the request breaks, with the workflow's reason codes (docs/formats.md), so a
    // refusal is recorded the same way whatever check found it; empty when it may be signed.
    static Refusals problems(const Bundle& bundle, const Roster& roster,
                             const SignOffRequest& request);
    // The first problem as an error: BadInput for an unknown step, decision or role or a
    // missing justification, CheckFailed for the rest.
    static Status check(const Bundle& bundle, const Roster& roster, const SignOffRequest& request);

    static Result<SignOffStatement> statement(const Bundle& bundle, const Roster& roster,
                                              const SignOffRequest& request,
                                              const SignOffStatement::CheckpointSeen& checkpoint,
                                              const Clock& clock);

    static Result<DsseEnvelope> sign(const SignOffStatement& statement, const OperatorKey& key);
    static Result<DsseEnvelope> unlockAndSign(const SignOffStatement& statement,
                                              const QString& keyFile,
                                              const SecretBytes& passphrase);

    // "<step>-<operator>-<yyyyMMddTHHmmssZ>.dsse.json"
    static QString fileName(const SignOffStatement& statement);
};

}  // namespace countersign
