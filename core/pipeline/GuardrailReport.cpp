#include "pipeline/GuardrailReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include "common/CanonicalJson.h"
#include "common/JsonFile.h"
#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"
#include "workspace/Roster.h"

namespace countersign {

GuardrailReport GuardrailReport::make(const QString& model, const QString& version,
                                      const QString& bundleDigest, const QList<GateResult>& gates,
                                      const QDateTime& at, const QString& pipelineOperator) {
    GuardrailReport r;
    r.model = model;
    r.version = version;
    r.bundleDigest = bundleDigest;
    r.gates = gates;
    r.generatedAt = at.toUTC();
    r.pipelineOperator = pipelineOperator;
    r.status = gates.isEmpty() ? Verdict::Error : Verdict::Pass;
    for (const GateResult& g : gates)
        r.status = worse(r.status, g.status == Verdict::Undefined ? Verdict::Error : g.status);
    return r;
}

QJsonObject GuardrailReport::toJson() const {
    QJsonArray list;
    for (const GateResult& g : gates) list.append(g.toJson());
    return QJsonObject{
        {QStringLiteral("schema"), QString::fromLatin1(kSchema)},
        {QStringLiteral("model"), model},
        {QStringLiteral("version"), version},
        {QStringLiteral("bundle_digest"), bundleDigest},
        {QStringLiteral("status"), verdictId(status)},
        {QStringLiteral("passed"), status == Verdict::Pass || status == Verdict::Warning},
        {QStringLiteral("gates"), list},
        {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("pipeline_operator"), pipelineOperator},
    };
}

Result<GuardrailReport> GuardrailReport::fromJson(const QJsonObject& json, const QString& file) {
    JsonReader r(file, json);
    GuardrailReport out;
    if (r.string(QStringLiteral("schema")) != QLatin1String(kSchema) && !r.failed())
        r.fail(QCoreApplication::translate("GuardrailReport",
                                           "not a guardrails report (schema %1 expected)")
                   .arg(QLatin1String(kSchema)),
               QStringLiteral("/schema"));
    out.model = r.string(QStringLiteral("model"));
    out.version = r.string(QStringLiteral("version"));
    out.bundleDigest = r.sha256Hex(QStringLiteral("bundle_digest"));
    out.status = verdictFromId(r.string(QStringLiteral("status")));
    out.generatedAt =
        QDateTime::fromString(r.string(QStringLiteral("generated_at")), Qt::ISODate).toUTC();
    out.pipelineOperator = r.string(QStringLiteral("pipeline_operator"), false);
    const JsonReader gates = r.child(QStringLiteral("gates"));
    for (qsizetype i = 0; i < gates.size(); ++i)
        out.gates.append(GateResult::fromJson(gates.at(i).value().toObject()));
    if (r.failed())
        return r.error();
    return out;
}

Result<DsseEnvelope> GuardrailReport::sign(const OperatorKey& key) const {
    return key.signEnvelope(QString::fromLatin1(kPayloadType), CanonicalJson::serialize(toJson()));
}

Result<GuardrailReport> GuardrailReport::readSigned(const QString& path, const Roster& roster,
                                                    QString* signer) {
    auto env = DsseEnvelope::readFile(path);
    if (!env)
        return env.error();
    return verifySigned(env.value(), roster, signer, path);
}

Result<GuardrailReport> GuardrailReport::verifySigned(const DsseEnvelope& env, const Roster& roster,
                                                      QString* signer, const QString& path) {
    if (env.payloadType != QLatin1String(kPayloadType))
        return Error::checkFailed(
            QCoreApplication::translate("GuardrailReport",
                                        "payloadType is \"%1\", not a guardrails report")
                .arg(env.payloadType),
            path, QStringLiteral("/payloadType"));
    QList<DsseVerifier> verifiers;
    for (const Operator* op : roster.withRole(QStringLiteral("pipeline"))) {
        auto key = PublicKey::fromPem(op->publicKeyPem, op->id);
        if (!key)
            continue;
        const PublicKey k = key.value();
        verifiers.append({op->id, k.keyId(),
                          [k](QByteArrayView m, QByteArrayView s) { return k.verify(m, s); }});
    }
    if (verifiers.isEmpty())
        return Error::checkFailed(
            QCoreApplication::translate(
                "GuardrailReport",
                "the roster has no operator with the pipeline role to verify the report"),
            roster.path);
    const QStringList signers = Dsse::recognizedSigners(env, verifiers);
    if (signers.isEmpty())
        return Error::checkFailed(
            QCoreApplication::translate("GuardrailReport",
                                        "the report is not signed by a pipeline key on the roster"),
            path, QStringLiteral("/signatures"));
    auto doc = JsonFile::parse(env.payload, path);
    if (!doc)
        return doc.error();
    auto report = fromJson(doc->object(), path);
    if (!report)
        return report.error();
    if (signer)
        *signer = signers.front();
    return report;
}

QString GuardrailReport::pathIn(const QString& bundleDir) {
    return QDir(bundleDir).filePath(QStringLiteral("guardrails/report.json"));
}

}  // namespace countersign
