#pragma once

#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "gates/GateResult.h"

namespace countersign {

// A drift breach asks for hotfix retraining (runbook: PSI > 0.2). The request is a signed
// sign-off of the step "hotfix" (core/signoff) whose justification is driftHotfixReason() and
// whose gate results include the drift result; the workflow then moves the change request to
// the hotfix lane.

// The reason a breached drift result gives, in the source language ("drift: PSI 0.374 on
// amount > 0.2 ..."); CheckFailed when nothing breaches, BadInput when it is not a drift result.
Result<QString> driftHotfixReason(const GateResult& drift);
// The roles a hotfix is requested in (from a drift breach or by hand): Ops Lead, Risk Officer.
QStringList hotfixRoles();
// The role an operator holding `operatorRoles` asks for a hotfix in: `preferred` when they hold
// it and it is allowed, else their first allowed role; empty when they hold none.
QString hotfixRoleOf(const QStringList& operatorRoles, const QString& preferred);

}  // namespace countersign
