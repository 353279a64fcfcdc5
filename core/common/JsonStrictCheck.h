#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace countersign {

// One pass over JSON text checking what QtCore's parser lets through or decides silently
// (RFC 8259): a key given twice in one object (QJsonDocument keeps the last), an invalid
// escape, a raw control character in a string, a lone UTF-16 surrogate in a \u escape, invalid
// UTF-8, a number outside the range of a double, nesting deeper than maxDepth, and any grammar
// error. JsonFile::parse runs it before QJsonDocument, so every JSON file Countersign reads is
// held to it. The problem never quotes the text: it names the place and the reason.
struct JsonSyntaxProblem {
    qsizetype offset = 0;  // byte offset of the problem
    QString pointer;       // JSON pointer of the value being read ("" at the top)
    QString reason;
};

class JsonStrictCheck {
public:
    static constexpr int maxDepth = 512;
    static std::optional<JsonSyntaxProblem> check(const QByteArray& text);
};

}  // namespace countersign
