#include "workflow/ApprovalPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "workflow/WorkflowStep.h"
#include "workspace/Role.h"

namespace countersign {

Result<ApprovalPolicy> ApprovalPolicy::fromJson(const QJsonObject& approvals, const QString& file) {
    ApprovalPolicy p;
    const QJsonValue roles = approvals.value(QStringLiteral("deployment_roles"));
    if (!roles.isUndefined() && !roles.isNull()) {
        if (!roles.isArray())
            return Error::badInput(
                QCoreApplication::translate("ApprovalPolicy", "must be an array of role ids"), file,
                QStringLiteral("/approvals/deployment_roles"));
        QStringList list;
        const QJsonArray a = roles.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString r = a.at(i).toString();
            if (r != QLatin1String("*") && !Role::isApprover(r))
                return Error::badInput(
                    QCoreApplication::translate("ApprovalPolicy",
                                                "\"%1\" is not an approver role (ops_lead, "
                                                "risk_officer, security_engineer, "
                                                "risk_compliance or *)")
                        .arg(r),
                    file, QStringLiteral("/approvals/deployment_roles/%1").arg(i));
            list.append(r);
        }
        // Dual approval (DESIGN.md: two distinct approvers; the runbook's Ops Lead and one
        // other): exactly two entries.
        if (list.size() != 2)
            return Error::badInput(
                QCoreApplication::translate(
                    "ApprovalPolicy",
                    "a deployment needs exactly two approvers (dual approval), found %1 roles")
                    .arg(list.size()),
                file, QStringLiteral("/approvals/deployment_roles"));
        if (list.front() != Role::opsLead())
            return Error::badInput(
                QCoreApplication::translate(
                    "ApprovalPolicy",
                    "the first deployment role must be ops_lead (the ops approval step)"),
                file, QStringLiteral("/approvals/deployment_roles/0"));
        p.deploymentRoles = list;
    }
    const QJsonValue distinct = approvals.value(QStringLiteral("distinct_step_signers"));
    if (!distinct.isUndefined() && !distinct.isNull()) {
        if (!distinct.isBool())
            return Error::badInput(
                QCoreApplication::translate("ApprovalPolicy", "must be true or false"), file,
                QStringLiteral("/approvals/distinct_step_signers"));
        p.distinctStepSigners = distinct.toBool();
    }
    return p;
}

QJsonObject ApprovalPolicy::toJson() const {
    return QJsonObject{
        {QStringLiteral("deployment_roles"), QJsonArray::fromStringList(deploymentRoles)},
        {QStringLiteral("distinct_step_signers"), distinctStepSigners}};
}

}  // namespace countersign
