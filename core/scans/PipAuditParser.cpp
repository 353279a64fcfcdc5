#include "scans/PipAuditParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "common/JsonFile.h"

namespace countersign {

bool PipAuditParser::looksLikeLegacy(const QJsonArray& array) {
    if (array.isEmpty())
        return false;
    const QJsonObject first = array.first().toObject();
    return first.contains(QStringLiteral("name")) &&
           (first.contains(QStringLiteral("vulns")) ||
            first.contains(QStringLiteral("skip_reason")));
}

Result<ScanReport> PipAuditParser::parse(const QJsonDocument& doc, const QString& file) {
    ScanReport report;
    report.file = file;
    report.format = QStringLiteral("pip-audit");
    report.tool = QStringLiteral("pip-audit");

    JsonReader root(file, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    JsonReader deps = doc.isArray() ? root : root.child(QStringLiteral("dependencies"));
    if (!root.failed() && !deps.value().isArray())
        deps.fail(
            QCoreApplication::translate("PipAuditParser", "expected an array of dependencies"));

    // "fixes" names the version pip-audit would upgrade to.
    QHash<QString, QString> upgrades;
    if (doc.isObject() && root.has(QStringLiteral("fixes"))) {
        const JsonReader fixes = root.child(QStringLiteral("fixes"));
        for (qsizetype i = 0; !root.failed() && i < fixes.size(); ++i) {
            const JsonReader fx = fixes.at(i);
            const QString name = fx.string(QStringLiteral("name"));
            const QString to = fx.string(QStringLiteral("new_version"), false);
            if (!to.isEmpty())
                upgrades.insert(Finding::normalizePackage(name), to);
        }
    }
    for (qsizetype i = 0; !root.failed() && i < deps.size(); ++i) {
        const JsonReader d = deps.at(i);
        const QString name = d.string(QStringLiteral("name"));
        const QString skip = d.string(QStringLiteral("skip_reason"), false);
        if (!skip.isEmpty()) {
            report.skipped << QStringLiteral("%1: %2").arg(name, skip);
            continue;
        }
        const QString version = d.string(QStringLiteral("version"));
        const JsonReader vulns = d.child(QStringLiteral("vulns"));
        if (!root.failed() && !vulns.value().isArray())
            vulns.fail(QCoreApplication::translate("PipAuditParser",
                                                   "expected an array of vulnerabilities"));
        for (qsizetype k = 0; !root.failed() && k < vulns.size(); ++k) {
            const JsonReader v = vulns.at(k);
            Finding f;
            f.source = report.tool;
            f.file = file;
            f.package = name;
            f.installed = version;
            f.target = file;
            f.id = v.string(QStringLiteral("id"));
            f.fixed =
                v.stringList(QStringLiteral("fix_versions"), false).join(QStringLiteral(", "));
            if (f.fixed.isEmpty())
                f.fixed = upgrades.value(Finding::normalizePackage(name));
            if (v.has(QStringLiteral("aliases")))
                f.aliases = v.stringList(QStringLiteral("aliases"), false);
            const QString description = v.string(QStringLiteral("description"), false);
            f.title = description.section(QLatin1Char('\n'), 0, 0).left(200);
            report.findings.append(f);
        }
    }
    if (root.failed())
        return root.error();
    report.scannedNothing = deps.size() == 0;
    return report;
}

}  // namespace countersign
