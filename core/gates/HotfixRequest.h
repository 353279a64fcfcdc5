#pragma once

#include <QString>
#include <QStringList>

#include "audit/AuditEntry.h"
#include "audit/AuditRecord.h"
#include "common/Result.h"
#include "gates/GateResult.h"

namespace countersign {

class AuditStore;

// A drift breach asks for hotfix retraining (runbook: PSI > 0.2). The request is an audit
// record, action "hotfix.requested", subject the bundle id ("model@version"), payload
//   {"reason", "gate": "drift", "feature", "psi" (the worst breached feature),
//    "features": [{"name", "psi"}], "threshold", "gate_digest", "bundle_digest", "note"?}
// The workflow reads it and moves the change request to the hotfix lane.
//
// hotfixRequestEntry() builds the entry; an error (CheckFailed) when the drift result has no
// breach, BadInput when it is not a drift result.
Result<AuditEntry> hotfixRequestEntry(const QString& actor, const QString& role,
                                      const QString& bundleId, const GateResult& drift,
                                      const QString& note = {});
// The roles a hotfix is requested in (from a drift breach or by hand): Ops Lead, Risk Officer.
QStringList hotfixRoles();
// The role an operator holding `operatorRoles` asks for a hotfix in: `preferred` when they hold
// it and it is allowed, else their first allowed role; empty when they hold none.
QString hotfixRoleOf(const QStringList& operatorRoles, const QString& preferred);

// Builds the entry and appends it to the store.
Result<AuditRecord> requestHotfixFromDrift(AuditStore& store, const QString& actor,
                                           const QString& role, const QString& bundleId,
                                           const GateResult& drift, const QString& note = {});

}  // namespace countersign
