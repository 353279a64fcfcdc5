#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "scans/Severity.h"

namespace countersign {

// One problem a scanner reported, in the same shape whatever the scanner.
struct Finding {
    QString source;  // "trivy", "pip-audit", "npm-audit", or a SARIF driver's name
    QString kind = QStringLiteral("vulnerability");  // or "misconfiguration", "secret"
    QString id;                                      // CVE-…, GHSA-…, PYSEC-…, DS002, …
    QStringList aliases;                             // other ids of the same advisory
    QString package;                                 // empty for misconfigurations and secrets
    QString installed;                               // empty when the report does not say (npm v2)
    QString fixed;                                   // fixed version(s), empty when none
    QString range;                                   // vulnerable range when the report gives it
    Severity severity = Severity::Unknown;
    QString title;
    QString target;  // the scanned target (image, lock file, file:line)
    QString file;    // the report it came from
    // After merging: every scanner and report that reported it.
    QStringList sources;
    QStringList files;

    // Every id (id + aliases), upper-cased, for matching.
    QStringList allIds() const;
    // The package name compared across ecosystems: lower case, runs of "-_." as "-".
    static QString normalizePackage(const QString& name);

    QJsonObject toJson() const;
};

}  // namespace countersign
