#include "common/JsonFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "common/JsonStrictCheck.h"
#include "common/SafeFile.h"

namespace countersign {

namespace {

QString typeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("missing");
}
}  // namespace

QString JsonFile::lineColumn(const QByteArray& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    qsizetype line = 1, lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QCoreApplication::translate("JsonFile", "line %1, column %2")
        .arg(line)
        .arg(offset - lineStart + 1);
}

QString JsonFile::place(const QByteArray& text, qsizetype offset) {
    return QCoreApplication::translate("JsonFile", "%1 (byte %2)")
        .arg(lineColumn(text, offset))
        .arg(std::clamp<qsizetype>(offset, 0, text.size()));
}

Result<QJsonDocument> JsonFile::parse(const QByteArray& bytes, const QString& path) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Error::badInput(
            QCoreApplication::translate("JsonFile",
                                        "the file starts with a UTF-8 byte order mark (EF BB BF), "
                                        "which JSON does not allow; save it without one"),
            path, place(bytes, 0));
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("JsonFile", "the file is empty, expected JSON"), path);
    // The file's bytes are never quoted (a secret could be read back into evidence): only
    // the place and the reason.
    if (trimmed.front() != '{' && trimmed.front() != '[')
        return Error::badInput(
            QCoreApplication::translate("JsonFile",
                                        "not JSON: expected '{' or '[' where the text begins"),
            path, place(bytes, bytes.indexOf(trimmed.front())));
    if (const auto problem = JsonStrictCheck::check(bytes))
        return Error::badInput(problem->reason, path,
                               problem->pointer.isEmpty()
                                   ? place(bytes, problem->offset)
                                   : QCoreApplication::translate("JsonFile", "%1, at %2")
                                         .arg(place(bytes, problem->offset), problem->pointer));
    QJsonParseError pe{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(pe.errorString(), path, place(bytes, pe.offset));
    return doc;
}

