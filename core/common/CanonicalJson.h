#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

namespace countersign {

// Canonical JSON in the style of RFC 8785 (JCS): object keys sorted by UTF-16 code
// units, no insignificant whitespace, UTF-8, minimal string escaping, numbers in the
// shortest form that round-trips (integers without a fraction). The bytes this returns
// are what gets hashed and signed, so it must never change for the same value.
class CanonicalJson {
public:
    static QByteArray serialize(const QJsonValue& value);
    // Appends a JSON string literal for UTF-8 text, escaped exactly as serialize() does.
    static void appendString(QByteArray& out, QByteArrayView utf8);
};

}  // namespace countersign
