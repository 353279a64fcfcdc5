#include "audit/AuditActions.h"

namespace countersign::AuditActions {

QList<AuditAction> all() {
    return {signOffRecorded,   signOffRefused,    guardrailsReport, releaseAttested,
            releaseWebhook,    releaseRolledBack, riskAccepted,     acceptanceRevoked,
            acceptanceRefused, signInRefused,     gateEvaluated,    hotfixRequested,
            releaseDeployed};
}

std::optional<AuditAction> find(const QString& action) {
    for (const AuditAction& a : all())
        if (a.is(action))
            return a;
    return std::nullopt;
}

QStringList readForState() {
    QStringList out;
    for (const AuditAction& a : all())
        if (a.readForState)
            out.append(a.id());
    return out;
}

}  // namespace countersign::AuditActions
