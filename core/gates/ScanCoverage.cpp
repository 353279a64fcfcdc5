#include "gates/ScanCoverage.h"

#include <QCoreApplication>

#include "scans/ScannerKind.h"

namespace countersign {

namespace {

QString whatItLacks(const ScanReport& r) {
    if (r.format == QLatin1String("sarif"))
        return QCoreApplication::translate("ScanCoverage", "a SARIF log without runs");
    if (r.format == QLatin1String("trivy-json"))
        return QCoreApplication::translate("ScanCoverage", "a Trivy report without Results");
    if (r.format == QLatin1String("pip-audit"))
        return QCoreApplication::translate("ScanCoverage",
                                           "a pip-audit report without dependencies");
    return QCoreApplication::translate("ScanCoverage",
                                       "an npm audit report that counted no dependencies");
}

}  // namespace

QList<Error> ScanCoverage::check(const QList<ScanReport>& reports,
                                 const Controls::Scanners& scanners,
                                 const std::optional<QString>& declaredImageDigest,
                                 const QString& controlsPath) {
    QList<Error> out;
    QStringList present;  // kinds of the reports that scanned something (or may be empty)
    for (const ScanReport& r : reports) {
        if (r.scannedNothing && !scanners.allowEmpty) {
            out.append(Error::checkFailed(
                QCoreApplication::translate("ScanCoverage",
                                            "the report scanned nothing (%1): an empty report is "
                                            "no evidence of a scan (controls.json "
                                            "/scanners/allow_empty is false)")
                    .arg(whatItLacks(r)),
                r.file));
            continue;
        }
        present << ScannerKind::of(r);
        if (!declaredImageDigest || ScannerKind::of(r) != QLatin1String("trivy-image"))
            continue;
        if (declaredImageDigest->isEmpty()) {
            out.append(Error::checkFailed(
                QCoreApplication::translate(
                    "ScanCoverage",
                    "a container image scan, but bundle.json declares no image digest "
                    "(/image/digest) to bind it to"),
                r.file));
        } else if (!r.imageDigests.contains(*declaredImageDigest)) {
            out.append(Error::checkFailed(
                QCoreApplication::translate(
                    "ScanCoverage",
                    "the scan is of image %1, but bundle.json declares image %2 (/image/digest)")
                    .arg(r.imageDigests.isEmpty()
                             ? QCoreApplication::translate("ScanCoverage", "<no digest>")
                             : r.imageDigests.join(QStringLiteral(", ")),
                         *declaredImageDigest),
                r.file));
        }
    }
    if (!declaredImageDigest)
        return out;  // reports given by hand: nothing says which scans the bundle needs
    for (const QStringList& anyOf : scanners.required) {
        bool met = false;
        for (const QString& kind : anyOf) met = met || present.contains(kind);
        if (met)
            continue;
        QStringList names;
        for (const QString& kind : anyOf) names << ScannerKind::describe(kind);
        out.append(Error::checkFailed(
            QCoreApplication::translate("ScanCoverage", "required scan missing: %1")
                .arg(names.join(QCoreApplication::translate("ScanCoverage", " or "))),
            controlsPath, QStringLiteral("/scanners/required")));
    }
    return out;
}

}  // namespace countersign
