#include "release/Rollback.h"

#include <QCoreApplication>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "pipeline/GateSuite.h"
#include "workflow/WorkflowStep.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign {

namespace {
QString utc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}
}  // namespace

RollbackTarget Rollback::target(const Workspace& workspace, const Bundle& bundle,
                                const Clock& clock) {
    RollbackTarget t;
    t.model = bundle.model;
    t.version = workspace.controls().versionsOf(bundle.model).lastKnownGood;
    if (t.version.isEmpty()) {
        t.problem = QCoreApplication::translate(
                        "Rollback", "controls.json names no last known-good version of %1")
                        .arg(bundle.model);
        return t;
    }
    if (t.version == bundle.version) {
        t.problem = QCoreApplication::translate(
                        "Rollback", "%1 is itself the last known-good version in controls.json")
                        .arg(bundle.id());
        return t;
    }
    auto target = workspace.findBundle(bundle.model + QLatin1Char('@') + t.version);
    if (!target) {
        t.problem = QCoreApplication::translate("Rollback",
                                                "the last known-good version %1 cannot be read: %2")
                        .arg(t.version, target.error().message);
        return t;
    }
    t.digest = target->digest;
    t.integrity = GateSuite::runIntegrity(target.value(), clock);
    if (!t.integrity.passed())
        t.problem = QCoreApplication::translate(
                        "Rollback", "the last known-good version %1 fails its integrity check: %2")
                        .arg(t.version, t.integrity.summary);
    return t;
}

Refusals Rollback::check(const ChangeRequest& cr, const WorkflowInputs& in, const QString& signer,
                         const QString& justification, const RollbackTarget& target) {
    Refusals out;
    if (cr.state == ChangeState::RolledBack)
        out.append({QStringLiteral("rollback.done"),
                    QCoreApplication::translate("Rollback", "%1 was already rolled back by %2")
                        .arg(cr.bundle.subject(), cr.rollback ? cr.rollback->signer : QString())});
    else if (cr.state != ChangeState::Deployed)
        out.append({QStringLiteral("rollback.not_deployed"),
                    QCoreApplication::translate(
                        "Rollback", "only a deployed release can be rolled back; %1 is %2")
                        .arg(cr.id, changeStateLabel(cr.state))});
    if (!target.problem.isEmpty())
        out.append({QStringLiteral("rollback.target"), target.problem});
    const auto it = in.roster.constFind(signer);
    if (it == in.roster.cend())
        out.append({QStringLiteral("sod.unknown_operator"),
                    QCoreApplication::translate(
                        "Rollback", "%1 is not in the roster (config/ml/operators.json)")
                        .arg(signer)});
    else if (!it->contains(Role::opsLead()))
        out.append(
            {QStringLiteral("sod.role_not_held"),
             QCoreApplication::translate(
                 "Rollback",
                 "a rollback is signed by an Ops Lead; the roster does not give %1 that role")
                 .arg(signer)});
    if (!cr.bundle.owner.isEmpty() && signer == cr.bundle.owner)
        out.append(
            {QStringLiteral("sod.owner"),
             QCoreApplication::translate(
                 "Rollback", "%1 is the model owner of %2 and signs no step of their own bundle")
                 .arg(signer, cr.bundle.subject())});
    if (justification.trimmed().isEmpty())
        out.append({QStringLiteral("decision.justification"),
                    QCoreApplication::translate("Rollback", "a rollback needs a justification")});
    return out;
}

Status Rollback::record(AuditStore& store, const Bundle& bundle, const QString& actor,
                        const RollbackTarget& target, const QString& envelopeSha256,
                        const QDateTime& now) {
    QJsonObject payload{
        {QStringLiteral("bundle_digest"), bundle.digest},
        {QStringLiteral("to_version"), target.version},
        {QStringLiteral("to_digest"), target.digest},
        {QStringLiteral("to_integrity_sha256"), target.integrity.digest()},
        {QStringLiteral("envelope_sha256"), envelopeSha256},
        {QStringLiteral("validation_until"), utc(now.addSecs(qint64(kValidationHours) * 3600))},
        {QStringLiteral("rca_due"), utc(now.addSecs(qint64(kRcaHours) * 3600))}};
    auto r = store.append(
        AuditActions::releaseRolledBack.entry(actor, Role::opsLead(), bundle.id(), payload));
    if (!r)
        return r.error();
    return ok();
}

}  // namespace countersign
