#include "signoff/SignOffSigner.h"

#include <QCoreApplication>

#include "signoff/SignOffStep.h"
#include "workspace/Roster.h"

namespace countersign {

Refusals SignOffSigner::problems(const Bundle& bundle, const Roster& roster,
                                 const SignOffRequest& r) {
    if (!SignOffStep::isValid(r.step))
        return {
            {QStringLiteral("signoff.step.unknown"),
             QCoreApplication::translate("SignOffSigner", "unknown step \"%1\"; the steps are %2")
                 .arg(r.step, SignOffStep::all().join(QStringLiteral(", ")))}};
    if (!SignOffStep::isDecision(r.decision))
        return {{QStringLiteral("signoff.decision.unknown"),
                 QCoreApplication::translate(
                     "SignOffSigner", "unknown decision \"%1\"; use approve, reject or override")
                     .arg(r.decision)}};
    if (SignOffStep::needsJustification(r.step, r.decision) && r.justification.trimmed().isEmpty())
        return {{QStringLiteral("signoff.justification.missing"),
                 QCoreApplication::translate("SignOffSigner",
                                             "the decision \"%1\" on the %2 step needs a "
                                             "justification")
                     .arg(r.decision, r.step)}};
    const Operator* op = roster.find(r.operatorId);
    if (!op)
        return {
            {QStringLiteral("sod.unknown_operator"),
             QCoreApplication::translate("SignOffSigner", "operator \"%1\" is not on the roster")
                 .arg(r.operatorId)}};
    const QString role = r.role.isEmpty() ? SignOffStep::requiredRole(r.step) : r.role;
    if (role.isEmpty())
        return {{QStringLiteral("signoff.role.missing"),
                 QCoreApplication::translate("SignOffSigner",
                                             "the %1 step needs the role to sign in (one of %2)")
                     .arg(r.step, SignOffStep::allowedRoles(r.step).join(QStringLiteral(", ")))}};
    Refusals out;
    if (!SignOffStep::allowedRoles(r.step).contains(role))
        out.append(
            {QStringLiteral("sod.role_step"),
             QCoreApplication::translate("SignOffSigner", "the role %1 cannot sign the %2 step")
                 .arg(role, r.step)});
    if (!op->hasRole(role))
        out.append({QStringLiteral("sod.role_not_held"),
                    QCoreApplication::translate("SignOffSigner",
                                                "%1 does not hold the role %2 on the roster")
                        .arg(op->id, role)});
    if (op->id == bundle.owner)
        out.append({QStringLiteral("sod.owner"),
                    QCoreApplication::translate(
                        "SignOffSigner", "%1 is the model owner of %2 and may not sign its steps")
                        .arg(op->id, bundle.id())});
    for (const GateResult& g : r.gateResults)
        if (!g.bundleDigest.isEmpty() && g.bundleDigest != bundle.digest) {
            out.append({QStringLiteral("gate.") + g.gate + QStringLiteral(".stale"),
                        QCoreApplication::translate(
                            "SignOffSigner",
                            "the %1 gate result was computed for another bundle.json (%2…); run "
                            "the gates again before signing")
                            .arg(g.gate, g.bundleDigest.left(12))});
            break;
        }
    return out;
}

Status SignOffSigner::check(const Bundle& bundle, const Roster& roster, const SignOffRequest& r) {
    const Refusals found = problems(bundle, roster, r);
    if (found.isEmpty())
        return ok();
    const Refusal& first = found.constFirst();
    // A request that names no known step, decision or role is a usage error; the rest are
    // checks that failed.
    const bool usage = first.code.startsWith(QLatin1String("signoff."));
    const QString file = first.code == QLatin1String("sod.unknown_operator") ||
                                 first.code == QLatin1String("sod.role_not_held")
                             ? roster.path
                             : QString();
    return usage ? Error::badInput(first.message, file) : Error::checkFailed(first.message, file);
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
