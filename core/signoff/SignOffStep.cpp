#include "signoff/SignOffStep.h"

#include <QCoreApplication>

#include "workspace/Role.h"

namespace countersign {

QStringList SignOffStep::all() {
    return {risk(), security(), ops(), riskCompliance(), release(), rollback(), hotfix(), deploy()};
}

bool SignOffStep::isValid(const QString& step) {
    return all().contains(step);
}

QString SignOffStep::requiredRole(const QString& step) {
    if (step == risk())
        return Role::riskOfficer();
    if (step == security())
        return Role::securityEngineer();
    if (step == ops() || step == rollback())
        return Role::opsLead();
    if (step == riskCompliance())
        return Role::riskCompliance();
    return {};
}

QStringList SignOffStep::allowedRoles(const QString& step) {
    if (step == release())
        return Role::approvers();
    if (step == hotfix())
        return {Role::opsLead(), Role::riskOfficer()};
    if (step == deploy())
        return {Role::opsLead(), Role::pipeline()};
    const QString role = requiredRole(step);
    return role.isEmpty() ? QStringList() : QStringList{role};
}

QString SignOffStep::label(const QString& step) {
    if (step == risk())
        return QCoreApplication::translate("SignOffStep", "Risk review");
    if (step == security())
        return QCoreApplication::translate("SignOffStep", "Security validation");
    if (step == ops())
        return QCoreApplication::translate("SignOffStep", "Operations approval");
    if (step == riskCompliance())
        return QCoreApplication::translate("SignOffStep", "Risk & Compliance approval");
    if (step == release())
        return QCoreApplication::translate("SignOffStep", "Deployment approval");
    if (step == rollback())
        return QCoreApplication::translate("SignOffStep", "Rollback");
    if (step == hotfix())
        return QCoreApplication::translate("SignOffStep", "Hotfix request");
    if (step == deploy())
        return QCoreApplication::translate("SignOffStep", "Deployment");
    return step;
}

QStringList SignOffStep::decisions() {
    return {Decision::approve(), Decision::reject(), Decision::override_()};
}

bool SignOffStep::isDecision(const QString& decision) {
    return decisions().contains(decision);
}

bool SignOffStep::needsJustification(const QString& step, const QString& decision) {
    return step == hotfix() || step == rollback() || needsJustification(decision);
}

bool SignOffStep::needsJustification(const QString& decision) {
    return decision == Decision::reject() || decision == Decision::override_();
}

QString SignOffStep::decisionLabel(const QString& decision) {
    if (decision == Decision::approve())
        return QCoreApplication::translate("SignOffStep", "Approve");
    if (decision == Decision::reject())
        return QCoreApplication::translate("SignOffStep", "Reject");
    if (decision == Decision::override_())
        return QCoreApplication::translate("SignOffStep", "Override");
    return decision;
}

}  // namespace countersign
