#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// The role ids of docs/formats.md and their names for people: the one table of roles (the
// ids are written into rosters, records and envelopes, and never change).
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
    // The roles that sign steps: ops_lead, risk_officer, security_engineer, risk_compliance
    // (not model_owner, not pipeline). They may approve a deployment where controls.json's
    // "deployment_roles" says "*".
    static QStringList approvers();
    static bool isApprover(const QString& id);
    // Translated: "Risk Officer"; "any approver" for "*"; the id when unknown.
    static QString label(const QString& id);
};

}  // namespace countersign
