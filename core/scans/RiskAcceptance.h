#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "common/Clock.h"
#include "common/Result.h"
#include "scans/Finding.h"

namespace countersign {

// A Security Engineer's decision to accept one finding for a while: the finding id (or any
// of its aliases), the package, the installed versions it covers, why, and until when.
// Signed (DSSE) and recorded in the audit store (AcceptanceStore, docs/formats.md); an
// expired acceptance stops counting at the instant it expires.
struct RiskAcceptance {
    QString findingId;     // CVE-…, GHSA-…: matched against the finding's id and aliases
    QString package;       // compared with Finding::normalizePackage
    QString versionRange;  // VersionRange syntax; "*" for any version
    QString justification;
    QDateTime expires;          // UTC, exclusive
    QString acceptedBy;         // operator id
    QDateTime acceptedAt;       // UTC
    QString model;              // optional: only bundles of this model; empty for every model
    QString bundle;             // optional: the MODEL@VERSION it was accepted on (information)
    QString file;               // where it was read from ("audit record 12"), not signed
    qint64 auditSequence = -1;  // the audit record holding it, not signed
    QString envelopeDigest;     // SHA-256 of its envelope (names it for a revocation), not signed
    // Set when a verified revocation (AcceptanceRevocations) was read back for it.
    QDateTime revokedAt;
    QString revokedBy;
    QString revocationReason;

    bool isExpired(const Clock& clock) const { return clock.now() >= expires; }
    bool isRevoked(const Clock& clock) const {
        return revokedAt.isValid() && clock.now() >= revokedAt;
    }
    // Counts for its finding: neither expired nor revoked.
    bool inEffect(const Clock& clock) const { return !isExpired(clock) && !isRevoked(clock); }
    // Whether it is about this finding (id/alias, package, version, model), expired or not.
    bool covers(const Finding& finding, const QString& bundleModel = {}) const;

    QJsonObject toJson() const;  // the signed predicate
    static Result<RiskAcceptance> fromJson(const QJsonObject& json, const QString& file);
    // Problems a person must fix before signing: empty justification, expiry not in the
    // future, bad range. Empty when it can be signed.
    QString problem(const Clock& clock) const;
};

}  // namespace countersign
