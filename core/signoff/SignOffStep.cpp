#include "signoff/SignOffStep.h"

#include <QCoreApplication>

namespace countersign {

QStringList SignOffStep::all() {
    return {QStringLiteral("risk"),    QStringLiteral("security"),
            QStringLiteral("ops"),     QStringLiteral("risk_compliance"),
            QStringLiteral("release"), QStringLiteral("rollback"),
            QStringLiteral("hotfix"),  QStringLiteral("deploy")};
}

bool SignOffStep::isValid(const QString& step) {
    return all().contains(step);
}

QString SignOffStep::requiredRole(const QString& step) {
    if (step == QLatin1String("risk"))
        return QStringLiteral("risk_officer");
    if (step == QLatin1String("security"))
        return QStringLiteral("security_engineer");
    if (step == QLatin1String("ops") || step == QLatin1String("rollback"))
        return QStringLiteral("ops_lead");
    if (step == QLatin1String("risk_compliance"))
        return QStringLiteral("risk_compliance");
    return {};
}

QStringList SignOffStep::allowedRoles(const QString& step) {
    if (step == QLatin1String("release"))
        return {QStringLiteral("ops_lead"), QStringLiteral("risk_officer"),
                QStringLiteral("security_engineer"), QStringLiteral("risk_compliance")};
    if (step == QLatin1String("hotfix"))
        return {QStringLiteral("ops_lead"), QStringLiteral("risk_officer")};
    if (step == QLatin1String("deploy"))
        return {QStringLiteral("ops_lead"), QStringLiteral("pipeline")};
    const QString role = requiredRole(step);
    return role.isEmpty() ? QStringList() : QStringList{role};
}

QString SignOffStep::label(const QString& step) {
    if (step == QLatin1String("risk"))
        return QCoreApplication::translate("SignOffStep", "Risk review");
    if (step == QLatin1String("security"))
        return QCoreApplication::translate("SignOffStep", "Security validation");
    if (step == QLatin1String("ops"))
        return QCoreApplication::translate("SignOffStep", "Operations approval");
    if (step == QLatin1String("risk_compliance"))
        return QCoreApplication::translate("SignOffStep", "Risk & Compliance approval");
    if (step == QLatin1String("release"))
        return QCoreApplication::translate("SignOffStep", "Deployment approval");
    if (step == QLatin1String("rollback"))
        return QCoreApplication::translate("SignOffStep", "Rollback");
    if (step == QLatin1String("hotfix"))
        return QCoreApplication::translate("SignOffStep", "Hotfix request");
    if (step == QLatin1String("deploy"))
        return QCoreApplication::translate("SignOffStep", "Deployment");
    return step;
}

QStringList SignOffStep::decisions() {
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("override")};
}

bool SignOffStep::isDecision(const QString& decision) {
    return decisions().contains(decision);
}

bool SignOffStep::needsJustification(const QString& step, const QString& decision) {
    return step == QLatin1String("hotfix") || step == QLatin1String("rollback") ||
           needsJustification(decision);
}

bool SignOffStep::needsJustification(const QString& decision) {
    return decision == QLatin1String("reject") || decision == QLatin1String("override");
}

QString SignOffStep::decisionLabel(const QString& decision) {
    if (decision == QLatin1String("approve"))
        return QCoreApplication::translate("SignOffStep", "Approve");
    if (decision == QLatin1String("reject"))
        return QCoreApplication::translate("SignOffStep", "Reject");
    if (decision == QLatin1String("override"))
        return QCoreApplication::translate("SignOffStep", "Override");
    return decision;
}

}  // namespace countersign
