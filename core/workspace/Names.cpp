#include "workspace/Names.h"

#include <QRegularExpression>

namespace countersign {

bool Names::isModelName(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,127}$"));
    return re.match(s).hasMatch();
}

bool Names::isVersion(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$"));
    return re.match(s).hasMatch();
}

bool Names::isOperatorId(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,127}$"));
    return re.match(s).hasMatch();
}

int Names::compareVersions(const QString& a, const QString& b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = a.at(i).isDigit(), db = b.at(j).isDigit();
        if (da && db) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a.at(ie).isDigit()) ++ie;
            while (je < b.size() && b.at(je).isDigit()) ++je;
            // Compare numerically without overflow: strip leading zeros, then length, then text.
            QStringView na = QStringView(a).mid(i, ie - i), nb = QStringView(b).mid(j, je - j);
            while (na.size() > 1 && na.front() == QLatin1Char('0')) na = na.mid(1);
            while (nb.size() > 1 && nb.front() == QLatin1Char('0')) nb = nb.mid(1);
            if (na.size() != nb.size())
                return na.size() < nb.size() ? -1 : 1;
            if (const int c = na.compare(nb); c != 0)
                return c < 0 ? -1 : 1;
            i = ie;
            j = je;
        } else {
            if (a.at(i) != b.at(j))
                return a.at(i) < b.at(j) ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

QDateTime Names::parseUtc(const QString& s) {
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!re.match(s).hasMatch())
        return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

}  // namespace countersign
