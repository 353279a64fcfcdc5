#include "common/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace countersign {
namespace {

void appendUtf8(QByteArray& out, QByteArrayView utf8) {
    out += '"';
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    while (p < end) {
        // Copy the run that needs no escaping in one go.
        const char* run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\') ++p;
        if (p > run)
            out.append(run, p - run);
        if (p == end)
            break;
        const char c = *p++;
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const auto u = static_cast<unsigned char>(c);
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        }
    }
    out += '"';
}

void appendString(QByteArray& out, const QString& s) {
    appendUtf8(out, s.toUtf8());
}

void appendNumber(QByteArray& out, double d) {
    if (!std::isfinite(d)) {  // JSON has no NaN or infinity; QJsonValue never holds them
        out += "null";
        return;
    }
    if (d == 0) {  // also -0, which ECMAScript prints as "0"
        out += '0';
        return;
    }
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    // RFC 8785 section 3.2.2.3: ECMAScript's Number::toString over the shortest digits that
    // round-trip. Qt gives them as "d.ddde[+-]XX".
    if (d < 0) {
        out += '-';
        d = -d;
    }
    const QByteArray sci = QByteArray::number(d, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = sci.indexOf('e');
    QByteArray digits = sci.left(e);
    digits.replace(".", "");
    while (digits.size() > 1 && digits.endsWith('0')) digits.chop(1);
    const int k = static_cast<int>(digits.size());
    const int n = sci.mid(e + 1).toInt() + 1;  // the decimal point sits after n digits
    if (k <= n && n <= 21) {
        out += digits;
        out += QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n);
        out += '.';
        out += digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out += QByteArray(-n, '0');
        out += digits;
    } else {
        out += digits.at(0);
        if (k > 1) {
            out += '.';
            out += digits.mid(1);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += QByteArray::number(std::abs(n - 1));
    }
}

void appendValue(QByteArray& out, const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out += "null";
            break;
        case QJsonValue::Bool:
            out += v.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            appendNumber(out, v.toDouble());
            break;
        case QJsonValue::String:
            appendString(out, v.toString());
            break;
        case QJsonValue::Array: {
            out += '[';
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (i)
                    out += ',';
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
                if (!first)
                    out += ',';
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

void CanonicalJson::appendString(QByteArray& out, QByteArrayView utf8) {
    appendUtf8(out, utf8);
}

QByteArray CanonicalJson::serialize(const QJsonValue& value) {
    QByteArray out;
    appendValue(out, value);
    return out;
}

}  // namespace countersign
