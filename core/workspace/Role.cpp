#include "workspace/Role.h"

#include <QCoreApplication>

namespace countersign {

QStringList Role::all() {
    return {modelOwner(), riskOfficer(),    securityEngineer(),
            opsLead(),    riskCompliance(), pipeline()};
}

bool Role::isValid(const QString& id) {
    return all().contains(id);
}

QStringList Role::approvers() {
    return {opsLead(), riskOfficer(), securityEngineer(), riskCompliance()};
}

bool Role::isApprover(const QString& id) {
    return approvers().contains(id);
}

QString Role::label(const QString& id) {
    if (id == modelOwner())
        return QCoreApplication::translate("Role", "Model Owner");
    if (id == riskOfficer())
        return QCoreApplication::translate("Role", "Risk Officer");
    if (id == securityEngineer())
        return QCoreApplication::translate("Role", "Security Engineer");
    if (id == opsLead())
        return QCoreApplication::translate("Role", "Ops Lead");
    if (id == riskCompliance())
        return QCoreApplication::translate("Role", "Risk & Compliance");
    if (id == pipeline())
        return QCoreApplication::translate("Role", "ml-guardrails pipeline");
    if (id == QLatin1String("*"))
        return QCoreApplication::translate("Role", "any approver");
    return id;
}

}  // namespace countersign
