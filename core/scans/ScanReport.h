#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "scans/Finding.h"

namespace countersign {

// A scanner report, read and normalised.
struct ScanReport {
    QString file;
    QString format;  // "trivy-json", "sarif", "pip-audit", "npm-audit-v2", "npm-audit-v1"
    QString tool;    // "trivy", "pip-audit", "npm-audit", or the SARIF driver name
    QString digest;  // SHA-256 hex of the file's bytes
    QList<Finding> findings;
    // Dependencies the scanner could not audit (pip-audit's skip_reason): "name: reason".
    QStringList skipped;
    // Trivy's ArtifactType ("container_image", "filesystem", ...); empty for other tools.
    QString artifactType;
    // What a container scan scanned: "sha256:<hex>" from Trivy's Metadata.RepoDigests (the part
    // after '@') and Metadata.ImageID. Bound to bundle.json's image.digest by the security gate.
    QStringList imageDigests;
    // True when the report covers nothing: SARIF without runs, Trivy without Results,
    // pip-audit without dependencies, npm audit that counted no dependencies. Such a report
    // is no evidence that anything was scanned (controls.json scanners.allow_empty).
    bool scannedNothing = false;
};

}  // namespace countersign
