#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace countersign {

// A Security Engineer withdrawing a recorded risk acceptance before it expires: names the
// acceptance by the SHA-256 of its envelope (the "envelope_sha256" of its audit record), why,
// who and when. Signed (DSSE) and recorded in the audit store as "acceptance.revoke"
// (AcceptanceRevocations, docs/formats.md); from revokedAt on the acceptance no longer counts.
struct RiskRevocation {
    QString acceptanceDigest;  // envelope_sha256 of the acceptance it withdraws
    QString findingId;         // of that acceptance (for people reading the record)
    QString package;
    QString reason;
    QString revokedBy;          // operator id
    QDateTime revokedAt;        // UTC
    QString file;               // where it was read from ("audit record 14"), not signed
    qint64 auditSequence = -1;  // the audit record holding it, not signed

    QJsonObject toJson() const;  // the signed predicate
    static Result<RiskRevocation> fromJson(const QJsonObject& json, const QString& file);
    // What a person must fix before signing (a reason of at least 10 characters, the
    // acceptance named); empty when it can be signed.
    QString problem() const;
};

}  // namespace countersign
