#include "signoff/SignOffStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "common/CanonicalJson.h"
#include "common/JsonFile.h"
#include "crypto/Dsse.h"
#include "signoff/SignOffStep.h"

namespace countersign {

namespace {

QString utcText(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}
}  // namespace

QJsonObject SignOffStatement::toJson() const {
    QJsonArray gates;
    for (const auto& g : gateResults)
        gates.append(QJsonObject{
            {QStringLiteral("gate"), g.gate},
            {QStringLiteral("status"), g.status},
            {QStringLiteral("digest"), QJsonObject{{QStringLiteral("sha256"), g.digest}}}});
    const QJsonObject predicate{
        {QStringLiteral("model"), model},
        {QStringLiteral("version"), version},
        {QStringLiteral("step"), step},
        {QStringLiteral("role"), role},
        {QStringLiteral("operator"), operatorId},
        {QStringLiteral("key_id"), keyId},
        {QStringLiteral("decision"), decision},
        {QStringLiteral("justification"), justification},
        {QStringLiteral("change_request"), changeRequest},
        {QStringLiteral("signed_at"), utcText(signedAt)},
        {QStringLiteral("gate_results"), gates},
        {QStringLiteral("audit_checkpoint"),
         QJsonObject{
             {QStringLiteral("origin"), checkpoint.origin},
             {QStringLiteral("size"), checkpoint.size},
             {QStringLiteral("root_hash"), QString::fromLatin1(checkpoint.rootHash.toBase64())}}},
    };
    return QJsonObject{
        {QStringLiteral("_type"), QLatin1String(kStatementType)},
        {QStringLiteral("subject"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), subjectName()},
             {QStringLiteral("digest"), QJsonObject{{QStringLiteral("sha256"), bundleDigest}}}}}},
        {QStringLiteral("predicateType"), QLatin1String(kPredicateType)},
        {QStringLiteral("predicate"), predicate},
    };
}

QByteArray SignOffStatement::payload() const {
    return CanonicalJson::serialize(toJson());
}

