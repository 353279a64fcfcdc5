#pragma once

#include <QList>
#include <QString>

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "gates/GateResult.h"
#include "signoff/SignOff.h"
#include "signoff/SignOffRequest.h"
#include "workflow/Refusal.h"

namespace countersign {

class AuditStore;
class Workspace;
struct Bundle;

// The one way a sign-off is made from the command line, for a step of the step machine or a
// signed event (hotfix, deploy): prepare() applies every rule — the signing rules
// (SignOffSigner::problems: roster, role, model owner), then the workflow's (ReleaseDesk) — and
// records every refusal; complete() unlocks the key, signs and records. A key that is not the
// signer's roster key is a recorded refusal too.
class SignOffFlow {
public:
    SignOffFlow(const Workspace& workspace, AuditStore& store, const Clock& clock);

    // Fills the role when the request leaves it to the step (for an event: the first role the
    // operator holds that may take it). Empty: go ahead and complete().
    Refusals prepare(const Bundle& bundle, SignOffRequest& request);
    // True when the first refusal is a usage error (an unknown step or decision, no role).
    static bool isUsageRefusal(const Refusals& refusals);

    Result<SignOff> complete(const Bundle& bundle, const SignOffRequest& request,
                             const QString& keyFile, const SecretBytes& passphrase);

    static bool isEvent(const QString& step);  // hotfix, deploy

private:
    const Workspace* m_workspace;
    AuditStore* m_store;
    const Clock* m_clock;
};

}  // namespace countersign
