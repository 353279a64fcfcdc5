#include "scans/NpmAuditParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "common/JsonFile.h"
#include "common/WholeNumber.h"

namespace countersign {

namespace {

// The GHSA id at the end of an advisory URL, if any.
// npm's numeric advisory id ("source" in v2, "id" in v1) as text: a whole number as an
// integer, any other number as JSON writes it (found by fuzzing: 1e127 as an id).
QString npmIdText(const QJsonValue& v) {
    if (!v.isDouble())
        return v.toString();
    if (const auto n = wholeNumber(v.toDouble()))
        return QString::number(*n);
    return QString::number(v.toDouble(), 'g', 17);
}

QString ghsaFromUrl(const QString& url) {
    static const QRegularExpression re(QStringLiteral("(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The dependency count npm audit reports in metadata (v2: dependencies.total, v1:
// totalDependencies); -1 when the report does not say.
qint64 dependencyCount(const QJsonObject& root) {
    const QJsonObject meta = root.value(QStringLiteral("metadata")).toObject();
    const QJsonValue v2 = meta.value(QStringLiteral("dependencies"));
    const QJsonValue total = v2.isObject() ? v2.toObject().value(QStringLiteral("total"))
                                           : meta.value(QStringLiteral("totalDependencies"));
    const auto n = total.isDouble() ? wholeNumber(total.toDouble()) : std::nullopt;
    return n && *n >= 0 ? *n : -1;
}

}  // namespace

Result<ScanReport> NpmAuditParser::parseV2(const QJsonObject& root, const QString& file) {
    JsonReader r(file, root);
    const qint64 version = r.integer(QStringLiteral("auditReportVersion"));
    if (r.failed())
        return r.error();
    if (version != 2)
        return Error::badInput(QCoreApplication::translate(
                                   "NpmAuditParser", "npm audit report version %1 is not supported")
                                   .arg(version),
                               file, QStringLiteral("/auditReportVersion"));
    ScanReport report;
    report.file = file;
    report.format = QStringLiteral("npm-audit-v2");
    report.tool = QStringLiteral("npm-audit");
    const JsonReader vulns = r.child(QStringLiteral("vulnerabilities"));
    if (!r.failed() && !vulns.value().isObject())
        vulns.fail(QCoreApplication::translate("NpmAuditParser",
                                               "expected an object of vulnerable packages"));
    if (r.failed())
        return r.error();
    const QJsonObject map = vulns.value().toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const JsonReader entry = vulns.child(it.key());
        const QString name = entry.string(QStringLiteral("name"), false).isEmpty()
                                 ? it.key()
                                 : entry.string(QStringLiteral("name"), false);
        const JsonReader via = entry.child(QStringLiteral("via"));
        if (!r.failed() && !via.value().isArray())
            via.fail(QCoreApplication::translate("NpmAuditParser", "expected an array"));
        // fixAvailable: false, true, or {name, version, isSemVerMajor}.
        QString fix;
        const QJsonValue fa = entry.value().toObject().value(QStringLiteral("fixAvailable"));
        if (fa.isObject()) {
            const QJsonObject o = fa.toObject();
            const QString fname = o.value(QStringLiteral("name")).toString();
            const QString fver = o.value(QStringLiteral("version")).toString();
            fix = fname == name ? fver : QStringLiteral("%1@%2").arg(fname, fver);
            if (o.value(QStringLiteral("isSemVerMajor")).toBool())
                fix += QCoreApplication::translate("NpmAuditParser", " (major)");
        } else if (fa.toBool()) {
            fix = QCoreApplication::translate("NpmAuditParser", "npm audit fix");
        }
        const QJsonArray nodes = entry.value().toObject().value(QStringLiteral("nodes")).toArray();
        const QString target = nodes.isEmpty() ? file : nodes.first().toString();
        for (qsizetype k = 0; !r.failed() && k < via.size(); ++k) {
            const JsonReader v = via.at(k);
            if (v.value().isString()) {
                // Reached through another vulnerable package, which must be in the report:
                // a name it does not list would hide that package's advisories.
                if (!map.contains(v.value().toString()))
                    v.fail(QCoreApplication::translate(
                               "NpmAuditParser",
                               "\"%1\" is cited as a vulnerable dependency but the report has "
                               "no entry for it under /vulnerabilities")
                               .arg(v.value().toString().left(100)));
                continue;
            }
            if (!v.value().isObject()) {
                v.fail(QCoreApplication::translate(
                    "NpmAuditParser", "expected an advisory object or a package name"));
                break;
            }
            Finding f;
            f.source = report.tool;
            f.file = file;
            f.package = v.string(QStringLiteral("name"), false);
            if (f.package.isEmpty())
                f.package = name;
            const QString url = v.string(QStringLiteral("url"), false);
            const QJsonValue src = v.value().toObject().value(QStringLiteral("source"));
            const QString npmId = npmIdText(src);
            f.id = ghsaFromUrl(url);
            if (f.id.isEmpty())
                f.id = npmId.isEmpty() ? url : QStringLiteral("NPM-%1").arg(npmId);
            else if (!npmId.isEmpty())
                f.aliases << QStringLiteral("NPM-%1").arg(npmId);
            f.severity = severityFromText(v.string(QStringLiteral("severity"), false));
            f.title = v.string(QStringLiteral("title"), false);
            f.range = v.string(QStringLiteral("range"), false);
            f.fixed = fix;
            f.target = target;
            report.findings.append(f);
        }
        if (r.failed())
            return r.error();
    }
    report.scannedNothing = map.isEmpty() && dependencyCount(root) == 0;
    return report;
}

Result<ScanReport> NpmAuditParser::parseV1(const QJsonObject& root, const QString& file) {
    JsonReader r(file, root);
    const JsonReader advisories = r.child(QStringLiteral("advisories"));
    if (!r.failed() && !advisories.value().isObject())
        advisories.fail(
            QCoreApplication::translate("NpmAuditParser", "expected an object of advisories"));
    if (r.failed())
        return r.error();
    ScanReport report;
    report.file = file;
    report.format = QStringLiteral("npm-audit-v1");
    report.tool = QStringLiteral("npm-audit");
    const QJsonObject map = advisories.value().toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const JsonReader a = advisories.child(it.key());
        Finding base;
        base.source = report.tool;
        base.file = file;
        base.package = a.string(QStringLiteral("module_name"));
        base.severity = severityFromText(a.string(QStringLiteral("severity"), false));
        base.title = a.string(QStringLiteral("title"), false);
        base.range = a.string(QStringLiteral("vulnerable_versions"), false);
        base.fixed = a.string(QStringLiteral("patched_versions"), false);
        if (base.fixed == QLatin1String("<0.0.0"))
            base.fixed.clear();  // npm's "no fix"
        const QJsonValue idv = a.value().toObject().value(QStringLiteral("id"));
        const QString npmId = idv.isDouble() ? npmIdText(idv) : it.key();
        const QString ghsa = a.string(QStringLiteral("github_advisory_id"), false);
        base.id = !ghsa.isEmpty() ? ghsa : ghsaFromUrl(a.string(QStringLiteral("url"), false));
        if (base.id.isEmpty())
            base.id = QStringLiteral("NPM-%1").arg(npmId);
        else
            base.aliases << QStringLiteral("NPM-%1").arg(npmId);
        if (a.has(QStringLiteral("cves")))
            base.aliases << a.stringList(QStringLiteral("cves"), false);
        const JsonReader findings = a.child(QStringLiteral("findings"), false);
        if (r.failed())
            return r.error();
        if (findings.size() == 0) {
            base.target = file;
            report.findings.append(base);
            continue;
        }
        for (qsizetype k = 0; !r.failed() && k < findings.size(); ++k) {
            const JsonReader fnd = findings.at(k);
            Finding f = base;
            f.installed = fnd.string(QStringLiteral("version"), false);
            const QStringList paths = fnd.stringList(QStringLiteral("paths"), false);
            f.target = paths.isEmpty() ? file : paths.first();
            report.findings.append(f);
        }
        if (r.failed())
            return r.error();
    }
    report.scannedNothing = map.isEmpty() && dependencyCount(root) == 0;
    return report;
}

}  // namespace countersign
