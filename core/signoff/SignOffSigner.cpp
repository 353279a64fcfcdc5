#include "signoff/SignOffSigner.h"

#include <QCoreApplication>

#include "signoff/SignOffStep.h"

namespace countersign {

Status SignOffSigner::check(const Bundle& bundle, const Roster& roster, const SignOffRequest& r) {
    if (!SignOffStep::isValid(r.step))
        return Error::badInput(
            QCoreApplication::translate("SignOffSigner", "unknown step \"%1\"; the steps are %2")
                .arg(r.step, SignOffStep::all().join(QStringLiteral(", "))));
    if (!SignOffStep::isDecision(r.decision))
        return Error::badInput(
            QCoreApplication::translate("SignOffSigner",
                                        "unknown decision \"%1\"; use approve, reject or override")
                .arg(r.decision));
    if (SignOffStep::needsJustification(r.decision) && r.justification.trimmed().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("SignOffSigner", "a %1 needs a justification")
                .arg(r.decision));
    const Operator* op = roster.find(r.operatorId);
    if (!op)
        return Error::badInput(
            QCoreApplication::translate("SignOffSigner", "operator \"%1\" is not on the roster")
                .arg(r.operatorId),
            roster.path);
    const QString role = r.role.isEmpty() ? SignOffStep::requiredRole(r.step) : r.role;
    if (role.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("SignOffSigner",
                                        "the %1 step needs the role to sign in (one of %2)")
                .arg(r.step, SignOffStep::allowedRoles(r.step).join(QStringLiteral(", "))));
    if (!SignOffStep::allowedRoles(r.step).contains(role))
        return Error::checkFailed(
            QCoreApplication::translate("SignOffSigner", "the role %1 cannot sign the %2 step")
                .arg(role, r.step));
    if (!op->hasRole(role))
        return Error::checkFailed(QCoreApplication::translate(
                                      "SignOffSigner", "%1 does not hold the role %2 on the roster")
                                      .arg(op->id, role),
                                  roster.path);
    if (op->id == bundle.owner)
        return Error::checkFailed(
            QCoreApplication::translate("SignOffSigner",
                                        "%1 is the model owner of %2 and may not sign its steps")
                .arg(op->id, bundle.id()));
    for (const GateResult& g : r.gateResults)
        if (!g.bundleDigest.isEmpty() && g.bundleDigest != bundle.digest)
            return Error::checkFailed(
                QCoreApplication::translate(
                    "SignOffSigner",
                    "the %1 gate result was computed for another bundle.json (%2…); run the gates "
                    "again before signing")
                    .arg(g.gate, g.bundleDigest.left(12)));
    return ok();
}

Result<SignOffStatement> SignOffSigner::statement(
    const Bundle& bundle, const Roster& roster, const SignOffRequest& r,
    const SignOffStatement::CheckpointSeen& checkpoint, const Clock& clock) {
    const Status checked = check(bundle, roster, r);
    if (!checked)
        return checked.error();
    const Operator* op = roster.find(r.operatorId);
    SignOffStatement s;
    s.model = bundle.model;
    s.version = bundle.version;
    s.bundleDigest = bundle.digest;
    s.step = r.step;
    s.role = r.role.isEmpty() ? SignOffStep::requiredRole(r.step) : r.role;
    s.operatorId = op->id;
    s.keyId = op->keyId;
    s.decision = r.decision;
    s.justification = r.justification.trimmed();
    s.changeRequest = r.changeRequest;
    const QDateTime now = clock.now().toUTC();
    s.signedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    for (const GateResult& g : r.gateResults)
        s.gateResults.append({g.gate, verdictId(g.status), g.digest()});
    s.checkpoint = checkpoint;
    return s;
}

Result<DsseEnvelope> SignOffSigner::sign(const SignOffStatement& s, const OperatorKey& key) {
    if (key.keyId() != s.keyId)
        return Error::checkFailed(
            QCoreApplication::translate(
                "SignOffSigner",
                "this key (key id %1…) is not the roster key of %2 (key id %3…); use the key "
                "file whose public key is in the roster")
                .arg(key.keyId().left(12), s.operatorId, s.keyId.left(12)));
    return key.signEnvelope(QLatin1String(Dsse::kInTotoPayloadType), s.payload());
}

Result<DsseEnvelope> SignOffSigner::unlockAndSign(const SignOffStatement& s, const QString& keyFile,
                                                  const SecretBytes& passphrase) {
    auto key = OperatorKey::loadEncrypted(keyFile, passphrase);
    if (!key)
        return key.error();
    auto env = sign(s, *key);
    if (!env) {
        Error e = env.error();
        if (e.file.isEmpty())
            e.file = keyFile;
        return e;
    }
    return env;
}  // the key goes out of scope here: OpenSSL wipes it

QString SignOffSigner::fileName(const SignOffStatement& s) {
    return QStringLiteral("%1-%2-%3.dsse.json")
        .arg(s.step, s.operatorId,
             s.signedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

}  // namespace countersign
