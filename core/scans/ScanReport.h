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
};

}  // namespace countersign
