#include "common/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace countersign {
namespace {

void appendString(QByteArray& out, const QString& s) {
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (u < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[u >> 4];
                    out += hex[u & 0xf];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void appendNumber(QByteArray& out, double d) {
    if (!std::isfinite(d)) {  // JSON has no NaN or infinity; QJsonValue never holds them
        out += "null";
        return;
    }
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    // Shortest round-trip digits; the exponent without leading zeros, as ECMAScript prints it.
    QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    const qsizetype e = text.indexOf('e');
    if (e >= 0) {
        qsizetype digits = e + 2;  // after "e+" or "e-"
        while (digits < text.size() - 1 && text.at(digits) == '0') text.remove(digits, 1);
    }
    out += text;
}

void appendValue(QByteArray& out, const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: out += "null"; break;
        case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
        case QJsonValue::Double: appendNumber(out, v.toDouble()); break;
        case QJsonValue::String: appendString(out, v.toString()); break;
        case QJsonValue::Array: {
            out += '[';
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (i) out += ',';
                appendValue(out, a.at(i));
            }
            out += ']';
            break;
        }
        case QJsonValue::Object: {
            const QJsonObject o = v.toObject();
            QStringList keys = o.keys();
            // QString's operator< compares UTF-16 code units, which is what RFC 8785 asks.
            std::sort(keys.begin(), keys.end());
            out += '{';
            bool first = true;
            for (const QString& k : keys) {
                if (!first) out += ',';
                first = false;
                appendString(out, k);
                out += ':';
                appendValue(out, o.value(k));
            }
            out += '}';
            break;
        }
    }
}

}  // namespace

QByteArray CanonicalJson::serialize(const QJsonValue& value) {
    QByteArray out;
    appendValue(out, value);
    return out;
}

}  // namespace countersign
