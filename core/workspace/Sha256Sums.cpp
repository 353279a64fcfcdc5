#include "workspace/Sha256Sums.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include "common/SafeFile.h"
#include "workspace/RelativePath.h"

namespace countersign {

namespace {

// GNU coreutils escapes "\\", "\n" and "\r" in names and then starts the line with '\'.
std::optional<QString> unescape(const QString& name) {
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= name.size())
            return std::nullopt;
        const QChar e = name.at(i);
        if (e == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        else if (e == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (e == QLatin1Char('r'))
            out += QLatin1Char('\r');
        else
            return std::nullopt;
    }
    return out;
}
}  // namespace

Result<QList<Artefact>> Sha256Sums::parse(const QByteArray& text, const QString& file) {
    static const QRegularExpression gnu(QStringLiteral("^(\\\\?)([0-9a-fA-F]{64}) [ *](.+)$"));
    static const QRegularExpression bsd(
        QStringLiteral("^(\\\\?)SHA256 \\((.+)\\) = ([0-9a-fA-F]{64})$"));
    QList<Artefact> out;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString where = QCoreApplication::translate("Sha256Sums", "line %1").arg(i + 1);
        if (raw.trimmed().isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw);
        if (line.contains(QChar::ReplacementCharacter))
            return Error::badInput(
                QCoreApplication::translate("Sha256Sums", "the line is not valid UTF-8"), file,
                where);
        QString hex, name;
        bool escaped = false;
        if (const auto m = gnu.match(line); m.hasMatch()) {
            escaped = !m.captured(1).isEmpty();
            hex = m.captured(2);
            name = m.captured(3);
        } else if (const auto b = bsd.match(line); b.hasMatch()) {
            escaped = !b.captured(1).isEmpty();
            name = b.captured(2);
            hex = b.captured(3);
        } else {
            return Error::badInput(
                QCoreApplication::translate(
                    "Sha256Sums", "expected \"<64 hex digits>  <path>\" as sha256sum writes it"),
                file, where);
        }
        if (escaped) {
            const auto u = unescape(name);
            if (!u)
                return Error::badInput(QCoreApplication::translate(
                                           "Sha256Sums", "bad backslash escape in the file name"),
                                       file, where);
            name = *u;
        }
        if (const QString p = RelativePath::problem(name); !p.isEmpty())
            return Error::badInput(p, file, where);
        if (name == QLatin1String("bundle.json") || name == QLatin1String("SHA256SUMS"))
            return Error::badInput(QCoreApplication::translate(
                                       "Sha256Sums", "\"%1\" cannot list itself or the manifest")
                                       .arg(name),
                                   file, where);
        if (seen.contains(name))
            return Error::badInput(
                QCoreApplication::translate("Sha256Sums", "the path \"%1\" is listed twice")
                    .arg(name),
                file, where);
        seen.insert(name);
        out.append(Artefact{name, hex.toLower(), -1});
    }
    if (out.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("Sha256Sums", "the file lists no artefacts"), file);
    return out;
}

Result<QList<Artefact>> Sha256Sums::read(const QString& path) {
    auto bytes = SafeFile::read(path, 64ll << 20);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

QByteArray Sha256Sums::write(const QList<Artefact>& artefacts) {
    QByteArray out;
    for (const Artefact& a : artefacts) {
        QString name = a.path;
        const bool escape = name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char('\n')) ||
                            name.contains(QLatin1Char('\r'));
        if (escape) {
            name.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\n'), QLatin1String("\\n"))
                .replace(QLatin1Char('\r'), QLatin1String("\\r"));
            out += '\\';
        }
        out += a.sha256.toLatin1() + "  " + name.toUtf8() + '\n';
    }
    return out;
}

}  // namespace countersign
