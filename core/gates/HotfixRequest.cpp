#include "gates/HotfixRequest.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "audit/AuditStore.h"
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

Result<AuditEntry> hotfixRequestEntry(const QString& actor, const QString& role,
                                      const QString& bundleId, const GateResult& drift,
                                      const QString& note) {
    if (drift.gate != QLatin1String("drift"))
        return Error::badInput(
            QCoreApplication::translate("HotfixRequest",
                                        "a hotfix request needs a drift gate result, not \"%1\"")
                .arg(drift.gate));
    const double breach = drift.thresholds.value(QStringLiteral("drift_psi_breach")).toDouble(0.2);
    QJsonArray features;
    QString worst;
    double worstPsi = -1;
    for (const QJsonValue& v : drift.measured.value(QStringLiteral("features")).toArray()) {
        const QJsonObject f = v.toObject();
        const QJsonValue psi = f.value(QStringLiteral("psi"));
        if (!psi.isDouble() || psi.toDouble() <= breach)
            continue;
        features.append(QJsonObject{{QStringLiteral("name"), f.value(QStringLiteral("name"))},
                                    {QStringLiteral("psi"), psi}});
        if (psi.toDouble() > worstPsi) {
            worstPsi = psi.toDouble();
            worst = f.value(QStringLiteral("name")).toString();
        }
    }
    if (features.isEmpty())
        return Error::checkFailed(
            QCoreApplication::translate("HotfixRequest",
                                        "no feature breaches PSI > %1: no hotfix to request")
                .arg(breach));
    if (!hotfixRoles().contains(role))
        return Error::checkFailed(
            QCoreApplication::translate("HotfixRequest",
                                        "a hotfix is requested as Ops Lead or Risk Officer, not as "
                                        "%1")
                .arg(Role::label(role)));
    const SourceTextScope english;  // the record's reason is in the source language
    QJsonObject payload{
        {QStringLiteral("reason"),
         QCoreApplication::translate("HotfixRequest", "drift: PSI %1 on %2 > %3")
             .arg(QString::number(worstPsi, 'f', 3), worst, QString::number(breach))},
        {QStringLiteral("gate"), QStringLiteral("drift")},
        {QStringLiteral("feature"), worst},
        {QStringLiteral("psi"), worstPsi},
        {QStringLiteral("features"), features},
        {QStringLiteral("threshold"), breach},
        {QStringLiteral("gate_digest"), drift.digest()},
        {QStringLiteral("bundle_digest"), drift.bundleDigest},
    };
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note);
    return AuditEntry{actor, role, QStringLiteral("hotfix.requested"), bundleId, payload};
}

Result<AuditRecord> requestHotfixFromDrift(AuditStore& store, const QString& actor,
                                           const QString& role, const QString& bundleId,
                                           const GateResult& drift, const QString& note) {
    const Result<AuditEntry> entry = hotfixRequestEntry(actor, role, bundleId, drift, note);
    if (!entry)
        return entry.error();
    return store.append(*entry);
}

}  // namespace countersign
