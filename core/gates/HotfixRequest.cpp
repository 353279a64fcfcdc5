#include "gates/HotfixRequest.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "common/SourceTextScope.h"
#include "workspace/Role.h"

namespace countersign {

QStringList hotfixRoles() {
    return {Role::opsLead(), Role::riskOfficer()};
}

QString hotfixRoleOf(const QStringList& operatorRoles, const QString& preferred) {
    if (hotfixRoles().contains(preferred) && operatorRoles.contains(preferred))
        return preferred;
    for (const QString& role : operatorRoles)
        if (hotfixRoles().contains(role))
            return role;
    return {};
}

Result<QString> driftHotfixReason(const GateResult& drift) {
    if (drift.gate != QLatin1String("drift"))
        return Error::badInput(
            QCoreApplication::translate("HotfixRequest",
                                        "a hotfix request needs a drift gate result, not \"%1\"")
                .arg(drift.gate));
    const double breach = drift.thresholds.value(QStringLiteral("drift_psi_breach")).toDouble(0.2);
    QString worst;
    double worstPsi = -1;
    int breached = 0;
    for (const QJsonValue& v : drift.measured.value(QStringLiteral("features")).toArray()) {
        const QJsonObject f = v.toObject();
        const QJsonValue psi = f.value(QStringLiteral("psi"));
        if (!psi.isDouble() || psi.toDouble() <= breach)
            continue;
        ++breached;
        if (psi.toDouble() > worstPsi) {
            worstPsi = psi.toDouble();
            worst = f.value(QStringLiteral("name")).toString();
        }
    }
    if (breached == 0)
        return Error::checkFailed(
            QCoreApplication::translate("HotfixRequest",
                                        "no feature breaches PSI > %1: no hotfix to request")
                .arg(breach));
    const SourceTextScope english;  // the signed reason is in the source language
    return QCoreApplication::translate("HotfixRequest",
                                       "drift: PSI %1 on %2 > %3 (%4 of the "
                                       "features breach; drift result sha256 %5)")
        .arg(QString::number(worstPsi, 'f', 3), worst, QString::number(breach))
        .arg(breached)
        .arg(drift.digest());
}

}  // namespace countersign
