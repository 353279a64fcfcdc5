#include "workspace/RelativePath.h"

#include <QCoreApplication>
#include <QStringList>

namespace countersign {

QString RelativePath::problem(const QString& path) {
    if (path.isEmpty())
        return QCoreApplication::translate("RelativePath", "the path is empty");
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')) ||
        (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter()))
        return QCoreApplication::translate(
                   "RelativePath",
                   "the path \"%1\" is absolute; paths must be relative to the bundle folder")
            .arg(path);
    if (path.contains(QLatin1Char('\\')))
        return QCoreApplication::translate(
                   "RelativePath", "the path \"%1\" contains a backslash; use '/' as separator")
            .arg(path);
    if (path.contains(QChar(0)))
        return QCoreApplication::translate("RelativePath", "the path contains a NUL character");
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return QCoreApplication::translate(
                       "RelativePath",
                       "the path \"%1\" contains \"..\"; paths must stay inside the bundle folder")
                .arg(path);
        if (part.isEmpty() || part == QLatin1String("."))
            return QCoreApplication::translate("RelativePath",
                                               "the path \"%1\" has an empty or \".\" segment")
                .arg(path);
    }
    return {};
}

}  // namespace countersign
