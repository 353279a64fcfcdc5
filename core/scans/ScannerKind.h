#pragma once

#include <QString>
#include <QStringList>

#include "scans/ScanReport.h"

namespace countersign {

// The kind of scan a report is, as controls.json "scanners.required" names it:
//   "trivy-image"  Trivy JSON of a container image (ArtifactType "container_image")
//   "trivy-fs"     Trivy JSON of anything else (filesystem, repository, rootfs, ...)
//   "pip-audit"    pip-audit JSON
//   "npm-audit"    npm audit JSON, report version 1 or 2
//   "sarif:<tool>" SARIF written by <tool> (the run's driver name, lower case)
class ScannerKind {
public:
    static QString of(const ScanReport& report);
    // One of the ids above (a "sarif:" id needs a tool name of [a-z0-9._-]).
    static bool isKnown(const QString& id);
    // "a Trivy container image scan (trivy-image)", for messages.
    static QString describe(const QString& id);
    static QStringList fixedIds();  // the ids other than "sarif:<tool>"
};

}  // namespace countersign
