#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "audit/AuditRecord.h"
#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/OperatorKey.h"
#include "crypto/SecretBytes.h"
#include "workspace/Roster.h"

namespace countersign {

// Risk acceptances (AcceptanceStore) and their revocations (AcceptanceRevocations) travel the
// same way: a DSSE envelope around the canonical JSON of the payload plus "schema", signed with
// a Security Engineer's roster key, kept whole inside an audit record. What both do with such
// an envelope is here once; each kind brings its payload type, schema and wording.
class SecurityEngineerEnvelope {
public:
    struct Kind {
        const char* payloadType;
        const char* schema;
        // The error for another payload type, "%1" its type: "not a risk acceptance (…%1)".
        QString wrongType;
    };

    // SHA-256 hex of the envelope's canonical JSON: how an acceptance is named.
    static QString digest(const DsseEnvelope& envelope);

    static Result<DsseEnvelope> sign(const Kind& kind, QJsonObject payload, const OperatorKey& key);
    // Unlocks the key file (slow: PBKDF2) and signs; refuses a key that is not `signerId`'s
    // roster key (`rosterKeyId`). Pure: safe on a pool thread.
    static Result<DsseEnvelope> unlockAndSign(const Kind& kind, const QJsonObject& payload,
                                              const QString& signerId, const QString& keyFile,
                                              const SecretBytes& passphrase,
                                              const QString& rosterKeyId);

    // The envelope an audit record holds, and the name its problems are reported under.
    static QString sourceOf(const AuditRecord& record);
    static Result<DsseEnvelope> envelopeOf(const AuditRecord& record);
    // The payload of an envelope of this kind (payload type and schema checked).
    static Result<QJsonObject> open(const Kind& kind, const DsseEnvelope& envelope,
                                    const QString& source);
    // Whether `operatorId`, as a Security Engineer on the roster, signed the envelope.
    static bool signedBy(const DsseEnvelope& envelope, const QList<DsseVerifier>& verifiers,
                         const QString& operatorId);

    // The Security Engineers on the roster with their public keys: who may accept and revoke.
    static QList<DsseVerifier> securityEngineers(const Roster& roster);
    // `operatorId` is on the roster and holds the security_engineer role; `onlyRole` says
    // what the role alone may do, in the refusal.
    static Status requireSecurityEngineer(const Roster& roster, const QString& operatorId,
                                          const QString& onlyRole);
};

}  // namespace countersign
