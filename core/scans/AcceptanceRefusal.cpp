#include "scans/AcceptanceRefusal.h"

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

}  // namespace countersign
