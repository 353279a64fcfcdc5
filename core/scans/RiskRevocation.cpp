#include "scans/RiskRevocation.h"

#include <QCoreApplication>

#include "common/JsonFile.h"

namespace countersign {

QJsonObject RiskRevocation::toJson() const {
    return QJsonObject{{QStringLiteral("acceptance_sha256"), acceptanceDigest},
                       {QStringLiteral("finding_id"), findingId},
                       {QStringLiteral("package"), package},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("revoked_by"), revokedBy},
                       {QStringLiteral("revoked_at"), revokedAt.toUTC().toString(Qt::ISODate)}};
}

Result<RiskRevocation> RiskRevocation::fromJson(const QJsonObject& json, const QString& file) {
    JsonReader r(file, json);
    RiskRevocation v;
    v.file = file;
    v.acceptanceDigest = r.sha256Hex(QStringLiteral("acceptance_sha256"));
    v.findingId = r.string(QStringLiteral("finding_id"));
    v.package = r.string(QStringLiteral("package"));
    v.reason = r.string(QStringLiteral("reason"));
    v.revokedBy = r.string(QStringLiteral("revoked_by"));
    const QString at = r.string(QStringLiteral("revoked_at"));
    if (r.failed())
        return r.error();
    v.revokedAt = QDateTime::fromString(at, Qt::ISODate).toUTC();
    if (!v.revokedAt.isValid())
        return Error::badInput(
            QCoreApplication::translate("RiskRevocation", "revoked_at is not an ISO 8601 time"),
            file, QStringLiteral("/revoked_at"));
    return v;
}

QString RiskRevocation::problem() const {
    if (acceptanceDigest.size() != 64)
        return QCoreApplication::translate(
            "RiskRevocation", "name the acceptance by the SHA-256 of its envelope (64 hex digits)");
    if (reason.trimmed().size() < 10)
        return QCoreApplication::translate("RiskRevocation",
                                           "give a reason (at least 10 characters)");
    return {};
}

}  // namespace countersign
