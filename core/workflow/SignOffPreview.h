#pragma once

#include <optional>

#include "release/Rollback.h"
#include "signoff/SignOffRequest.h"
#include "workflow/Refusal.h"
#include "workspace/Bundle.h"

namespace countersign {

// What a sign-off is about to say, prepared once by SignOffFlow::prepare for every kind of
// signature on a bundle (a step, a signed event, a rollback): the request completed by the rules
// (the role the step needs, the gate results the signer states they saw, the change request)
// and every refusal, already recorded. A preview with refusals is never signed.
struct SignOffPreview {
    Bundle bundle;
    SignOffRequest request;
    Refusals refusals;
    // Why the refusals could not be recorded (the store refused the append: its clock went
    // back, it is damaged, ...); empty when they were.
    QString refusalNotRecorded;
    // A rollback: the version traffic goes back to, its integrity checked while preparing.
    std::optional<RollbackTarget> rollback;

    bool maySign() const { return refusals.isEmpty(); }
    // True when the first refusal is a usage error (an unknown step or decision, no role).
    bool refusedAsUsage() const;
    // "recorded in the audit store", or that it was not and why: a refusal never claims a
    // record it does not have.
    QString recordedText() const;
};

}  // namespace countersign
