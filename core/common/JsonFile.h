#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

#include "common/Result.h"

namespace countersign {

// Reading JSON files with errors a person can act on: a parse error names the line, column
// and byte offset, an empty file, a byte order mark or stray text before the JSON is named as
// such, and the text is held to JsonStrictCheck first (duplicate keys, escapes, control
// characters, surrogates, number range: each named with its JSON pointer). Files are opened
// with SafeFile. No error quotes the file's bytes.
class JsonFile {
public:
    static Result<QJsonDocument> read(const QString& path, qint64 maxBytes = 512ll << 20);
    static Result<QJsonDocument> parse(const QByteArray& bytes, const QString& pathForErrors);
    static Result<QJsonObject> readObject(const QString& path);

    // "line L, column C" for a byte offset into text.
    static QString lineColumn(const QByteArray& text, qsizetype offset);
    // "line L, column C (byte N)".
    static QString place(const QByteArray& text, qsizetype offset);
};

// Typed, pointer-tracking access to a JSON object for validators. The first problem
// found is kept; later calls become no-ops so a validator can read straight through.
//   JsonReader r(path, doc.object());
//   QString model = r.string("model");
//   qint64 size = r.child("artefacts").at(0).integer("size");
//   if (r.failed()) return r.error();
class JsonReader {
public:
    JsonReader(QString file, QJsonValue value, QString pointer = {});

    JsonReader child(const QString& key, bool required = true) const;
    JsonReader at(qsizetype index) const;
    bool has(const QString& key) const;
    qsizetype size() const;  // array length; 0 when not an array
    bool isNull() const { return m_value.isNull() || m_value.isUndefined(); }

    QString string(const QString& key, bool required = true) const;
    QString string() const;
    double number(const QString& key, bool required = true, double fallback = 0) const;
    qint64 integer(const QString& key, bool required = true, qint64 fallback = 0) const;
    bool boolean(const QString& key, bool required = true, bool fallback = false) const;
    QStringList stringList(const QString& key, bool required = true) const;
    // A string that must be 64 lowercase hexadecimal characters.
    QString sha256Hex(const QString& key) const;
    // A SHA-256 value in standard base64 (Merkle hashes in proofs); strict: 32 bytes exactly.
    QByteArray sha256Base64(const QString& key) const;
    QList<QByteArray> sha256Base64List(const QString& key) const;

    const QJsonValue& value() const { return m_value; }
    QString pointer() const { return m_pointer.isEmpty() ? QStringLiteral("/") : m_pointer; }
    const QString& file() const { return m_file; }

    void fail(const QString& message, const QString& atPointer = {}) const;
    bool failed() const;
    Error error() const;

    static QString escapePointerToken(QString token);

private:
    QJsonValue field(const QString& key, bool required, QJsonValue::Type type,
                     const char* typeName) const;

    QString m_file;
    QJsonValue m_value;
    QString m_pointer;
    std::shared_ptr<std::optional<Error>> m_error;
};

}  // namespace countersign
