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
#include "scans/RiskAcceptance.h"
#include "workspace/Roster.h"

namespace countersign {

class AuditStore;

// Risk acceptances live in the audit store, nowhere else: each is an audit record (action
// "risk.accepted") holding a SecurityEngineerEnvelope (payloadType
// application/vnd.countersign.acceptance+json) around the canonical JSON of
// RiskAcceptance::toJson() plus "schema", signed with the accepting Security Engineer's operator
// key. They are read back from the store, so a file edited on disk changes nothing, and an edited
// record fails its signature (and the store's own chain verification). Only an envelope signed by
// the operator named in "accepted_by", who holds the security_engineer role on the roster and is
// the record's actor, counts; anything else is reported as a problem and ignored (never applied).
// Revocations ("acceptance.revoke", AcceptanceRevocations) read back with them mark the
// acceptance revoked from their time on.
class AcceptanceStore {
public:
    static constexpr const char* kPayloadType = "application/vnd.countersign.acceptance+json";
    static constexpr const char* kSchema = "countersign.acceptance/v1";

    struct Loaded {
        QList<RiskAcceptance> acceptances;  // verified, expired and revoked ones included
        QList<Error> problems;              // records that do not count, and why
    };
    struct Recorded {
        RiskAcceptance acceptance;
        QString envelopeDigest;  // SHA-256 hex of the envelope's canonical JSON
        qint64 auditSequence = -1;
    };

    // What must hold before anything is signed: the acceptance is complete (justification,
    // future expiry, readable range) and its `acceptedBy` is a Security Engineer on the roster.
    static Status check(const RiskAcceptance& acceptance, const Roster& roster, const Clock& clock);

    static Result<DsseEnvelope> sign(const RiskAcceptance& acceptance, const OperatorKey& key);
    // Unlocks the key file (slow: PBKDF2) and signs; refuses a key that is not the acceptor's
    // roster key. Pure: safe on a pool thread.
    static Result<DsseEnvelope> unlockAndSign(const RiskAcceptance& acceptance,
                                              const QString& keyFile, const SecretBytes& passphrase,
                                              const QString& rosterKeyId);

    // Appends the signed acceptance to the audit store (verifying the envelope first).
    static Result<Recorded> record(AuditStore& store, const RiskAcceptance& acceptance,
                                   const DsseEnvelope& envelope, const Roster& roster);

    // Every acceptance recorded in the store, verified against the roster.
    static Loaded load(const AuditStore& store, const Roster& roster);
    static Loaded fromRecords(const QList<AuditRecord>& records, const Roster& roster);

    // The record an acceptance is appended as; its subject (the bundle, else the model, else
    // FINDING@PACKAGE), which its revocation shares.
    static AuditEntry auditEntry(const RiskAcceptance& acceptance, const DsseEnvelope& envelope);
    static QString subjectOf(const RiskAcceptance& acceptance);
};

}  // namespace countersign
