#include "crypto/Dsse.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "common/JsonFile.h"
#include "common/SafeFile.h"

namespace countersign {

namespace {
constexpr qint64 kMaxEnvelopeBytes = 4 << 20;
}  // namespace

QByteArray Dsse::pae(const QString& payloadType, QByteArrayView payload) {
    const QByteArray type = payloadType.toUtf8();
    QByteArray out("DSSEv1 ");
    out += QByteArray::number(type.size());
    out += ' ';
    out += type;
    out += ' ';
    out += QByteArray::number(payload.size());
    out += ' ';
    out += payload;
    return out;
}

std::optional<QByteArray> Dsse::decodeBase64(const QString& text) {
    for (QChar c : text)
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return std::nullopt;
    const QByteArray ascii = text.toLatin1();
    const bool urlSafe = ascii.contains('-') || ascii.contains('_');
    if (urlSafe && (ascii.contains('+') || ascii.contains('/')))
        return std::nullopt;
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
    auto decoded =
        QByteArray::fromBase64Encoding(ascii, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Canonical: padding present and unused bits zero, i.e. it re-encodes to the same text.
    if (decoded.decoded.toBase64(options) != ascii)
        return std::nullopt;
    return decoded.decoded;
}

QJsonObject DsseEnvelope::toJson() const {
    QJsonArray sigs;
    for (const auto& s : signatures) {
        QJsonObject o{{QStringLiteral("sig"), QString::fromLatin1(s.sig.toBase64())}};
        if (!s.keyid.isEmpty())
            o.insert(QStringLiteral("keyid"), s.keyid);
        sigs.append(o);
    }
    return QJsonObject{{QStringLiteral("payload"), QString::fromLatin1(payload.toBase64())},
                       {QStringLiteral("payloadType"), payloadType},
                       {QStringLiteral("signatures"), sigs}};
}

QByteArray DsseEnvelope::toBytes() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<DsseEnvelope> DsseEnvelope::fromJson(const QJsonObject& json, const QString& file) {
    JsonReader r(file, json);
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != QLatin1String("payload") && it.key() != QLatin1String("payloadType") &&
            it.key() != QLatin1String("signatures"))
            return Error::badInput(
                QCoreApplication::translate("Dsse", "unknown field \"%1\" in a DSSE envelope")
                    .arg(it.key()),
                file, QLatin1Char('/') + JsonReader::escapePointerToken(it.key()));
    DsseEnvelope env;
    // DSSE lets empty fields be omitted: a missing payloadType or payload is the empty one.
    env.payloadType = r.string(QStringLiteral("payloadType"), false);
    const QString payload64 = r.string(QStringLiteral("payload"), false);
    const JsonReader sigs = r.child(QStringLiteral("signatures"));
    if (r.failed())
        return r.error();
    auto payload = Dsse::decodeBase64(payload64);
    if (!payload)
        return Error::badInput(
            QCoreApplication::translate("Dsse", "the payload is not valid base64"), file,
            QStringLiteral("/payload"));
    env.payload = *payload;
    if (!sigs.value().isArray())
        return Error::badInput(
            QCoreApplication::translate("Dsse", "expected an array of signatures"), file,
            QStringLiteral("/signatures"));
    if (sigs.size() == 0)
        return Error::badInput(
            QCoreApplication::translate("Dsse", "the envelope has no signatures"), file,
            QStringLiteral("/signatures"));
    for (qsizetype i = 0; i < sigs.size(); ++i) {
        const JsonReader s = sigs.at(i);
        const QString ptr = QStringLiteral("/signatures/%1").arg(i);
        if (!s.value().isObject())
            return Error::badInput(
                QCoreApplication::translate("Dsse", "expected a signature object"), file, ptr);
        const QJsonObject o = s.value().toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("keyid") && it.key() != QLatin1String("sig"))
                return Error::badInput(
                    QCoreApplication::translate("Dsse", "unknown field \"%1\" in a signature")
                        .arg(it.key()),
                    file, ptr + QLatin1Char('/') + JsonReader::escapePointerToken(it.key()));
        DsseSignature sig;
        sig.keyid = s.string(QStringLiteral("keyid"), false);
        const QString sig64 = s.string(QStringLiteral("sig"));
        if (r.failed())
            return r.error();
        auto bytes = Dsse::decodeBase64(sig64);
        if (!bytes || bytes->isEmpty())
            return Error::badInput(
                QCoreApplication::translate("Dsse", "the signature is not valid non-empty base64"),
                file, ptr + QStringLiteral("/sig"));
        sig.sig = *bytes;
        env.signatures.append(sig);
    }
    return env;
}

Result<DsseEnvelope> DsseEnvelope::fromBytes(const QByteArray& bytes, const QString& file) {
    auto doc = JsonFile::parse(bytes, file);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::badInput(
            QCoreApplication::translate("Dsse", "a DSSE envelope must be a JSON object"), file,
            QStringLiteral("/"));
    return fromJson(doc->object(), file);
}

Result<DsseEnvelope> DsseEnvelope::readFile(const QString& path) {
    auto bytes = SafeFile::read(path, kMaxEnvelopeBytes);  // no FIFO, no device, no symlink
    if (!bytes)
        return bytes.error();
    return fromBytes(bytes.value(), path);
}

QStringList Dsse::recognizedSigners(const DsseEnvelope& envelope,
                                    const QList<DsseVerifier>& verifiers) {
    const QByteArray message = pae(envelope.payloadType, envelope.payload);
    QStringList names;
    for (const auto& v : verifiers) {
        if (names.contains(v.name) || !v.verify)
            continue;
        for (const auto& s : envelope.signatures) {
            if (!s.keyid.isEmpty() && !v.keyid.isEmpty() && s.keyid != v.keyid)
                continue;
            if (v.verify(message, s.sig)) {
                names << v.name;
                break;
            }
        }
    }
    return names;
}

}  // namespace countersign
