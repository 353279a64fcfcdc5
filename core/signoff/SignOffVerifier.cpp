#include "signoff/SignOffVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "common/SafeFile.h"
#include "crypto/PublicKey.h"
#include "crypto/Sha256.h"

namespace countersign {

namespace {

QString shortHex(const QString& hex) {
    return hex.left(12) + QStringLiteral("…");
}

// The predicate type of a payload that is an in-toto statement, or empty.
QString predicateTypeOf(const QByteArray& payload) {
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    if (o.value(QStringLiteral("_type")).toString() !=
        QLatin1String(SignOffStatement::kStatementType))
        return {};
    return o.value(QStringLiteral("predicateType")).toString();
}

}  // namespace

QString SignOffVerifier::approvalsDir(const Bundle& bundle) {
    return QDir(bundle.dir).filePath(QStringLiteral("approvals"));
}

QStringList SignOffVerifier::envelopeFiles(const Bundle& bundle) {
    const QDir dir(approvalsDir(bundle));
    QStringList out;
    const QStringList names =
        dir.entryList({QStringLiteral("*.dsse.json")}, QDir::Files | QDir::Hidden | QDir::System,
                      QDir::Name);  // a FIFO too: refused by name
    for (const QString& name : names) out << dir.filePath(name);
    return out;
}

SignOffVerdict SignOffVerifier::verify(const DsseEnvelope& env, const Bundle& bundle,
                                       const QString& file) const {
    SignOffVerdict v;
    v.file = file;
    auto invalid = [&v](const QString& reason) {
        v.status = SignOffVerdict::Status::Invalid;
        v.reason = reason;
        return v;
    };
    if (env.payloadType != QLatin1String(Dsse::kInTotoPayloadType)) {
        return invalid(
            QCoreApplication::translate("SignOffVerifier", "payloadType is \"%1\", expected \"%2\"")
                .arg(env.payloadType, QLatin1String(Dsse::kInTotoPayloadType)));
    }
    const QString predicateType = predicateTypeOf(env.payload);
    if (!predicateType.isEmpty() &&
        predicateType != QLatin1String(SignOffStatement::kPredicateType)) {
        v.status = SignOffVerdict::Status::NotSignOff;
        v.reason = QCoreApplication::translate(
                       "SignOffVerifier", "not a sign-off (predicateType \"%1\"); not checked here")
                       .arg(predicateType);
        return v;
    }
    if (env.signatures.size() != 1)
        return invalid(QCoreApplication::translate(
                           "SignOffVerifier",
                           "a sign-off carries exactly one signature (one envelope per signer); "
                           "this one has %1")
                           .arg(env.signatures.size()));
    auto statement = SignOffStatement::fromPayload(env.payload, file);
    if (!statement) {
        const Error& e = statement.error();
        return invalid(
            QCoreApplication::translate("SignOffVerifier", "malformed sign-off: %1%2")
                .arg(e.where.isEmpty() ? QString() : e.where + QStringLiteral(": "), e.message));
    }
    v.statement = *statement;
    const SignOffStatement& s = *statement;
    const DsseSignature& sig = env.signatures.constFirst();

    const Operator* op = m_roster.find(s.operatorId);
    if (!op)
        return invalid(QCoreApplication::translate(
                           "SignOffVerifier", "operator \"%1\" is not on the roster (any more)")
                           .arg(s.operatorId));
    auto key = PublicKey::fromPem(
        op->publicKeyPem,
        QCoreApplication::translate("SignOffVerifier", "roster key of %1").arg(op->id));
    if (!key)
        return invalid(key.error().toString());
    if (sig.keyid != key->keyId() || s.keyId != key->keyId())
        return invalid(
            QCoreApplication::translate("SignOffVerifier",
                                        "signed with key id %1, but the roster key of %2 is %3")
                .arg(shortHex(sig.keyid.isEmpty() ? s.keyId : sig.keyid), op->id,
                     shortHex(key->keyId())));
    if (!key->verify(Dsse::pae(env.payloadType, env.payload), sig.sig))
        return invalid(
            QCoreApplication::translate("SignOffVerifier",
                                        "the signature does not verify with the roster key of %1")
                .arg(op->id));

    if (!op->hasRole(s.role))
        return invalid(QCoreApplication::translate("SignOffVerifier",
                                                   "%1 does not hold the role %2 on the roster")
                           .arg(op->id, s.role));
    if (s.model != bundle.model || s.version != bundle.version)
        return invalid(
            QCoreApplication::translate("SignOffVerifier", "the sign-off is for %1, not for %2")
                .arg(s.subjectName(), bundle.id()));
    if (op->id == bundle.owner)
        return invalid(
            QCoreApplication::translate("SignOffVerifier",
                                        "%1 is the model owner of %2 and may not sign its steps")
                .arg(op->id, bundle.id()));
    if (s.bundleDigest != bundle.digest) {
        v.status = SignOffVerdict::Status::Void;
        v.reason =
            QCoreApplication::translate(
                "SignOffVerifier",
                "void: the bundle changed since it was signed (signed bundle.json %1, now %2)")
                .arg(shortHex(s.bundleDigest), shortHex(bundle.digest));
        return v;
    }
    v.status = SignOffVerdict::Status::Valid;
    v.reason = QCoreApplication::translate("SignOffVerifier",
                                           "%1 (%2) signed \"%3\" for the %4 step with key %5")
                   .arg(op->id, s.role, s.decision, s.step, shortHex(key->keyId()));
    return v;
}

SignOffVerdict SignOffVerifier::verifyFile(const QString& path, const Bundle& bundle) const {
    // A file that is a file: a FIFO or a device is refused by name, never waited on; under the
    // bundle, a link that leaves it is refused too, never read or quoted.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString relative = QDir(bundle.dir).relativeFilePath(absolute);
    const bool inBundle =
        !relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative);
    const Result<QByteArray> read = inBundle ? SafeFile::readInside(bundle.dir, relative, 4 << 20)
                                             : SafeFile::read(absolute, 4 << 20);
    const QByteArray bytes = read ? read.value() : QByteArray();
    auto env = DsseEnvelope::fromBytes(bytes, path);
    if (!read || !env) {
        SignOffVerdict v;
        v.file = path;
        v.status = SignOffVerdict::Status::Invalid;
        v.reason = !read
                       ? QCoreApplication::translate("SignOffVerifier", "cannot read the file: %1")
                             .arg(read.error().message)
                       : QCoreApplication::translate("SignOffVerifier", "malformed envelope: %1")
                             .arg((env.error().where.isEmpty()
                                       ? QString()
                                       : env.error().where + QStringLiteral(": ")) +
                                  env.error().message);
        v.envelopeDigest =
            bytes.isEmpty() ? QString() : QString::fromLatin1(Sha256::hashHex(bytes));
        return v;
    }
    SignOffVerdict v = verify(*env, bundle, path);
    v.envelopeDigest = QString::fromLatin1(Sha256::hashHex(bytes));
    return v;
}

QList<SignOffVerdict> SignOffVerifier::verifyBundle(const Bundle& bundle) const {
    QList<SignOffVerdict> out;
    for (const QString& path : envelopeFiles(bundle)) out << verifyFile(path, bundle);
    return out;
}

}  // namespace countersign
