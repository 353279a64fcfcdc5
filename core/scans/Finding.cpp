#include "scans/Finding.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace countersign {

QStringList Finding::allIds() const {
    QStringList out{id.toUpper()};
    for (const QString& a : aliases) out << a.toUpper();
    out.removeDuplicates();
    return out;
}

QString Finding::normalizePackage(const QString& name) {
    static const QRegularExpression seps(QStringLiteral("[-_.]+"));
    QString n = name.trimmed().toLower();
    n.replace(seps, QStringLiteral("-"));
    return n;
}

QJsonObject Finding::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("severity"), severityId(severity)},
                  {QStringLiteral("package"), package},
                  {QStringLiteral("installed"), installed},
                  {QStringLiteral("fixed"), fixed},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)},
                  {QStringLiteral("sources"),
                   QJsonArray::fromStringList(sources.isEmpty() ? QStringList{source} : sources)},
                  {QStringLiteral("files"),
                   QJsonArray::fromStringList(files.isEmpty() ? QStringList{file} : files)}};
    if (!range.isEmpty())
        o.insert(QStringLiteral("range"), range);
    return o;
}

}  // namespace countersign
