#include "scans/AcceptanceRefusal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"

namespace countersign {

Status AcceptanceRefusal::record(AuditStore& store, const QString& kind, const QString& operatorId,
                                 const QString& subject, const QString& findingId,
                                 const QString& code, const QString& message) {
    const QJsonObject payload{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("finding"), findingId},
        {QStringLiteral("reasons"), QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("message"), message}}}}};
    auto appended = store.append(AuditActions::acceptanceRefused.entry(
        operatorId, QStringLiteral("security_engineer"), subject, payload));
    if (!appended)
        return appended.error();
    return ok();
}

Error AcceptanceRefusal::recordAndSay(AuditStore& store, const QString& kind,
                                      const QString& operatorId, const QString& subject,
                                      const QString& findingId, const QString& code,
                                      Error refusal) {
    const Status recorded =
        record(store, kind, operatorId, subject, findingId, code, refusal.message);
    refusal.message += recorded
                           ? QCoreApplication::translate("AcceptanceRefusal",
                                                         " [%1] (recorded in the audit store)")
                                 .arg(code)
                           : QCoreApplication::translate(
                                 "AcceptanceRefusal", " [%1] (NOT recorded in the audit store: %2)")
                                 .arg(code, recorded.error().message);
    return refusal;
}

}  // namespace countersign
