#include "scans/VersionRange.h"

#include <QRegularExpression>
#include <QStringList>

namespace countersign {

namespace {

// "1.1.1c-r0" → (sep, token) pairs (a Debian epoch "1:" is a leading number): ("",1) (".",1)
// (".",1) ("",c) ("-",r) ("",0).
struct Token {
    QChar sep;
    QString text;
};

QList<Token> tokens(const QString& v) {
    static const QRegularExpression re(QStringLiteral("([^0-9A-Za-z]?)(\\d+|[A-Za-z]+)"));
    QList<Token> out;
    QString t = v.trimmed();
    if (t.startsWith(QLatin1Char('v')) || t.startsWith(QLatin1Char('V')))
        t.remove(0, 1);
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.captured(1).isEmpty() ? QChar() : m.captured(1).front(), m.captured(2)});
    }
    return out;
}

bool isNumber(const QString& s) {
    return !s.isEmpty() && s.front().isDigit();
}

struct Comparator {
    QString op;  // "<", "<=", ">", ">=", "="
    QString version;
};

bool parseAlternative(const QString& text, QList<Comparator>* out) {
    static const QRegularExpression re(
        QStringLiteral("^(<=|>=|<|>|=|==)?\\s*([0-9A-Za-z][0-9A-Za-z.+_~:-]*)$"));
    QString t = text.trimmed();
    // Allow "< 2.0" with a space between operator and version.
    t.replace(QRegularExpression(QStringLiteral("(<=|>=|<|>|==|=)\\s+")), QStringLiteral("\\1"));
    const QStringList parts =
        t.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString& p : parts) {
        if (p == QLatin1String("*") || p == QLatin1String("x"))
            continue;
        const auto m = re.match(p);
        if (!m.hasMatch())
            return false;
        QString op = m.captured(1);
        if (op.isEmpty() || op == QLatin1String("=="))
            op = QStringLiteral("=");
        out->append({op, m.captured(2)});
    }
    return true;
}

}  // namespace

int VersionRange::compare(const QString& a, const QString& b) {
    const QList<Token> ta = tokens(a), tb = tokens(b);
    // What the longer version's extra part means: "+deb12u4", ".1", "-1" (a revision or
    // build) come after; "~rc1" (Debian) and a letter suffix ("rc1", "-beta") come before.
    auto extra = [](const Token& t) {
        if (t.sep == QLatin1Char('~'))
            return -1;
        if (t.sep == QLatin1Char('+') || isNumber(t.text))
            return 1;
        return -1;
    };
    const qsizetype n = std::max(ta.size(), tb.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= ta.size())
            return -extra(tb.at(i));
        if (i >= tb.size())
            return extra(ta.at(i));
        const QString& x = ta.at(i).text;
        const QString& y = tb.at(i).text;
        if (isNumber(x) && isNumber(y)) {
            const qulonglong nx = x.toULongLong(), ny = y.toULongLong();
            if (nx != ny)
                return nx < ny ? -1 : 1;
        } else if (isNumber(x) != isNumber(y)) {
            return isNumber(x) ? 1 : -1;
        } else if (const int c = x.compare(y, Qt::CaseInsensitive); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return 0;
}

bool VersionRange::isValid(const QString& range) {
    const QStringList alts = range.split(QLatin1String("||"));
    for (const QString& alt : alts) {
        QList<Comparator> cs;
        if (!parseAlternative(alt, &cs))
            return false;
    }
    return !range.trimmed().isEmpty();
}

bool VersionRange::contains(const QString& range, const QString& version) {
    if (range.trimmed() == QLatin1String("*"))
        return true;
    if (version.trimmed().isEmpty())
        return false;
    const QStringList alts = range.split(QLatin1String("||"));
    for (const QString& alt : alts) {
        QList<Comparator> cs;
        if (!parseAlternative(alt, &cs))
            return false;
        bool all = true;
        for (const Comparator& c : std::as_const(cs)) {
            const int r = compare(version, c.version);
            const bool ok = c.op == QLatin1String("=")    ? r == 0
                            : c.op == QLatin1String("<")  ? r < 0
                            : c.op == QLatin1String("<=") ? r <= 0
                            : c.op == QLatin1String(">")  ? r > 0
                                                          : r >= 0;
            if (!ok) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

}  // namespace countersign
