#include "scans/ScannerKind.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace countersign {

QString ScannerKind::of(const ScanReport& report) {
    if (report.format == QLatin1String("trivy-json"))
        return report.artifactType == QLatin1String("container_image")
                   ? QStringLiteral("trivy-image")
                   : QStringLiteral("trivy-fs");
    if (report.format == QLatin1String("sarif"))
        return QStringLiteral("sarif:") + report.tool.toLower();
    if (report.format.startsWith(QLatin1String("npm-audit")))
        return QStringLiteral("npm-audit");
    return report.format;  // "pip-audit"
}

QStringList ScannerKind::fixedIds() {
    return {QStringLiteral("trivy-image"), QStringLiteral("trivy-fs"), QStringLiteral("pip-audit"),
            QStringLiteral("npm-audit")};
}

bool ScannerKind::isKnown(const QString& id) {
    static const QRegularExpression sarif(QStringLiteral("^sarif:[a-z0-9._-]+$"));
    return fixedIds().contains(id) || sarif.match(id).hasMatch();
}

QString ScannerKind::describe(const QString& id) {
    QString what;
    if (id == QLatin1String("trivy-image"))
        what = QCoreApplication::translate("ScannerKind", "a Trivy container image scan");
    else if (id == QLatin1String("trivy-fs"))
        what = QCoreApplication::translate("ScannerKind", "a Trivy filesystem scan");
    else if (id == QLatin1String("pip-audit"))
        what = QCoreApplication::translate("ScannerKind", "a pip-audit report");
    else if (id == QLatin1String("npm-audit"))
        what = QCoreApplication::translate("ScannerKind", "an npm audit report");
    else
        what = QCoreApplication::translate("ScannerKind", "a SARIF report by %1").arg(id.mid(6));
    return QStringLiteral("%1 (%2)").arg(what, id);
}

}  // namespace countersign
