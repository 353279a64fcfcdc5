#include "scans/SarifParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include "common/JsonFile.h"

namespace countersign {

namespace {

// "Key: value" lines of a Trivy result message.
QHash<QString, QString> messageFields(const QString& text) {
    QHash<QString, QString> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon > 0)
            out.insert(line.left(colon).trimmed(), line.mid(colon + 2).trimmed());
        else if (line.startsWith(QLatin1String("Vulnerability ")))
            out.insert(QStringLiteral("Vulnerability"), line.mid(14).trimmed());
    }
    return out;
}

Severity levelSeverity(const QString& level) {
    if (level == QLatin1String("error"))
        return Severity::High;
    if (level == QLatin1String("warning"))
        return Severity::Medium;
    if (level == QLatin1String("note"))
        return Severity::Low;
    return Severity::Unknown;
}

}  // namespace

Result<ScanReport> SarifParser::parse(const QJsonObject& root, const QString& file) {
    JsonReader r(file, root);
    const QString version = r.string(QStringLiteral("version"));
    if (r.failed())
        return r.error();
    if (version != QLatin1String("2.1.0"))
        return Error::badInput(
            QCoreApplication::translate("SarifParser",
                                        "SARIF version %1 is not supported (expected 2.1.0)")
                .arg(version),
            file, QStringLiteral("/version"));
    const JsonReader runs = r.child(QStringLiteral("runs"));
    if (!r.failed() && !runs.value().isArray())
        runs.fail(QCoreApplication::translate("SarifParser", "expected an array of runs"));
    if (r.failed())
        return r.error();

    ScanReport report;
    report.file = file;
    report.format = QStringLiteral("sarif");
    // SARIF 2.1.0 (3.14.23): a run whose `results` is absent or null did not produce results
    // (the tool failed); an empty array means it found nothing. A report none of whose runs
    // has results scanned nothing.
    bool anyResults = false;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const JsonReader run = runs.at(i);
        const JsonReader driver = run.child(QStringLiteral("tool")).child(QStringLiteral("driver"));
        const QString driverName = driver.string(QStringLiteral("name"));
        if (r.failed())
            return r.error();
        const bool trivy = driverName.compare(QLatin1String("Trivy"), Qt::CaseInsensitive) == 0;
        const QString tool = trivy ? QStringLiteral("trivy") : driverName.toLower();
        report.tool = report.tool.isEmpty() ? tool : report.tool;

        QHash<QString, QJsonObject> rules;
        const JsonReader ruleList = driver.child(QStringLiteral("rules"), false);
        if (!ruleList.isNull() && !ruleList.value().isArray())
            ruleList.fail(QCoreApplication::translate("SarifParser", "expected an array of rules"));
        for (qsizetype k = 0; !r.failed() && k < ruleList.size(); ++k) {
            const JsonReader rule = ruleList.at(k);
            const QString id = rule.string(QStringLiteral("id"));
            rules.insert(id, rule.value().toObject());
        }
        if (r.failed())
            return r.error();

        const JsonReader results = run.child(QStringLiteral("results"), false);
        if (!results.isNull() && !results.value().isArray())
            results.fail(
                QCoreApplication::translate("SarifParser", "expected an array of results"));
        anyResults = anyResults || results.value().isArray();
        for (qsizetype k = 0; !r.failed() && k < results.size(); ++k) {
            const JsonReader res = results.at(k);
            Finding f;
            f.source = tool;
            f.file = file;
            f.id = res.string(QStringLiteral("ruleId"));
            const QString text =
                res.child(QStringLiteral("message")).string(QStringLiteral("text"), false);
            if (r.failed())
                break;
            const QJsonObject rule = rules.value(f.id);
            const QJsonObject props = rule.value(QStringLiteral("properties")).toObject();
            const QJsonArray tags = props.value(QStringLiteral("tags")).toArray();
            const auto fields = messageFields(text);

            // Kind: Trivy tags the rule with "vulnerability" / "misconfiguration" / "secret" /
            // "license".
            for (const QJsonValue& t : tags) {
                const QString tag = t.toString();
                if (tag == QLatin1String("misconfiguration") || tag == QLatin1String("secret") ||
                    tag == QLatin1String("license"))
                    f.kind = tag;
            }
            if (f.kind == QLatin1String("license"))
                continue;  // not a security finding

            // Severity: the result's own text first (a rule is shared by every package with
            // that id), then the rule's tag word, then its CVSS score, then the level.
            f.severity = severityFromText(fields.value(QStringLiteral("Severity")));
            for (qsizetype t = 0; f.severity == Severity::Unknown && t < tags.size(); ++t)
                f.severity = severityFromText(tags.at(t).toString());
            if (f.severity == Severity::Unknown) {
                const QJsonValue score = props.value(QStringLiteral("security-severity"));
                f.severity = severityFromScore(score.isDouble() ? QString::number(score.toDouble())
                                                                : score.toString());
            }
            if (f.severity == Severity::Unknown) {
                QString level = res.string(QStringLiteral("level"), false);
                if (level.isEmpty())
                    level = rule.value(QStringLiteral("defaultConfiguration"))
                                .toObject()
                                .value(QStringLiteral("level"))
                                .toString();
                // Trivy maps UNKNOWN to "note": without a severity word that stays unknown.
                if (!trivy)
                    f.severity = levelSeverity(level);
            }

            f.package = fields.value(QStringLiteral("Package"));
            f.installed = fields.value(QStringLiteral("Installed Version"));
            f.fixed = fields.value(QStringLiteral("Fixed Version"));
            f.title = rule.value(QStringLiteral("shortDescription"))
                          .toObject()
                          .value(QStringLiteral("text"))
                          .toString();
            if (f.title.isEmpty() || f.title == f.id) {
                const QString full = rule.value(QStringLiteral("fullDescription"))
                                         .toObject()
                                         .value(QStringLiteral("text"))
                                         .toString();
                f.title = full.isEmpty() ? text.section(QLatin1Char('\n'), 0, 0) : full.left(200);
            }
            const QJsonArray locations =
                res.value().toObject().value(QStringLiteral("locations")).toArray();
            if (!locations.isEmpty()) {
                const QJsonObject phys = locations.first()
                                             .toObject()
                                             .value(QStringLiteral("physicalLocation"))
                                             .toObject();
                f.target = phys.value(QStringLiteral("artifactLocation"))
                               .toObject()
                               .value(QStringLiteral("uri"))
                               .toString();
                const int line = phys.value(QStringLiteral("region"))
                                     .toObject()
                                     .value(QStringLiteral("startLine"))
                                     .toInt();
                if (f.kind != QLatin1String("vulnerability") && line > 0)
                    f.target += QStringLiteral(":%1").arg(line);
            }
            if (f.target.isEmpty())
                f.target = fields.value(QStringLiteral("Artifact"));
            report.findings.append(f);
        }
        if (r.failed())
            return r.error();
    }
    report.scannedNothing = !anyResults;
    if (report.tool.isEmpty())
        report.tool = QStringLiteral("sarif");
    return report;
}

}  // namespace countersign
