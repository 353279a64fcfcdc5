#include "release/ReleaseAttestation.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include "audit/AuditStore.h"
#include "audit/Ed25519Key.h"
#include "common/CanonicalJson.h"
#include "common/JsonFile.h"
#include "crypto/OperatorKey.h"

namespace countersign {

ReleaseAttestation ReleaseAttestation::from(const ChangeRequest& cr, const Checkpoint& checkpoint,
                                            const QString& attestedBy, const QDateTime& at) {
    ReleaseAttestation a;
    a.model = cr.bundle.model;
    a.version = cr.bundle.version;
    a.bundleDigest = cr.bundle.digest;
    a.changeRequest = cr.id;
    a.kind = cr.kind;
    a.hotfixReason = cr.hotfixReason;
    for (const CountedSignOff& c : cr.signOffs)
        if (c.counted)
            a.approvals.append(c.signOff);
    a.checkpoint = checkpoint;
    a.attestedAt = at.toUTC();
    a.attestedBy = attestedBy;
    return a;
}

QJsonObject ReleaseAttestation::statement() const {
    QJsonArray list;
    for (const StepSignOff& s : approvals) {
        QJsonObject o{{QStringLiteral("operator"), s.signer},
                      {QStringLiteral("role"), s.role},
                      {QStringLiteral("step"), s.step},
                      {QStringLiteral("decision"), s.decision},
                      {QStringLiteral("signed_at"), s.signedAt.toUTC().toString(Qt::ISODate)}};
        if (!s.envelopeDigest.isEmpty())
            o.insert(QStringLiteral("envelope_sha256"), s.envelopeDigest);
        if (!s.justification.isEmpty())
            o.insert(QStringLiteral("justification"), s.justification);
        list.append(o);
    }
    QJsonObject predicate{
        {QStringLiteral("change_request"), changeRequest},
        {QStringLiteral("kind"), changeKindId(kind)},
        {QStringLiteral("approvals"), list},
        {QStringLiteral("checkpoint"),
         QJsonObject{
             {QStringLiteral("origin"), checkpoint.origin},
             {QStringLiteral("size"), checkpoint.size},
             {QStringLiteral("root_hash"), QString::fromLatin1(checkpoint.rootHash.toBase64())}}},
        {QStringLiteral("attested_at"), attestedAt.toString(Qt::ISODate)},
        {QStringLiteral("attested_by"), attestedBy},
    };
    if (!hotfixReason.isEmpty())
        predicate.insert(QStringLiteral("hotfix_reason"), hotfixReason);
    // A failed gate the release passed by a signed override is named on its own.
    QJsonArray overrides;
    for (const StepSignOff& s : approvals)
        if (s.decision == QLatin1String("override"))
            overrides.append(QJsonObject{{QStringLiteral("operator"), s.signer},
                                         {QStringLiteral("step"), s.step},
                                         {QStringLiteral("justification"), s.justification},
                                         {QStringLiteral("envelope_sha256"), s.envelopeDigest}});
    if (!overrides.isEmpty())
        predicate.insert(QStringLiteral("overrides"), overrides);
    return QJsonObject{
        {QStringLiteral("_type"), QStringLiteral("https://in-toto.io/Statement/v1")},
        {QStringLiteral("subject"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QString(model + QLatin1Char('@') + version)},
             {QStringLiteral("digest"), QJsonObject{{QStringLiteral("sha256"), bundleDigest}}}}}},
        {QStringLiteral("predicateType"), QString::fromLatin1(kPredicateType)},
        {QStringLiteral("predicate"), predicate},
    };
}

Result<DsseEnvelope> ReleaseAttestation::sign(const OperatorKey& key) const {
    return key.signEnvelope(QString::fromLatin1(Dsse::kInTotoPayloadType),
                            CanonicalJson::serialize(statement()));
}

