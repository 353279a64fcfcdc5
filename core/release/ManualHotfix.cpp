#include "release/ManualHotfix.h"

#include <QCoreApplication>

#include "gates/HotfixRequest.h"
#include "workspace/Role.h"

namespace countersign {

QStringList ManualHotfix::allowedRoles() {
    return hotfixRoles();
}

Refusals ManualHotfix::check(const ChangeRequest& cr, const WorkflowInputs& in,
                             const QString& actor, const QString& role, const QString& reason) {
    Refusals out;
    if (cr.kind == ChangeKind::Hotfix)
        out.append({QStringLiteral("hotfix.already"),
                    QCoreApplication::translate("ManualHotfix", "%1 is already in the hotfix lane")
                        .arg(cr.id)});
    else if (!isOpen(cr.state) || cr.state == ChangeState::ApprovedForDeployment)
        out.append(
            {QStringLiteral("hotfix.not_open"),
             QCoreApplication::translate(
                 "ManualHotfix", "only an open request can move to the hotfix lane; %1 is %2")
                 .arg(cr.id, changeStateLabel(cr.state))});
    if (!allowedRoles().contains(role)) {
        QStringList labels;
        for (const QString& r : allowedRoles()) labels << Role::label(r);
        out.append({QStringLiteral("hotfix.role"),
                    QCoreApplication::translate(
                        "ManualHotfix", "the hotfix lane is opened by hand only as %1, not as %2")
                        .arg(labels.join(QCoreApplication::translate("ManualHotfix", " or ")),
                             role.isEmpty() ? QCoreApplication::translate(
                                                  "ManualHotfix", "a role the roster does not give")
                                            : Role::label(role))});
    }
    const auto it = in.roster.constFind(actor);
    if (it == in.roster.cend())
        out.append({QStringLiteral("sod.unknown_operator"),
                    QCoreApplication::translate(
                        "ManualHotfix", "%1 is not in the roster (config/ml/operators.json)")
                        .arg(actor)});
    else if (!role.isEmpty() && !it->contains(role))
        out.append(
            {QStringLiteral("sod.role_not_held"),
             QCoreApplication::translate("ManualHotfix", "the roster does not give %1 the role %2")
                 .arg(actor, Role::label(role))});
    if (!cr.bundle.owner.isEmpty() && actor == cr.bundle.owner)
        out.append({QStringLiteral("sod.owner"),
                    QCoreApplication::translate(
                        "ManualHotfix",
                        "%1 is the model owner of %2 and cannot move it to the hotfix lane")
                        .arg(actor, cr.bundle.subject())});
    if (reason.trimmed().isEmpty())
        out.append({QStringLiteral("hotfix.reason"),
                    QCoreApplication::translate("ManualHotfix",
                                                "opening the hotfix lane needs a reason")});
    return out;
}

}  // namespace countersign