Result<QJsonDocument> JsonFile::read(const QString& path, qint64 maxBytes) {
    auto bytes = SafeFile::read(path, maxBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

Result<QJsonObject> JsonFile::readObject(const QString& path) {
    auto doc = read(path);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::badInput(QCoreApplication::translate("JsonFile", "expected a JSON object"),
                               path, QStringLiteral("/"));
    return doc->object();
}

JsonReader::JsonReader(QString file, QJsonValue value, QString pointer)
    : m_file(std::move(file)),
      m_value(std::move(value)),
      m_pointer(std::move(pointer)),
      m_error(std::make_shared<std::optional<Error>>()) {}

QString JsonReader::escapePointerToken(QString token) {
    return token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
}

void JsonReader::fail(const QString& message, const QString& atPointer) const {
    if (m_error->has_value())
        return;
    const QString where = atPointer.isEmpty() ? pointer() : atPointer;
    *m_error = Error::badInput(message, m_file, where);
}

bool JsonReader::failed() const {
    return m_error->has_value();
}

Error JsonReader::error() const {
    return m_error->value_or(
        Error::internal(QCoreApplication::translate("JsonFile", "no error recorded"), m_file));
}

QJsonValue JsonReader::field(const QString& key, bool required, QJsonValue::Type type,
                             const char* name) const {
    if (failed())
        return {};
    const QString ptr = m_pointer + QLatin1Char('/') + escapePointerToken(key);
    if (!m_value.isObject()) {
        fail(QCoreApplication::translate("JsonFile", "expected an object, found %1")
                 .arg(typeName(m_value)));
        return {};
    }
    const QJsonValue v = m_value.toObject().value(key);
    if (v.isUndefined() || (v.isNull() && type != QJsonValue::Null)) {
        if (required)
            fail(QCoreApplication::translate("JsonFile", "required field \"%1\" is missing")
                     .arg(key),
                 ptr);
        return {};
    }
    if (v.type() != type) {
        fail(QCoreApplication::translate("JsonFile", "expected %1, found %2")
                 .arg(QString::fromLatin1(name), typeName(v)),
             ptr);
        return {};
    }
    return v;
}

JsonReader JsonReader::child(const QString& key, bool required) const {
    JsonReader r(m_file, {}, m_pointer + QLatin1Char('/') + escapePointerToken(key));
    r.m_error = m_error;
    if (failed())
        return r;
    if (!m_value.isObject()) {
        fail(QCoreApplication::translate("JsonFile", "expected an object, found %1")
                 .arg(typeName(m_value)));
        return r;
    }
    r.m_value = m_value.toObject().value(key);
    if (r.m_value.isUndefined() && required)
        fail(QCoreApplication::translate("JsonFile", "required field \"%1\" is missing").arg(key),
             r.m_pointer);
    return r;
}

JsonReader JsonReader::at(qsizetype index) const {
    JsonReader r(m_file, {}, m_pointer + QLatin1Char('/') + QString::number(index));
    r.m_error = m_error;
    if (failed())
        return r;
    if (!m_value.isArray()) {
        fail(QCoreApplication::translate("JsonFile", "expected an array, found %1")
                 .arg(typeName(m_value)));
        return r;
    }
    r.m_value = m_value.toArray().at(index);
    return r;
}

bool JsonReader::has(const QString& key) const {
    return m_value.isObject() && m_value.toObject().contains(key);
}

qsizetype JsonReader::size() const {
    return m_value.isArray() ? m_value.toArray().size() : 0;
}

QString JsonReader::string(const QString& key, bool required) const {
    return field(key, required, QJsonValue::String, "a string").toString();
}

QString JsonReader::string() const {
    if (!failed() && !m_value.isString())
        fail(QCoreApplication::translate("JsonFile", "expected a string, found %1")
                 .arg(typeName(m_value)));
    return m_value.toString();
}

double JsonReader::number(const QString& key, bool required, double fallback) const {
    const QJsonValue v = field(key, required, QJsonValue::Double, "a number");
    return v.isDouble() ? v.toDouble() : fallback;
}

qint64 JsonReader::integer(const QString& key, bool required, qint64 fallback) const {
    const QJsonValue v = field(key, required, QJsonValue::Double, "an integer");
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < -9007199254740992.0 || d > 9007199254740992.0) {
        fail(QCoreApplication::translate("JsonFile", "expected an integer, found %1").arg(d),
             m_pointer + QLatin1Char('/') + escapePointerToken(key));
        return fallback;
    }
    return static_cast<qint64>(d);
}

bool JsonReader::boolean(const QString& key, bool required, bool fallback) const {
    const QJsonValue v = field(key, required, QJsonValue::Bool, "a boolean");
    return v.isBool() ? v.toBool() : fallback;
}

QStringList JsonReader::stringList(const QString& key, bool required) const {
    const QJsonValue v = field(key, required, QJsonValue::Array, "an array of strings");
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(QCoreApplication::translate("JsonFile", "expected a string, found %1")
                     .arg(typeName(a.at(i))),
                 m_pointer + QLatin1Char('/') + escapePointerToken(key) + QLatin1Char('/') +
                     QString::number(i));
            return {};
        }
        out << a.at(i).toString();
    }
    return out;
}

QString JsonReader::sha256Hex(const QString& key) const {
    const QString s = string(key);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!failed() && !hex.match(s).hasMatch())
        fail(QCoreApplication::translate(
                 "JsonFile",
                 "expected a SHA-256 digest as 64 lowercase hex characters, found \"%1\"")
                 .arg(s.left(80)),
             m_pointer + QLatin1Char('/') + escapePointerToken(key));
    return s;
}

namespace {
// Decodes one base64 SHA-256; empty when it is not exactly that.
QByteArray decodeSha256(const QString& text) {
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 ? decoded.decoded : QByteArray();
}
}  // namespace

QByteArray JsonReader::sha256Base64(const QString& key) const {
    const QString s = string(key);
    const QByteArray hash = failed() ? QByteArray() : decodeSha256(s);
    if (!failed() && hash.isEmpty())
        fail(QCoreApplication::translate(
                 "JsonFile", "expected a SHA-256 hash in base64 (44 characters), found \"%1\"")
                 .arg(s.left(80)),
             m_pointer + QLatin1Char('/') + escapePointerToken(key));
    return hash;
}

QList<QByteArray> JsonReader::sha256Base64List(const QString& key) const {
    const QStringList texts = stringList(key);
    QList<QByteArray> hashes;
    for (qsizetype i = 0; i < texts.size() && !failed(); ++i) {
        hashes.append(decodeSha256(texts.at(i)));
        if (hashes.last().isEmpty())
            fail(QCoreApplication::translate(
                     "JsonFile", "expected a SHA-256 hash in base64 (44 characters), found \"%1\"")
                     .arg(texts.at(i).left(80)),
                 m_pointer + QLatin1Char('/') + escapePointerToken(key) + QLatin1Char('/') +
                     QString::number(i));
    }
    return hashes;
}

}  // namespace countersign
