#pragma once

#include <QString>

#include "common/Error.h"
#include "common/Result.h"

namespace countersign {

class AuditStore;

// A refused risk acceptance or revocation, recorded as every refusal is (docs/formats.md
// "Every refusal is recorded"): `acceptance.refused`, never read as evidence, under the
// operator the caller named, with the kind ("accept" or "revoke"), the finding and a reason
// code — `acceptance.rules` (the role, the fields, the expiry, what is revoked),
// `acceptance.no_finding` (no scanner finding of the bundle matches), `sod.key_not_roster`
// (the key unlocked but is not the operator's roster key). Used by the CLI (`scans accept`,
// `scans revoke`) and the console's signing dialog alike.
class AcceptanceRefusal {
public:
    // Records the refusal, then returns it with its message completed: "[code] (recorded in the
    // audit store)", or that it was not and why — a refusal never claims a record it does not have.
    static Error recordAndSay(AuditStore& store, const QString& kind, const QString& operatorId,
                              const QString& subject, const QString& findingId, const QString& code,
                              Error refusal);
    // The code of a refusal met while signing: a key that is not the roster's is
    // `sod.key_not_roster`; nothing else there is a refusal (a wrong passphrase is bad input).
    static bool isKeyNotRoster(const Error& error) {
        return error.kind == Error::Kind::CheckFailed;
    }
    static QString kindAccept() { return QStringLiteral("accept"); }
    static QString kindRevoke() { return QStringLiteral("revoke"); }

private:
    static Status record(AuditStore& store, const QString& kind, const QString& operatorId,
                         const QString& subject, const QString& findingId, const QString& code,
                         const QString& message);
};

}  // namespace countersign
