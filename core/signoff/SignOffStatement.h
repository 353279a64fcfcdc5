#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Result.h"

namespace countersign {

// What a sign-off says: an in-toto Statement v1 whose subject is the bundle (the SHA-256 of
// its bundle.json) and whose predicate (type kPredicateType, docs/formats.md) holds the
// decision and what the signer saw. Serialised as canonical JSON: the DSSE payload.
struct SignOffStatement {
    static constexpr const char* kStatementType = "https://in-toto.io/Statement/v1";
    static constexpr const char* kPredicateType = "https://countersign.dev/signoff/v1";

    // A gate result the signer saw: GateResult::digest() and its verdict at the time.
    struct GateSeen {
        QString gate;
        QString status;  // verdictId
        QString digest;  // SHA-256 hex of the result's canonical JSON
    };
    // The audit store's checkpoint the signer saw (C2SP tlog-checkpoint fields).
    struct CheckpointSeen {
        QString origin;
        qint64 size = 0;
        QByteArray rootHash;  // 32 bytes
    };

    QString model;
    QString version;
    QString bundleDigest;  // subject digest: SHA-256 hex of bundle.json
    QString step;          // SignOffStep
    QString role;          // role id the operator signs as
    QString operatorId;
    QString keyId;     // the signer's key id (also the DSSE keyid)
    QString decision;  // approve | reject | override
    QString justification;
    QString changeRequest;  // may be empty when the bundle has no change request yet
    QDateTime signedAt;     // UTC, whole seconds
    QList<GateSeen> gateResults;
    CheckpointSeen checkpoint;

    QString subjectName() const { return model + QLatin1Char('@') + version; }

    QJsonObject toJson() const;
    QByteArray payload() const;  // canonical JSON of toJson()

    // Strict: the statement type, the predicate type, every field's type and value
    // (known step and decision, justification present where needed, digests as hex...).
    // Errors name the file and the JSON pointer inside the payload.
    static Result<SignOffStatement> fromPayload(QByteArrayView payload,
                                                const QString& fileForErrors = {});
};

}  // namespace countersign
