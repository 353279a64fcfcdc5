#include "gates/BundlePath.h"

#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <climits>
#include <cstdlib>

namespace countersign {

namespace {

// realpath(3); empty when it fails.
QString realPath(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    char* resolved = ::realpath(native.constData(), nullptr);
    if (!resolved)
        return {};
    const QString out = QFile::decodeName(QByteArray(resolved));
    std::free(resolved);
    return out;
}

bool isInside(const QString& canonicalRoot, const QString& canonical) {
    if (canonical == canonicalRoot)
        return false;  // the root itself is not a file of it
    const QString prefix =
        canonicalRoot.endsWith(QLatin1Char('/')) ? canonicalRoot : canonicalRoot + QLatin1Char('/');
    return canonical.startsWith(prefix);
}

QString readLink(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    QByteArray buf(PATH_MAX, '\0');
    const ssize_t n = ::readlink(native.constData(), buf.data(), static_cast<size_t>(buf.size()));
    if (n < 0)
        return {};
    buf.truncate(n);
    return QFile::decodeName(buf);
}

}  // namespace

QString BundlePath::canonicalRoot(const QString& root) {
    return realPath(root);
}

QString BundlePath::lexicalProblem(const QString& relative) {
    if (relative.isEmpty())
        return QCoreApplication::translate("BundlePath", "the path is empty");
    if (relative.contains(QChar(0)))
        return QCoreApplication::translate("BundlePath", "the path contains a NUL character");
    if (relative.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("BundlePath", "the path is absolute");
    if (relative.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("BundlePath", "the path contains a backslash");
    if (relative.size() >= 2 && relative.at(1) == QLatin1Char(':') && relative.at(0).isLetter())
        return QCoreApplication::translate("BundlePath", "the path starts with a drive letter");
    const QStringList parts = relative.split(QLatin1Char('/'));
    for (const QString& part : parts)
        if (part == QLatin1String(".."))
            return QCoreApplication::translate("BundlePath", "the path contains \"..\"");
    return {};
}

ResolvedPath BundlePath::resolve(const QString& root, const QString& relative) {
    ResolvedPath out;
    if (const QString problem = lexicalProblem(relative); !problem.isEmpty()) {
        out.kind = ResolvedPath::Kind::Refused;
        out.reason = problem;
        return out;
    }
    const QString base = realPath(root);
    if (base.isEmpty()) {
        out.kind = ResolvedPath::Kind::Missing;
        out.reason = QCoreApplication::translate("BundlePath", "the root folder %1 does not exist")
                         .arg(root);
        return out;
    }
    // Walk component by component so a link anywhere on the way is caught, even when the
    // file at the end does not exist.
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current = base;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String("."))
            continue;
        const QString next = current + QLatin1Char('/') + parts.at(i);
        struct stat st {};
        if (::lstat(QFile::encodeName(next).constData(), &st) != 0) {
            out.kind = ResolvedPath::Kind::Missing;
            return out;
        }
        if (S_ISLNK(st.st_mode)) {
            const QString target = realPath(next);
            if (target.isEmpty()) {
                const QString link = readLink(next);
                // A dangling link whose target text leaves the root is refused outright.
                if (link.startsWith(QLatin1Char('/')) || !lexicalProblem(link).isEmpty()) {
                    out.kind = ResolvedPath::Kind::Refused;
                    out.reason = QCoreApplication::translate(
                                     "BundlePath", "symbolic link to \"%1\", outside the bundle")
                                     .arg(link);
                } else {
                    out.kind = ResolvedPath::Kind::Missing;
                    out.reason = QCoreApplication::translate(
                                     "BundlePath", "symbolic link to \"%1\", which does not exist")
                                     .arg(link);
                }
                return out;
            }
            if (!isInside(base, target)) {
                out.kind = ResolvedPath::Kind::Refused;
                out.reason =
                    QCoreApplication::translate(
                        "BundlePath", "resolves outside the bundle through a symbolic link, to %1")
                        .arg(target);
                return out;
            }
            current = target;
        } else {
            current = next;
        }
    }
    if (!isInside(base, current)) {
        out.kind = ResolvedPath::Kind::Refused;
        out.reason =
            QCoreApplication::translate("BundlePath", "does not name a file inside the bundle");
        return out;
    }
    out.kind = ResolvedPath::Kind::Inside;
    out.absolute = current;
    return out;
}

}  // namespace countersign
