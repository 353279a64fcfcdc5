#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "crypto/Dsse.h"
#include "workflow/ChangeRequest.h"

namespace countersign {

class AuditStore;
class OperatorKey;
struct NoteVerifier;

// The release attestation written to approvals/ once dual approval is complete: an in-toto
// Statement v1 about the bundle whose predicate lists every counted sign-off (who, which
// role and step, when, the envelope digest) and the audit checkpoint at the time, signed
// (DSSE) by the console's audit store key (or an operator key from the CLI). The deployment webhook
// receives it.
struct ReleaseAttestation {
    static constexpr const char* kPredicateType = "https://countersign.dev/release/v1";
    static constexpr const char* kFileName = "release-attestation.dsse.json";

    struct Checkpoint {
        QString origin;
        qint64 size = 0;
        QByteArray rootHash;  // 32 bytes
    };

    QString model, version, bundleDigest, changeRequest;
    ChangeKind kind = ChangeKind::Scheduled;
    QString hotfixReason;
    QList<StepSignOff> approvals;  // counted sign-offs, in order
    Checkpoint checkpoint;
    QDateTime attestedAt;  // UTC
    QString attestedBy;    // operator id of the signer

    static ReleaseAttestation from(const ChangeRequest& cr, const Checkpoint& checkpoint,
                                   const QString& attestedBy, const QDateTime& at);
    QJsonObject statement() const;  // the in-toto Statement v1
    Result<DsseEnvelope> sign(const OperatorKey& key) const;
    // Signed by the console: the audit store's Ed25519 key (keyid: the store's vkey).
    Result<DsseEnvelope> signWithStore(const AuditStore& store) const;
    // Reads an envelope signed by the store whose verifier is given; CheckFailed otherwise.
    static Result<ReleaseAttestation> readSigned(const QString& path, const NoteVerifier& storeKey);
    static Result<ReleaseAttestation> fromStatement(const QJsonObject& statement,
                                                    const QString& file = {});
    // <bundle dir>/approvals/release-attestation.dsse.json
    static QString pathIn(const QString& bundleDir);
};

}  // namespace countersign