Result<DsseEnvelope> ReleaseAttestation::signWithStore(const AuditStore& store) const {
    DsseEnvelope env;
    env.payloadType = QString::fromLatin1(Dsse::kInTotoPayloadType);
    env.payload = CanonicalJson::serialize(statement());
    auto sig = store.signWithStoreKey(Dsse::pae(env.payloadType, env.payload));
    if (!sig)
        return sig.error();
    env.signatures.append({store.verifier().toString(), sig.value()});
    return env;
}

Result<ReleaseAttestation> ReleaseAttestation::readSigned(const QString& path,
                                                          const NoteVerifier& storeKey) {
    auto env = DsseEnvelope::readFile(path);
    if (!env)
        return env.error();
    const QByteArray pae = Dsse::pae(env->payloadType, env->payload);
    bool verified = false;
    for (const DsseSignature& s : env->signatures)
        if (Ed25519Key::verify(storeKey.publicKey, pae, s.sig))
            verified = true;
    if (!verified)
        return Error::checkFailed(
            QCoreApplication::translate(
                "ReleaseAttestation", "the release attestation is not signed by this audit store"),
            path, QStringLiteral("/signatures"));
    auto doc = JsonFile::parse(env->payload, path);
    if (!doc)
        return doc.error();
    return fromStatement(doc->object(), path);
}

Result<ReleaseAttestation> ReleaseAttestation::fromStatement(const QJsonObject& json,
                                                             const QString& file) {
    JsonReader r(file, json);
    if (r.string(QStringLiteral("predicateType")) != QLatin1String(kPredicateType) && !r.failed())
        r.fail(QCoreApplication::translate("ReleaseAttestation", "not a release attestation"),
               QStringLiteral("/predicateType"));
    ReleaseAttestation a;
    const JsonReader subject = r.child(QStringLiteral("subject")).at(0);
    const QString name = subject.string(QStringLiteral("name"));
    a.model = name.section(QLatin1Char('@'), 0, 0);
    a.version = name.section(QLatin1Char('@'), 1);
    a.bundleDigest = subject.child(QStringLiteral("digest")).sha256Hex(QStringLiteral("sha256"));
    const JsonReader p = r.child(QStringLiteral("predicate"));
    a.changeRequest = p.string(QStringLiteral("change_request"));
    a.kind = p.string(QStringLiteral("kind")) == QLatin1String("hotfix") ? ChangeKind::Hotfix
                                                                         : ChangeKind::Scheduled;
    a.hotfixReason = p.string(QStringLiteral("hotfix_reason"), false);
    a.attestedBy = p.string(QStringLiteral("attested_by"));
    a.attestedAt =
        QDateTime::fromString(p.string(QStringLiteral("attested_at")), Qt::ISODate).toUTC();
    const JsonReader cp = p.child(QStringLiteral("checkpoint"));
    a.checkpoint.origin = cp.string(QStringLiteral("origin"));
    a.checkpoint.size = cp.integer(QStringLiteral("size"));
    a.checkpoint.rootHash =
        QByteArray::fromBase64(cp.string(QStringLiteral("root_hash")).toLatin1());
    const JsonReader list = p.child(QStringLiteral("approvals"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonReader o = list.at(i);
        StepSignOff s;
        s.signer = o.string(QStringLiteral("operator"));
        s.role = o.string(QStringLiteral("role"));
        s.step = o.string(QStringLiteral("step"));
        s.decision = o.string(QStringLiteral("decision"));
        s.signedAt =
            QDateTime::fromString(o.string(QStringLiteral("signed_at")), Qt::ISODate).toUTC();
        s.envelopeDigest = o.string(QStringLiteral("envelope_sha256"), false);
        s.bundleDigest = a.bundleDigest;
        a.approvals.append(s);
    }
    if (r.failed())
        return r.error();
    return a;
}

QString ReleaseAttestation::pathIn(const QString& bundleDir) {
    return QDir(bundleDir).filePath(QStringLiteral("approvals/") + QLatin1String(kFileName));
}

}  // namespace countersign
