#include "common/JsonStrictCheck.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace countersign {

namespace {

// A JSON pointer token: an object key or an array index.
struct Token {
    QByteArray key;
    qsizetype index = -1;
};

class Checker {
public:
    explicit Checker(const QByteArray& text)
        : m_begin(text.constData()), m_p(text.constData()), m_end(text.constData() + text.size()) {}

    std::optional<JsonSyntaxProblem> run() {
        skipSpace();
        if (!value(0))
            return m_problem;
        skipSpace();
        if (m_p != m_end)
            fail(QCoreApplication::translate("JsonStrictCheck",
                                             "text after the end of the JSON value"));
        return m_problem;
    }

private:
    bool fail(const QString& reason) {
        if (!m_problem) {
            JsonSyntaxProblem p;
            p.offset = m_p - m_begin;
            p.reason = reason;
            for (const Token& t : m_path) {
                p.pointer += QLatin1Char('/');
                if (t.index >= 0)
                    p.pointer += QString::number(t.index);
                else
                    p.pointer += QString::fromUtf8(t.key)
                                     .replace(QLatin1Char('~'), QLatin1String("~0"))
                                     .replace(QLatin1Char('/'), QLatin1String("~1"));
            }
            m_problem = p;
        }
        return false;
    }

    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) ++m_p;
    }

    bool literal(const char* word) {
        for (const char* w = word; *w; ++w, ++m_p)
            if (m_p >= m_end || *m_p != *w)
                return fail(
                    QCoreApplication::translate("JsonStrictCheck",
                                                "not a JSON value (expected an object, "
                                                "array, string, number, true, false or null)"));
        return true;
    }

    bool value(int depth) {
        if (m_p >= m_end)
            return fail(QCoreApplication::translate("JsonStrictCheck",
                                                    "the text ends where a value is expected"));
        switch (*m_p) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string(nullptr);
            case 't':
                return literal("true");
            case 'f':
                return literal("false");
            case 'n':
                return literal("null");
            default:
                if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                    return number();
                return fail(QCoreApplication::translate(
                    "JsonStrictCheck",
                    "not a JSON value (expected an object, array, string, number, true, false "
                    "or null)"));
        }
    }

    bool tooDeep(int depth) {
        if (depth <= JsonStrictCheck::maxDepth)
            return false;
        fail(QCoreApplication::translate("JsonStrictCheck", "nested deeper than %1 levels")
                 .arg(JsonStrictCheck::maxDepth));
        return true;
    }

    bool object(int depth) {
        if (tooDeep(depth))
            return false;
        ++m_p;  // '{'
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        QSet<QByteArray> keys;
        m_path.push_back({});
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return fail(QCoreApplication::translate("JsonStrictCheck",
                                                        "expected a key in double quotes"));
            const char* keyStart = m_p;
            QByteArray key;
            if (!string(&key))
                return false;
            m_path.back().key = key;
            if (keys.contains(key)) {
                m_p = keyStart;
                return fail(QCoreApplication::translate(
                    "JsonStrictCheck",
                    "the key is given twice in one object (a reader would silently keep only "
                    "one of them)"));
            }
            keys.insert(key);
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return fail(
                    QCoreApplication::translate("JsonStrictCheck", "expected ':' after the key"));
            ++m_p;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                m_path.pop_back();
                return true;
            }
            return fail(QCoreApplication::translate("JsonStrictCheck",
                                                    "expected ',' or '}' in the object"));
        }
    }

    bool array(int depth) {
        if (tooDeep(depth))
            return false;
        ++m_p;  // '['
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        m_path.push_back({QByteArray(), 0});
        for (;;) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                ++m_path.back().index;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                m_path.pop_back();
                return true;
            }
            return fail(
                QCoreApplication::translate("JsonStrictCheck", "expected ',' or ']' in the array"));
        }
    }

    int hex4() {
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            if (m_p >= m_end)
                return -1;
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else
                return -1;
        }
        return v;
    }

    static void appendUtf8(QByteArray& out, char32_t cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    // Length of a valid UTF-8 sequence starting at m_p (a non-ASCII lead byte), or 0.
    qsizetype utf8Length() const {
        const auto b = [this](qsizetype i) { return static_cast<unsigned char>(m_p[i]); };
        const qsizetype left = m_end - m_p;
        const unsigned char c = b(0);
        const auto cont = [&](qsizetype i) { return i < left && (b(i) & 0xC0) == 0x80; };
        if (c >= 0xC2 && c <= 0xDF)
            return cont(1) ? 2 : 0;
        if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2))
                return 0;
            if ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) > 0x9F))
                return 0;  // overlong, or a UTF-16 surrogate encoded in UTF-8
            return 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return 0;
            if ((c == 0xF0 && b(1) < 0x90) || (c == 0xF4 && b(1) > 0x8F))
                return 0;
            return 4;
        }
        return 0;
    }

    // A string at m_p ('"'); its decoded UTF-8 goes to `out` when given (object keys).
    bool string(QByteArray* out) {
        ++m_p;
        for (;;) {
            const char* run = m_p;
            while (m_p < m_end) {
                const auto c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_p;
            }
            if (out)
                out->append(run, m_p - run);
            if (m_p >= m_end)
                return fail(
                    QCoreApplication::translate("JsonStrictCheck", "the string is not closed"));
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail(
                    QCoreApplication::translate(
                        "JsonStrictCheck",
                        "raw control character U+%1 in a string (it must be escaped)")
                        .arg(QString::number(c, 16).rightJustified(4, QLatin1Char('0')).toUpper()));
            if (c >= 0x80) {
                const qsizetype n = utf8Length();
                if (n == 0)
                    return fail(QCoreApplication::translate("JsonStrictCheck",
                                                            "invalid UTF-8 in a string"));
                if (out)
                    out->append(m_p, n);
                m_p += n;
                continue;
            }
            // A backslash escape.
            const char* escape = m_p;
            ++m_p;
            if (m_p >= m_end)
                return fail(
                    QCoreApplication::translate("JsonStrictCheck", "the string is not closed"));
            const char e = *m_p++;
            char plain = 0;
            switch (e) {
                case '"':
                    plain = '"';
                    break;
                case '\\':
                    plain = '\\';
                    break;
                case '/':
                    plain = '/';
                    break;
                case 'b':
                    plain = '\b';
                    break;
                case 'f':
                    plain = '\f';
                    break;
                case 'n':
                    plain = '\n';
                    break;
                case 'r':
                    plain = '\r';
                    break;
                case 't':
                    plain = '\t';
                    break;
                case 'u': {
                    const int unit = hex4();
                    if (unit < 0) {
                        m_p = escape;
                        return fail(QCoreApplication::translate(
                            "JsonStrictCheck", "invalid \\u escape (four hex digits are needed)"));
                    }
                    char32_t cp = char32_t(unit);
                    if (unit >= 0xDC00 && unit <= 0xDFFF) {
                        m_p = escape;
                        return fail(QCoreApplication::translate(
                            "JsonStrictCheck", "a lone low surrogate in a \\u escape"));
                    }
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        int low = -1;
                        if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                            m_p += 2;
                            low = hex4();
                        }
                        if (low < 0xDC00 || low > 0xDFFF) {
                            m_p = escape;
                            return fail(
                                QCoreApplication::translate("JsonStrictCheck",
                                                            "a lone high surrogate in a \\u escape "
                                                            "(no low surrogate follows)"));
                        }
                        cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    }
                    if (out)
                        appendUtf8(*out, cp);
                    continue;
                }
                default:
                    m_p = escape;
                    return fail(QCoreApplication::translate(
                        "JsonStrictCheck",
                        "invalid escape sequence (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                        "and \\uXXXX)"));
            }
            if (out)
                out->append(plain);
        }
    }

    bool number() {
        const char* start = m_p;
        const auto digit = [this] { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; };
        const QString bad =
            QCoreApplication::translate("JsonStrictCheck", "not a valid JSON number");
        if (*m_p == '-')
            ++m_p;
        if (!digit())
            return fail(bad);
        if (*m_p == '0') {
            ++m_p;
            if (digit())
                return fail(
                    QCoreApplication::translate("JsonStrictCheck", "a number with a leading zero"));
        } else {
            while (digit()) ++m_p;
        }
        bool simple = true;
        if (m_p < m_end && *m_p == '.') {
            simple = false;
            ++m_p;
            if (!digit())
                return fail(bad);
            while (digit()) ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            simple = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digit())
                return fail(bad);
            while (digit()) ++m_p;
        }
        // Short integers are always in range; anything else is converted to see.
        if (simple && m_p - start < 16)
            return true;
        const std::string text(start, size_t(m_p - start));
        const double v = std::strtod(text.c_str(), nullptr);
        if (!std::isfinite(v)) {
            m_p = start;
            return fail(QCoreApplication::translate("JsonStrictCheck",
                                                    "the number is outside the range of a double"));
        }
        return true;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    std::vector<Token> m_path;
    std::optional<JsonSyntaxProblem> m_problem;
};

}  // namespace

std::optional<JsonSyntaxProblem> JsonStrictCheck::check(const QByteArray& text) {
    return Checker(text).run();
}

}  // namespace countersign