Result<SignOffStatement> SignOffStatement::fromPayload(QByteArrayView payload,
                                                       const QString& file) {
    auto doc = JsonFile::parse(payload.toByteArray(), file);
    if (!doc) {
        Error e = doc.error();
        e.message =
            QCoreApplication::translate("SignOffStatement", "the signed payload is not JSON: %1")
                .arg(e.message);
        return e;
    }
    if (!doc->isObject())
        return Error::badInput(QCoreApplication::translate(
                                   "SignOffStatement", "the signed payload is not a JSON object"),
                               file, QStringLiteral("/"));
    // Pointers are into the payload (the decoded statement), prefixed so a person sees that.
    const QString base = QStringLiteral("payload");
    JsonReader r(file, doc->object(), base);
    SignOffStatement s;
    if (r.string(QStringLiteral("_type")) != QLatin1String(kStatementType) && !r.failed())
        r.fail(QCoreApplication::translate("SignOffStatement",
                                           "not an in-toto Statement v1 (expected _type \"%1\")")
                   .arg(QLatin1String(kStatementType)),
               base + QStringLiteral("/_type"));
    if (r.string(QStringLiteral("predicateType")) != QLatin1String(kPredicateType) && !r.failed())
        r.fail(QCoreApplication::translate(
                   "SignOffStatement", "not a Countersign sign-off (expected predicateType \"%1\")")
                   .arg(QLatin1String(kPredicateType)),
               base + QStringLiteral("/predicateType"));
    const JsonReader subjects = r.child(QStringLiteral("subject"));
    if (!r.failed() && (!subjects.value().isArray() || subjects.size() != 1))
        r.fail(QCoreApplication::translate("SignOffStatement",
                                           "expected exactly one subject (the bundle)"),
               base + QStringLiteral("/subject"));
    const JsonReader subject = subjects.at(0);
    const QString subjectName = subject.string(QStringLiteral("name"));
    s.bundleDigest = subject.child(QStringLiteral("digest")).sha256Hex(QStringLiteral("sha256"));

    const JsonReader p = r.child(QStringLiteral("predicate"));
    s.model = p.string(QStringLiteral("model"));
    s.version = p.string(QStringLiteral("version"));
    s.step = p.string(QStringLiteral("step"));
    s.role = p.string(QStringLiteral("role"));
    s.operatorId = p.string(QStringLiteral("operator"));
    s.keyId = p.sha256Hex(QStringLiteral("key_id"));
    s.decision = p.string(QStringLiteral("decision"));
    s.justification = p.string(QStringLiteral("justification"));
    s.changeRequest = p.string(QStringLiteral("change_request"));
    const QString signedAt = p.string(QStringLiteral("signed_at"));
    const JsonReader gates = p.child(QStringLiteral("gate_results"));
    const JsonReader cp = p.child(QStringLiteral("audit_checkpoint"));
    s.checkpoint.origin = cp.string(QStringLiteral("origin"));
    s.checkpoint.size = cp.integer(QStringLiteral("size"));
    const QString root = cp.string(QStringLiteral("root_hash"));
    if (r.failed())
        return r.error();

    const QString pp = base + QStringLiteral("/predicate");
    if (subjectName != s.subjectName())
        return Error::badInput(
            QCoreApplication::translate(
                "SignOffStatement", "the subject \"%1\" does not name the predicate's bundle %2")
                .arg(subjectName, s.subjectName()),
            file, base + QStringLiteral("/subject/0/name"));
    if (!SignOffStep::isValid(s.step))
        return Error::badInput(
            QCoreApplication::translate("SignOffStatement", "unknown step \"%1\"").arg(s.step),
            file, pp + QStringLiteral("/step"));
    if (!SignOffStep::allowedRoles(s.step).contains(s.role))
        return Error::badInput(
            QCoreApplication::translate("SignOffStatement", "role \"%1\" cannot sign the %2 step")
                .arg(s.role, s.step),
            file, pp + QStringLiteral("/role"));
    if (s.operatorId.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("SignOffStatement", "the operator is empty"), file,
            pp + QStringLiteral("/operator"));
    if (!SignOffStep::isDecision(s.decision))
        return Error::badInput(
            QCoreApplication::translate("SignOffStatement", "unknown decision \"%1\"")
                .arg(s.decision),
            file, pp + QStringLiteral("/decision"));
    if (SignOffStep::needsJustification(s.decision) && s.justification.trimmed().isEmpty())
        return Error::badInput(QCoreApplication::translate(
                                   "SignOffStatement", "the decision \"%1\" needs a justification")
                                   .arg(s.decision),
                               file, pp + QStringLiteral("/justification"));
    s.signedAt = QDateTime::fromString(signedAt, Qt::ISODate);
    if (!s.signedAt.isValid() || !signedAt.endsWith(QLatin1Char('Z')))
        return Error::badInput(
            QCoreApplication::translate("SignOffStatement", "signed_at is not a UTC time (\"%1\")")
                .arg(signedAt),
            file, pp + QStringLiteral("/signed_at"));
    s.signedAt = s.signedAt.toUTC();
    if (!gates.value().isArray())
        return Error::badInput(QCoreApplication::translate("SignOffStatement", "expected an array"),
                               file, pp + QStringLiteral("/gate_results"));
    for (qsizetype i = 0; i < gates.size(); ++i) {
        const JsonReader g = gates.at(i);
        GateSeen seen;
        seen.gate = g.string(QStringLiteral("gate"));
        seen.status = g.string(QStringLiteral("status"));
        seen.digest = g.child(QStringLiteral("digest")).sha256Hex(QStringLiteral("sha256"));
        if (r.failed())
            return r.error();
        s.gateResults.append(seen);
    }
    const auto rootBytes = Dsse::decodeBase64(root);
    if (!rootBytes || rootBytes->size() != 32)
        return Error::badInput(QCoreApplication::translate(
                                   "SignOffStatement", "root_hash is not a base64 SHA-256 hash"),
                               file, pp + QStringLiteral("/audit_checkpoint/root_hash"));
    s.checkpoint.rootHash = *rootBytes;
    if (s.checkpoint.size < 0)
        return Error::badInput(
            QCoreApplication::translate("SignOffStatement", "the checkpoint size is negative"),
            file, pp + QStringLiteral("/audit_checkpoint/size"));
    return s;
}

}  // namespace countersign
