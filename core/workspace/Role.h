#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// The role ids of docs/formats.md and their names for people.
class Role {
public:
    static QString modelOwner() { return QStringLiteral("model_owner"); }
    static QString riskOfficer() { return QStringLiteral("risk_officer"); }
    static QString securityEngineer() { return QStringLiteral("security_engineer"); }
    static QString opsLead() { return QStringLiteral("ops_lead"); }
    static QString riskCompliance() { return QStringLiteral("risk_compliance"); }
    static QString pipeline() { return QStringLiteral("pipeline"); }

    static QStringList all();  // in runbook order
    static bool isValid(const QString& id);
    static QString label(const QString& id);  // translated: "Risk Officer"; the id when unknown
};

}  // namespace countersign
