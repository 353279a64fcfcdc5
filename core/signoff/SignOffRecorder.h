#pragma once

#include <QString>

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/SecretBytes.h"
#include "signoff/SignOff.h"
#include "signoff/SignOffRequest.h"
#include "signoff/SignOffStatement.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

namespace countersign {

class AuditStore;

// Makes a sign-off count: the envelope is written to the bundle's approvals/ and appended to
// the audit store (action "signoff.recorded", the envelope in the payload). Runs on the thread
// that owns the store. A sign-off the store refused is removed from approvals/ again; one the
// store holds but could not sign a checkpoint after stays (the error says so).
class SignOffRecorder {
public:
    // The checkpoint the signer witnesses: a freshly signed checkpoint of the store.
    static Result<SignOffStatement::CheckpointSeen> currentCheckpoint(AuditStore& store);

    static Result<SignOff> record(const Bundle& bundle, const SignOffStatement& statement,
                                  const DsseEnvelope& envelope, AuditStore& store);
};

}  // namespace countersign
