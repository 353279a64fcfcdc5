#include "scans/ScanParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "common/JsonFile.h"
#include "common/SafeFile.h"
#include "crypto/Sha256.h"
#include "scans/NpmAuditParser.h"
#include "scans/PipAuditParser.h"
#include "scans/SarifParser.h"
#include "scans/TrivyJsonParser.h"

namespace countersign {

namespace {

Result<ScanReport> dispatch(const QJsonDocument& doc, const QString& file) {
    if (doc.isArray()) {
        const QJsonArray a = doc.array();
        if (PipAuditParser::looksLikeLegacy(a))
            return PipAuditParser::parse(doc, file);
        if (!a.isEmpty() && a.first().toObject().contains(QStringLiteral("Target")))
            return Error::badInput(
                QCoreApplication::translate("ScanParser",
                                            "a Trivy report in the old schema 1 format; rerun "
                                            "Trivy (schema 2 is expected)"),
                file);
        return Error::badInput(
            QCoreApplication::translate("ScanParser", "a JSON array no supported scanner writes"),
            file, QStringLiteral("/"));
    }
    const QJsonObject o = doc.object();
    if (o.contains(QStringLiteral("error"))) {
        const QJsonValue e = o.value(QStringLiteral("error"));
        QString text =
            e.isObject() ? e.toObject().value(QStringLiteral("summary")).toString() : e.toString();
        if (e.isObject() && text.isEmpty())
            text = e.toObject().value(QStringLiteral("code")).toString();
        return Error::badInput(
            QCoreApplication::translate("ScanParser",
                                        "the scanner reported an error instead of results: %1")
                .arg(text),
            file, QStringLiteral("/error"));
    }
    if (o.contains(QStringLiteral("SchemaVersion")))
        return TrivyJsonParser::parse(o, file);
    if (o.contains(QStringLiteral("runs")) && o.contains(QStringLiteral("version")))
        return SarifParser::parse(o, file);
    if (o.contains(QStringLiteral("auditReportVersion")))
        return NpmAuditParser::parseV2(o, file);
    if (o.contains(QStringLiteral("advisories")))
        return NpmAuditParser::parseV1(o, file);
    if (o.contains(QStringLiteral("dependencies")) &&
        o.value(QStringLiteral("dependencies")).isArray())
        return PipAuditParser::parse(doc, file);
    return Error::badInput(
        QCoreApplication::translate(
            "ScanParser",
            "not a report of a supported scanner (Trivy JSON or SARIF, pip-audit, npm audit)"),
        file, QStringLiteral("/"));
}

}  // namespace

Result<ScanReport> ScanParser::parse(const QByteArray& bytes, const QString& file) {
    auto doc = JsonFile::parse(bytes, file);
    if (!doc)
        return doc.error();
    auto report = dispatch(*doc, file);
    if (!report)
        return report.error();
    report->digest = QString::fromLatin1(Sha256::hashHex(bytes));
    return report;
}

Result<ScanReport> ScanParser::read(const QString& path) {
    auto bytes = SafeFile::read(path, maxReportBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

Result<ScanReport> ScanParser::readInside(const QString& root, const QString& relative) {
    auto file = SafeFile::openInside(root, relative);
    if (!file)
        return file.error();
    auto bytes = file->readAll(maxReportBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, file->path());
}

}  // namespace countersign
