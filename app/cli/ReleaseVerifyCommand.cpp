#include "ReleaseVerifyCommand.h"

#include <QFileInfo>
#include <QJsonArray>

#include "AuditCli.h"
#include "audit/AuditStore.h"
#include "pipeline/GateSuite.h"
#include "release/ReleaseDesk.h"
#include "workflow/Workflow.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString ReleaseVerifyCommand::name() const {
    return QStringLiteral("release verify");
}
QString ReleaseVerifyCommand::summary() const {
    return QStringLiteral(
        "Check that a bundle may deploy, against its audit trail (refused without an audit "
        "store; the store verified against every witness the workspace holds, as audit verify "
        "does): the signed gates (or the override), every sign-off valid, dual approval, the "
        "bundle unchanged, and for a scheduled release the change window of its release-calendar "
        "cycle (snapshot frozen at the cycle's freeze, every approval signed and recorded inside "
        "the window) (exit 1 if not)");
}
QString ReleaseVerifyCommand::usageArgs() const {
    return QStringLiteral("MODEL@VERSION");
}
void ReleaseVerifyCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("MODEL@VERSION"), QStringLiteral("the bundle"));
}

int ReleaseVerifyCommand::run(const QCommandLineParser& p, Context& ctx) const {
    if (p.positionalArguments().size() != 1)
        return ctx.fail(
            Error::badInput(QStringLiteral("release verify needs exactly one MODEL@VERSION")));
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    auto bundle = ws->findBundle(p.positionalArguments().front());
    if (!bundle)
        return ctx.fail(bundle.error());
    const Clock& clock = SystemClock::instance();

    // Only recorded, signed evidence releases: envelopes copied into a workspace without its
    // audit trail prove no gate run and no order of events.
    if (!QFileInfo(ctx.store).isFile())
        return ctx.fail(Error::checkFailed(
            QStringLiteral(
                "release NOT verified: %1 has no audit store here, and a release is verified "
                "against its audit trail (the signed gate results and sign-offs as recorded)")
                .arg(bundle->id()),
            ctx.store));
    // Looking never writes: the store is opened as it is, and first proves itself against every
    // witness the workspace holds (a rewritten or truncated trail verifies nothing).
    auto opened = AuditCli::openExistingStore(ctx, false);
    if (!opened)
        return ctx.fail(opened.error());
    const std::unique_ptr<AuditStore> store = std::move(opened.value());
    auto trail = AuditCli::verifyWithWitnesses(ctx, store->verifier());
    if (!trail)
        return ctx.fail(trail.error());
    // The bundle must be what was signed: bundle.json's digest is compared by the workflow,
    // the artefacts are hashed again here.
    const GateResult integrity = GateSuite::runIntegrity(bundle.value(), clock);
    const ReleaseDesk desk(ws.value(), store.get(), clock);
    const WorkflowInputs inputs = desk.load(bundle.value(), {integrity});
    const ChangeRequest cr = ChangeRequest::derive(inputs);
    Refusals refusals = Workflow::verifyRelease(inputs);
    if (!trail->ok())
        refusals.prepend(Refusal{
            QStringLiteral("release.audit_trail"),
            QStringLiteral("[release.audit_trail] the audit store failed verification (%1): %2")
                .arg(AuditVerification::problemName(trail->problem), trail->message)});
    // A training workspace's records were made on a clock a person may set: never production
    // evidence (controls.json "training": true, docs/formats.md).
    if (ws->controls().training)
        refusals.prepend(Refusal{
            QStringLiteral("release.training"),
            QStringLiteral(
                "[release.training] %1 is in a training workspace (%2 /training): its records do "
                "not count for production")
                .arg(bundle->id(), ws->controlsPath())});

    if (ctx.json) {
        QJsonArray reasons, approvals;
        for (const Refusal& r : refusals)
            reasons.append(QJsonObject{{QStringLiteral("code"), r.code},
                                       {QStringLiteral("message"), r.message}});
        for (const CountedSignOff& c : cr.signOffs) {
            QJsonObject o = c.signOff.toJson();
            o.insert(QStringLiteral("counted"), c.counted);
            if (!c.counted)
                o.insert(QStringLiteral("void_reason"), c.voidReason);
            approvals.append(o);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("bundle"), bundle->id()},
                                  {QStringLiteral("bundle_digest"), bundle->digest},
                                  {QStringLiteral("change_request"), cr.id},
                                  {QStringLiteral("kind"), changeKindId(cr.kind)},
                                  {QStringLiteral("state"), changeStateId(cr.state)},
                                  {QStringLiteral("verified"), refusals.isEmpty()},
                                  {QStringLiteral("reasons"), reasons},
                                  {QStringLiteral("sign_offs"), approvals}});
    } else if (refusals.isEmpty()) {
        QStringList who;
        for (const StepSignOff& s : cr.deploymentApprovals())
            who.append(s.signer + QLatin1Char('/') + s.role);
        ctx.out << QStringLiteral("release verified: %1 (%2, %3) may deploy; dual approval by %4\n")
                       .arg(bundle->id(), cr.id, changeKindLabel(cr.kind),
                            who.join(QStringLiteral(" + ")));
    } else {
        ctx.out << QStringLiteral("release NOT verified: %1 (%2) is in %3\n")
                       .arg(bundle->id(), cr.id, changeStateLabel(cr.state));
        for (const Refusal& r : refusals)
            ctx.out << QStringLiteral("  - ") << r.message << QLatin1Char('\n');
    }
    ctx.out.flush();
    return refusals.isEmpty() ? Ok : CheckFailed;
}

}  // namespace countersign::cli
