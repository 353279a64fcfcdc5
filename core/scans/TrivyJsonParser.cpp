#include "scans/TrivyJsonParser.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "common/JsonFile.h"

namespace countersign {

Result<ScanReport> TrivyJsonParser::parse(const QJsonObject& root, const QString& file) {
    JsonReader r(file, root);
    const qint64 schema = r.integer(QStringLiteral("SchemaVersion"));
    if (r.failed())
        return r.error();
    if (schema != 2)
        return Error::badInput(
            QCoreApplication::translate(
                "TrivyJsonParser", "Trivy JSON schema version %1 is not supported (expected 2)")
                .arg(schema),
            file, QStringLiteral("/SchemaVersion"));
    ScanReport report;
    report.file = file;
    report.format = QStringLiteral("trivy-json");
    report.tool = QStringLiteral("trivy");
    report.artifactType = r.string(QStringLiteral("ArtifactType"), false);
    if (r.has(QStringLiteral("Metadata"))) {
        const JsonReader meta = r.child(QStringLiteral("Metadata"));
        // "registry/repo@sha256:<hex>": the manifest digest the image was pulled by.
        for (const QString& repoDigest : meta.stringList(QStringLiteral("RepoDigests"), false)) {
            const qsizetype at = repoDigest.lastIndexOf(QLatin1Char('@'));
            if (at >= 0)
                report.imageDigests << repoDigest.mid(at + 1);
        }
        const QString imageId = meta.string(QStringLiteral("ImageID"), false);
        if (!imageId.isEmpty())
            report.imageDigests << imageId;
    }
    if (r.failed())
        return r.error();
    if (!r.has(QStringLiteral("Results")) || root.value(QStringLiteral("Results")).isNull()) {
        report.scannedNothing = true;  // Trivy omits Results when it found nothing to scan
        return report;
    }
    const JsonReader results = r.child(QStringLiteral("Results"));
    if (!results.value().isArray()) {
        results.fail(
            QCoreApplication::translate("TrivyJsonParser", "expected an array of results"));
        return r.error();
    }
    report.scannedNothing = results.size() == 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const JsonReader res = results.at(i);
        const QString target = res.string(QStringLiteral("Target"));
        auto list = [&](const QString& key) {
            const JsonReader l = res.child(key, false);
            if (!l.isNull() && !l.value().isArray())
                l.fail(QCoreApplication::translate("TrivyJsonParser", "expected an array"));
            return l;
        };
        const JsonReader vulns = list(QStringLiteral("Vulnerabilities"));
        for (qsizetype k = 0; !r.failed() && k < vulns.size(); ++k) {
            const JsonReader v = vulns.at(k);
            Finding f;
            f.source = report.tool;
            f.file = file;
            f.target = target;
            f.id = v.string(QStringLiteral("VulnerabilityID"));
            f.package = v.string(QStringLiteral("PkgName"));
            f.installed = v.string(QStringLiteral("InstalledVersion"), false);
            f.fixed = v.string(QStringLiteral("FixedVersion"), false);
            f.severity = severityFromText(v.string(QStringLiteral("Severity"), false));
            f.title = v.string(QStringLiteral("Title"), false);
            if (f.title.isEmpty())
                f.title = v.string(QStringLiteral("Description"), false).left(200);
            if (v.has(QStringLiteral("VendorIDs")))
                f.aliases = v.stringList(QStringLiteral("VendorIDs"), false);
            report.findings.append(f);
        }
        const JsonReader misconfs = list(QStringLiteral("Misconfigurations"));
        for (qsizetype k = 0; !r.failed() && k < misconfs.size(); ++k) {
            const JsonReader m = misconfs.at(k);
            const QString status = m.string(QStringLiteral("Status"), false);
            if (!status.isEmpty() && status != QLatin1String("FAIL"))
                continue;  // PASS, EXCEPTION
            Finding f;
            f.source = report.tool;
            f.file = file;
            f.kind = QStringLiteral("misconfiguration");
            f.target = target;
            f.id = m.string(QStringLiteral("ID"));
            const QString avd = m.string(QStringLiteral("AVDID"), false);
            if (!avd.isEmpty() && avd != f.id)
                f.aliases << avd;
            f.severity = severityFromText(m.string(QStringLiteral("Severity"), false));
            f.title = m.string(QStringLiteral("Title"), false);
            const QString message = m.string(QStringLiteral("Message"), false);
            if (!message.isEmpty())
                f.title += QStringLiteral(": ") + message;
            report.findings.append(f);
        }
        const JsonReader secrets = list(QStringLiteral("Secrets"));
        for (qsizetype k = 0; !r.failed() && k < secrets.size(); ++k) {
            const JsonReader s = secrets.at(k);
            Finding f;
            f.source = report.tool;
            f.file = file;
            f.kind = QStringLiteral("secret");
            f.id = s.string(QStringLiteral("RuleID"));
            f.severity = severityFromText(s.string(QStringLiteral("Severity"), false));
            f.title =
                s.string(QStringLiteral("Title"), false);  // never the match: it holds the secret
            const qint64 line = s.integer(QStringLiteral("StartLine"), false, 0);
            f.target = line > 0 ? QStringLiteral("%1:%2").arg(target).arg(line) : target;
            report.findings.append(f);
        }
        if (r.failed())
            return r.error();
    }
    if (r.failed())
        return r.error();
    return report;
}

}  // namespace countersign
