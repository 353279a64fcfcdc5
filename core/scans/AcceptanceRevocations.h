#pragma once

#include <QList>
#include <QString>

#include "audit/AuditEntry.h"
#include "audit/AuditRecord.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/OperatorKey.h"
#include "crypto/SecretBytes.h"
#include "scans/AcceptanceStore.h"
#include "scans/RiskRevocation.h"
#include "workspace/Roster.h"

namespace countersign {

class AuditStore;

// Revoking a risk acceptance early, on the acceptance's own signing path: an audit record
// (action "acceptance.revoke") holding a SecurityEngineerEnvelope (payloadType
// application/vnd.countersign.acceptance-revocation+json) around RiskRevocation::toJson() plus
// "schema", signed with the revoking operator's key. Only the role that may accept may revoke
// (security_engineer, any one of them on the roster). AcceptanceStore::load applies the revocations
// it reads back: a revocation that does not verify, or names no earlier acceptance, is a problem
// and ignored.
class AcceptanceRevocations {
public:
    static constexpr const char* kPayloadType =
        "application/vnd.countersign.acceptance-revocation+json";
    static constexpr const char* kSchema = "countersign.acceptance-revocation/v1";

    struct Recorded {
        RiskRevocation revocation;
        QString envelopeDigest;
        qint64 auditSequence = -1;
    };

    // The recorded acceptance whose envelope digest is `digest` (a prefix of at least 8 hex
    // digits is enough when it names exactly one), or an error naming why none.
    static Result<RiskAcceptance> find(const AcceptanceStore::Loaded& loaded,
                                       const QString& digest);
    // What must hold before anything is signed: the reason, the revoking operator is a Security
    // Engineer on the roster, the acceptance is recorded, not revoked and not expired.
    static Status check(const RiskRevocation& revocation, const AcceptanceStore::Loaded& loaded,
                        const Roster& roster, const Clock& clock);

    static Result<DsseEnvelope> sign(const RiskRevocation& revocation, const OperatorKey& key);
    // Unlocks the key file (slow) and signs; refuses a key that is not the roster key. Pure.
    static Result<DsseEnvelope> unlockAndSign(const RiskRevocation& revocation,
                                              const QString& keyFile, const SecretBytes& passphrase,
                                              const QString& rosterKeyId);
    // Appends the signed revocation (verified first) under the acceptance's audit subject,
    // found among the acceptances recorded in the store (read now), or among `loaded` (read
    // when the revocation was asked for: a console reads the store on the pool).
    static Result<Recorded> record(AuditStore& store, const RiskRevocation& revocation,
                                   const DsseEnvelope& envelope, const Roster& roster);
    static Result<Recorded> record(AuditStore& store, const RiskRevocation& revocation,
                                   const DsseEnvelope& envelope, const Roster& roster,
                                   const AcceptanceStore::Loaded& loaded);

    // The revocation a record holds, verified (signature of revoked_by as a Security Engineer,
    // the record's columns matching what was signed).
    static Result<RiskRevocation> fromRecord(const AuditRecord& record,
                                             const QList<DsseVerifier>& verifiers);
    static AuditEntry auditEntry(const RiskRevocation& revocation, const DsseEnvelope& envelope,
                                 const QString& subject);
};

}  // namespace countersign
