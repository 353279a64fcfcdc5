#include "scans/AcceptanceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include "common/CanonicalJson.h"
#include "common/JsonFile.h"
#include "crypto/PublicKey.h"
#include "crypto/Sha256.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("AcceptanceStore", s);
}

QString slug(const QString& s) {
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
    return QString(s).replace(bad, QStringLiteral("_")).left(60);
}

}  // namespace

QString AcceptanceStore::folder(const QString& workspaceRoot) {
    return QDir(workspaceRoot).filePath(QStringLiteral("config/ml/acceptances"));
}

AcceptanceStore::Loaded AcceptanceStore::load(const QString& workspaceRoot, const Roster& roster) {
    Loaded out;
    const QDir dir(folder(workspaceRoot));
    if (!dir.exists())
        return out;
    QList<DsseVerifier> verifiers;
    for (const Operator* op : roster.withRole(Role::securityEngineer())) {
        auto key = PublicKey::fromPem(op->publicKeyPem, roster.path);
        if (!key)
            continue;
        const PublicKey pk = key.value();
        verifiers.append({op->id, op->keyId,
                          [pk](QByteArrayView m, QByteArrayView s) { return pk.verify(m, s); }});
    }
    const QStringList names =
        dir.entryList({QStringLiteral("*.dsse.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        auto env = DsseEnvelope::readFile(path);
        if (!env) {
            out.problems.append(env.error());
            continue;
        }
        if (env->payloadType != QLatin1String(kPayloadType)) {
            out.problems.append(
                Error::badInput(tr("not a risk acceptance (payloadType %1)").arg(env->payloadType),
                                path, QStringLiteral("/payloadType")));
            continue;
        }
        const QStringList signers = Dsse::recognizedSigners(*env, verifiers);
        auto doc = JsonFile::parse(env->payload, path);
        if (!doc || !doc->isObject()) {
            out.problems.append(doc ? Error::badInput(tr("the payload is not a JSON object"), path)
                                    : doc.error());
            continue;
        }
        if (doc->object().value(QStringLiteral("schema")).toString() != QLatin1String(kSchema)) {
            out.problems.append(
                Error::badInput(tr("the payload schema is not %1").arg(QLatin1String(kSchema)),
                                path, QStringLiteral("/schema")));
            continue;
        }
        auto acc = RiskAcceptance::fromJson(doc->object(), path);
        if (!acc) {
            out.problems.append(acc.error());
            continue;
        }
        if (!signers.contains(acc->acceptedBy)) {
            out.problems.append(Error::checkFailed(tr("not signed by %1 as a Security Engineer on "
                                                      "the roster: the acceptance does not count")
                                                       .arg(acc->acceptedBy),
                                                   path));
            continue;
        }
        out.acceptances.append(acc.value());
    }
    return out;
}

Result<DsseEnvelope> AcceptanceStore::sign(const RiskAcceptance& acceptance,
                                           const OperatorKey& key) {
    QJsonObject payload = acceptance.toJson();
    payload.insert(QStringLiteral("schema"), QLatin1String(kSchema));
    DsseEnvelope env;
    env.payloadType = QLatin1String(kPayloadType);
    env.payload = CanonicalJson::serialize(payload);
    auto sig = key.sign(Dsse::pae(env.payloadType, env.payload));
    if (!sig)
        return sig.error();
    env.signatures.append({key.keyId(), sig.value()});
    return env;
}

Result<QString> AcceptanceStore::write(const QString& workspaceRoot,
                                       const RiskAcceptance& acceptance, const OperatorKey& key,
                                       const Roster& roster, const Clock& clock) {
    if (const QString p = acceptance.problem(clock); !p.isEmpty())
        return Error::badInput(p);
    const Operator* op = roster.find(acceptance.acceptedBy);
    if (!op)
        return Error::badInput(tr("%1 is not on the roster").arg(acceptance.acceptedBy),
                               roster.path);
    if (!op->hasRole(Role::securityEngineer()))
        return Error::checkFailed(tr("%1 is not a Security Engineer on the roster").arg(op->id),
                                  roster.path);
    if (op->keyId != key.keyId())
        return Error::checkFailed(tr("the key is not %1's key on the roster").arg(op->id),
                                  roster.path);
    auto env = sign(acceptance, key);
    if (!env)
        return env.error();
    QDir().mkpath(folder(workspaceRoot));
    const QString name =
        QStringLiteral("%1_%2_%3.dsse.json")
            .arg(slug(acceptance.findingId), slug(acceptance.package),
                 acceptance.acceptedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    const QString path = QDir(folder(workspaceRoot)).filePath(name);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::badInput(f.errorString(), path);
    f.write(env->toBytes());
    if (!f.commit())
        return Error::badInput(f.errorString(), path);
    return path;
}

AuditEntry AcceptanceStore::auditEntry(const RiskAcceptance& a, const QString& file,
                                       const QString& envelopeSha256) {
    QJsonObject payload = a.toJson();
    payload.insert(QStringLiteral("file"), file);
    payload.insert(QStringLiteral("envelope_sha256"), envelopeSha256);
    return AuditEntry{
        a.acceptedBy, Role::securityEngineer(), QStringLiteral("risk.accept"),
        a.model.isEmpty() ? QStringLiteral("%1@%2").arg(a.findingId, a.package) : a.model, payload};
}

}  // namespace countersign
