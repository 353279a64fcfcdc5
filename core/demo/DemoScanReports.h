#pragma once

#include <QJsonObject>
#include <QString>

namespace countersign {

// Scanner reports in the tools' real output formats, for a demo bundle's scans/ folder:
// Trivy JSON (SchemaVersion 2, `trivy image -f json`), pip-audit JSON (`pip-audit -f json`)
// and npm audit v2 (`npm audit --json`, auditReportVersion 2). The findings are real
// advisories; which ones appear depends on the plan (a CRITICAL one, or only low/medium).
class DemoScanReports {
public:
    struct Options {
        QString model, version;
        QString createdAt;       // ISO time the scan ran
        QString imageDigestHex;  // 64 hex, for the image id and repo digest
        bool critical = false;   // include a CRITICAL OS finding and a pip-audit advisory
    };
    static QJsonObject trivy(const Options& o);
    static QJsonObject pipAudit(const Options& o);
    static QJsonObject npmAudit(const Options& o);
    // The pinned Python requirements the pip-audit report audits (requirements.txt).
    static QByteArray requirementsTxt(const Options& o);
};

}  // namespace countersign
