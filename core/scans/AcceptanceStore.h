#pragma once

#include <QList>
#include <QString>

#include "audit/AuditEntry.h"
#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/OperatorKey.h"
#include "scans/RiskAcceptance.h"
#include "workspace/Roster.h"

namespace countersign {

// Risk acceptances as signed files: <workspace>/config/ml/acceptances/*.dsse.json, each a
// DSSE envelope (payloadType application/vnd.countersign.acceptance+json) around the
// canonical JSON of RiskAcceptance::toJson() plus "schema". Only an envelope signed by the
// operator named in "accepted_by", who holds the security_engineer role on the roster,
// counts; anything else is reported as a problem and ignored.
class AcceptanceStore {
public:
    static constexpr const char* kPayloadType = "application/vnd.countersign.acceptance+json";
    static constexpr const char* kSchema = "countersign.acceptance/v1";

    struct Loaded {
        QList<RiskAcceptance> acceptances;  // verified
        QList<Error> problems;              // files that do not count, and why
    };

    static QString folder(const QString& workspaceRoot);
    static Loaded load(const QString& workspaceRoot, const Roster& roster);

    // Signs and writes a new acceptance (atomically); returns the file written.
    // The signer must be the roster operator `acceptance.acceptedBy` with the
    // security_engineer role, and `key` their key.
    static Result<QString> write(const QString& workspaceRoot, const RiskAcceptance& acceptance,
                                 const OperatorKey& key, const Roster& roster, const Clock& clock);
    static Result<DsseEnvelope> sign(const RiskAcceptance& acceptance, const OperatorKey& key);

    // What the audit store records for an acceptance written to `file`.
    static AuditEntry auditEntry(const RiskAcceptance& acceptance, const QString& file,
                                 const QString& envelopeSha256);
};

}  // namespace countersign
