#include "signoff/SignOffStep.h"

#include <QCoreApplication>

namespace countersign {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("SignOffStep", s);
}
}  // namespace

QStringList SignOffStep::all() {
    return {QStringLiteral("risk"),    QStringLiteral("security"),
            QStringLiteral("ops"),     QStringLiteral("risk_compliance"),
            QStringLiteral("release"), QStringLiteral("rollback")};
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
    const QString role = requiredRole(step);
    return role.isEmpty() ? QStringList() : QStringList{role};
}

QString SignOffStep::label(const QString& step) {
    if (step == QLatin1String("risk"))
        return tr("Risk review");
    if (step == QLatin1String("security"))
        return tr("Security validation");
    if (step == QLatin1String("ops"))
        return tr("Operations approval");
    if (step == QLatin1String("risk_compliance"))
        return tr("Risk & Compliance approval");
    if (step == QLatin1String("release"))
        return tr("Deployment approval");
    if (step == QLatin1String("rollback"))
        return tr("Rollback");
    return step;
}

QStringList SignOffStep::decisions() {
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("override")};
}

bool SignOffStep::isDecision(const QString& decision) {
    return decisions().contains(decision);
}

bool SignOffStep::needsJustification(const QString& decision) {
    return decision == QLatin1String("reject") || decision == QLatin1String("override");
}

QString SignOffStep::decisionLabel(const QString& decision) {
    if (decision == QLatin1String("approve"))
        return tr("Approve");
    if (decision == QLatin1String("reject"))
        return tr("Reject");
    if (decision == QLatin1String("override"))
        return tr("Override");
    return decision;
}

}  // namespace countersign
