#include "signoff/SignOffRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "crypto/Sha256.h"
#include "signoff/SignOffSigner.h"
#include "signoff/SignOffVerifier.h"

namespace countersign {

Result<SignOffStatement::CheckpointSeen> SignOffRecorder::currentCheckpoint(AuditStore& store) {
    auto cp = store.checkpoint();
    if (!cp)
        return cp.error();
    return SignOffStatement::CheckpointSeen{cp->origin, cp->size, cp->rootHash};
}

Result<SignOff> SignOffRecorder::record(const Bundle& bundle, const SignOffStatement& s,
                                        const DsseEnvelope& envelope, AuditStore& store) {
    const QDir dir(SignOffVerifier::approvalsDir(bundle));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return Error::badInput(
            QCoreApplication::translate("SignOffRecorder", "cannot create the approvals folder"),
            dir.path());
    // Never overwrite: a second sign-off in the same second gets a suffix.
    QString path = dir.filePath(SignOffSigner::fileName(s));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(SignOffSigner::fileName(s).replace(
            QStringLiteral(".dsse.json"), QStringLiteral("-%1.dsse.json").arg(n)));
    const QByteArray bytes = envelope.toBytes();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::badInput(
            QCoreApplication::translate("SignOffRecorder", "cannot write the sign-off: %1")
                .arg(file.errorString()),
            path);

    SignOff out;
    out.statement = s;
    out.envelope = envelope;
    out.path = path;
    out.envelopeDigest = QString::fromLatin1(Sha256::hashHex(bytes));
    const AuditEntry entry = AuditActions::signOffRecorded.entry(
        s.operatorId, s.role, s.subjectName(),
        QJsonObject{
            {QStringLiteral("step"), s.step},
            {QStringLiteral("decision"), s.decision},
            {QStringLiteral("bundle_digest"), s.bundleDigest},
            {QStringLiteral("change_request"), s.changeRequest},
            {QStringLiteral("key_id"), s.keyId},
            {QStringLiteral("file"),
             QString(QStringLiteral("approvals/") + QFileInfo(path).fileName())},
            {QStringLiteral("envelope_sha256"), out.envelopeDigest},
            {QStringLiteral("envelope"), envelope.toJson()},
        });
    AuditRecord stored;
    auto rec = store.append(entry, &stored);
    if (!rec) {
        // Not recorded, so not made: take the file back. Recorded without its checkpoint: the
        // record names the file, which stays.
        if (stored.seq < 0)
            QFile::remove(path);
        return rec.error();
    }
    out.auditSequence = rec->seq;
    return out;
}

}  // namespace countersign
