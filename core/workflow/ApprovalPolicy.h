#pragma once

#include <QJsonObject>
#include <QStringList>

#include "common/Result.h"

namespace countersign {

// The "approvals" object of controls.json. deployment_roles lists the roles of the dual
// approval: exactly two entries, one per approver ("*" = any approver role); the first is
// ops_lead, the role of the ops approval step. Controls validates with this same rule.
// distinct_step_signers: one person signs at most one step.
struct ApprovalPolicy {
    QStringList deploymentRoles{QStringLiteral("ops_lead"), QStringLiteral("*")};
    bool distinctStepSigners = true;

    static Result<ApprovalPolicy> fromJson(const QJsonObject& approvals, const QString& file = {});
    QJsonObject toJson() const;
};

}  // namespace countersign
