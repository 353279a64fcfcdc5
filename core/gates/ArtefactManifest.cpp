#include "gates/ArtefactManifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include "common/JsonFile.h"
#include "common/SafeFile.h"
#include "crypto/Sha256.h"

namespace countersign {

namespace {

// GNU sha256sum escapes "\\" and "\n" in names and then starts the line with a backslash.
QString unescapeGnu(const QString& name) {
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char('\\') && i + 1 < name.size()) {
            const QChar c = name.at(++i);
            out += c == QLatin1Char('n') ? QLatin1Char('\n') : c;
        } else {
            out += name.at(i);
        }
    }
    return out;
}

Result<QList<ManifestEntry>> parseSums(const QByteArray& bytes, const QString& path) {
    static const QRegularExpression gnu(QStringLiteral("^(\\\\?)([0-9a-fA-F]{64}) [ *](.+)$"));
    static const QRegularExpression bsd(
        QStringLiteral("^(\\\\?)SHA256 \\((.+)\\) = ([0-9a-fA-F]{64})$"));
    QList<ManifestEntry> out;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QString where = QCoreApplication::translate("ArtefactManifest", "line %1").arg(i + 1);
        if (auto m = gnu.match(line); m.hasMatch()) {
            QString name = m.captured(3);
            if (!m.captured(1).isEmpty())
                name = unescapeGnu(name);
            out.append({name, m.captured(2).toLower(), -1});
        } else if (auto b = bsd.match(line); b.hasMatch()) {
            QString name = b.captured(2);
            if (!b.captured(1).isEmpty())
                name = unescapeGnu(name);
            out.append({name, b.captured(3).toLower(), -1});
        } else {
            return Error::badInput(
                QCoreApplication::translate(
                    "ArtefactManifest",
                    "expected \"<64 hex>  <path>\" as sha256sum writes it, found \"%1\"")
                    .arg(line.left(80)),
                path, where);
        }
    }
    if (out.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("ArtefactManifest", "the SHA256SUMS file names no file"),
            path);
    return out;
}

Result<QList<ManifestEntry>> parseBundleJson(const QByteArray& bytes, const QString& path) {
    auto doc = JsonFile::parse(bytes, path);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::badInput(
            QCoreApplication::translate("ArtefactManifest", "expected a JSON object"), path,
            QStringLiteral("/"));
    JsonReader r(path, doc->object());
    const JsonReader list = r.child(QStringLiteral("artefacts"));
    if (!r.failed() && !list.value().isArray())
        list.fail(
            QCoreApplication::translate("ArtefactManifest", "expected an array of artefacts"));
    QList<ManifestEntry> out;
    for (qsizetype i = 0; !r.failed() && i < list.size(); ++i) {
        const JsonReader a = list.at(i);
        ManifestEntry e;
        e.path = a.string(QStringLiteral("path"));
        e.sha256 = a.sha256Hex(QStringLiteral("sha256"));
        e.size = a.integer(QStringLiteral("size"));
        if (!r.failed() && e.size < 0)
            a.fail(QCoreApplication::translate("ArtefactManifest", "size must not be negative"),
                   a.pointer() + QStringLiteral("/size"));
        out.append(e);
    }
    if (r.failed())
        return r.error();
    return out;
}

}  // namespace

Result<ArtefactManifest> ArtefactManifest::parse(const QByteArray& bytes, const QString& path) {
    ArtefactManifest m;
    m.path = path;
    m.digest = QString::fromLatin1(Sha256::hashHex(bytes));
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("ArtefactManifest", "the manifest is empty"), path);
    const bool json = trimmed.front() == '{' || trimmed.front() == '[';
    auto entries = json ? parseBundleJson(bytes, path) : parseSums(bytes, path);
    if (!entries)
        return entries.error();
    m.fromSha256Sums = !json;
    m.entries = std::move(entries).value();
    return m;
}

Result<ArtefactManifest> ArtefactManifest::read(const QString& path) {
    auto bytes = SafeFile::read(path, 64 << 20);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

}  // namespace countersign
