#include "gates/GateResult.h"

#include <QJsonArray>

#include "common/CanonicalJson.h"
#include "crypto/Sha256.h"

namespace countersign {

GateResult GateResult::of(const QString& gate, Verdict status, const QString& summary,
                          const QJsonObject& measured, const QJsonObject& thresholds,
                          const QList<Evidence>& evidence, const QDateTime& at) {
    GateResult r;
    r.gate = gate;
    r.status = status;
    r.summary = summary;
    r.measured = measured;
    r.thresholds = thresholds;
    r.evidence = evidence;
    r.evaluatedAt = at.toUTC();
    return r;
}

GateResult GateResult::unevaluated(const QString& gate, const Error& error,
                                   const QJsonObject& thresholds, const QList<Evidence>& evidence,
                                   const QDateTime& at) {
    return of(gate, Verdict::Error, error.toString(),
              QJsonObject{{QStringLiteral("error"), error.toString()}}, thresholds, evidence, at);
}

QJsonObject GateResult::toJson() const {
    QJsonArray ev;
    for (const Evidence& e : evidence)
        ev.append(
            QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("sha256"), e.sha256}});
    return QJsonObject{
        {QStringLiteral("gate"), gate},
        {QStringLiteral("status"), verdictId(status)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("measured"), measured},
        {QStringLiteral("thresholds"), thresholds},
        {QStringLiteral("evidence"), ev},
        {QStringLiteral("bundle_digest"), bundleDigest},
        {QStringLiteral("evaluated_at"), evaluatedAt.toUTC().toString(Qt::ISODate)},
    };
}

GateResult GateResult::fromJson(const QJsonObject& json) {
    GateResult r;
    r.gate = json.value(QStringLiteral("gate")).toString();
    r.status = verdictFromId(json.value(QStringLiteral("status")).toString());
    r.summary = json.value(QStringLiteral("summary")).toString();
    r.measured = json.value(QStringLiteral("measured")).toObject();
    r.thresholds = json.value(QStringLiteral("thresholds")).toObject();
    const QJsonArray ev = json.value(QStringLiteral("evidence")).toArray();
    for (const QJsonValue& v : ev) {
        const QJsonObject o = v.toObject();
        r.evidence.append({o.value(QStringLiteral("path")).toString(),
                           o.value(QStringLiteral("sha256")).toString()});
    }
    r.bundleDigest = json.value(QStringLiteral("bundle_digest")).toString();
    r.evaluatedAt =
        QDateTime::fromString(json.value(QStringLiteral("evaluated_at")).toString(), Qt::ISODate);
    return r;
}

QString GateResult::digest() const {
    return QString::fromLatin1(Sha256::hashHex(CanonicalJson::serialize(toJson())));
}

}  // namespace countersign
