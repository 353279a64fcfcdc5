#include "SignoffCreateCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "AuditCli.h"
#include "NowOption.h"
#include "PassphrasePrompt.h"
#include "common/SourceTextScope.h"
#include "crypto/Dsse.h"
#include "release/ReleaseDesk.h"
#include "signoff/SignOffRecorder.h"
#include "signoff/SignOffSigner.h"
#include "signoff/SignOffStep.h"
#include "workflow/SignOffFlow.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/TrainingWorkspace.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {

// The gate results of the bundle's ml-guardrails report, when there is one: what the signer
// saw. The report's own signature is the pipeline gate's business.
QList<GateResult> reportedGates(const Bundle& bundle) {
    QList<GateResult> out;
    const QString path = bundle.filePath(QStringLiteral("guardrails/report.json"));
    if (!QFile::exists(path))
        return out;
    auto env = DsseEnvelope::readFile(path);
    if (!env)
        return out;
    const QJsonArray gates =
        QJsonDocument::fromJson(env->payload).object().value(QStringLiteral("gates")).toArray();
    for (const QJsonValue& g : gates) out << GateResult::fromJson(g.toObject());
    return out;
}

}  // namespace

QString SignoffCreateCommand::summary() const {
    return QStringLiteral("Sign a step decision for a bundle with your operator key");
}

QString SignoffCreateCommand::usageArgs() const {
    return QStringLiteral("MODEL@VERSION");
}

void SignoffCreateCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("MODEL@VERSION"),
                                 QStringLiteral("The bundle to sign for."));
    parser.addOption(
        {QStringLiteral("step"),
         QStringLiteral("The step: %1 (risk: Risk Officer; security: Security Engineer; ops: "
                        "Ops Lead; risk_compliance: Risk & Compliance, for hotfixes; release: "
                        "a deployment approval, with --role; hotfix: move the request to the "
                        "hotfix lane, as Ops Lead or Risk Officer, with --justification; deploy: "
                        "the approved release is in production, as Ops Lead or pipeline).")
             .arg(SignOffStep::all().join(QStringLiteral(", "))),
         QStringLiteral("STEP")});
    parser.addOption({QStringLiteral("decision"), QStringLiteral("approve, reject or override."),
                      QStringLiteral("DECISION")});
    parser.addOption({QStringLiteral("justification"),
                      QStringLiteral("Why (required for reject and override)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("operator"), QStringLiteral("Your operator id on the roster."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("role"),
         QStringLiteral("The role to sign in (default: the step's role; required for release)."),
         QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("change-request"), QStringLiteral("The change request id."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("key"), QStringLiteral("Your encrypted key file."),
                      QStringLiteral("FILE")});
    NowOption::add(parser);
    parser.addOption(
        {QStringLiteral("passphrase-file"),
         QStringLiteral("Read the passphrase from the first line of FILE instead of asking."),
         QStringLiteral("FILE")});
}

int SignoffCreateCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(Error::badInput(QStringLiteral("give exactly one MODEL@VERSION")));
    for (const char* required : {"step", "decision", "operator", "key"})
        if (parser.value(QLatin1String(required)).isEmpty() &&
            !(qstrcmp(required, "decision") == 0 &&
              SignOffFlow::isEvent(parser.value(QStringLiteral("step")))))
            return ctx.fail(
                Error::badInput(QStringLiteral("--%1 is required").arg(QLatin1String(required))));
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    auto bundle = ws->findBundle(args.constFirst());
    if (!bundle)
        return ctx.fail(bundle.error());

    SignOffRequest request;
    request.operatorId = parser.value(QStringLiteral("operator"));
    request.step = parser.value(QStringLiteral("step"));
    request.role = parser.value(QStringLiteral("role"));
    request.decision = parser.value(QStringLiteral("decision"));
    if (request.decision.isEmpty())
        request.decision = Decision::approve();  // a signed event (hotfix, deploy)
    request.justification = parser.value(QStringLiteral("justification"));
    request.changeRequest = parser.value(QStringLiteral("change-request"));
    const QString crId = ReleaseDesk::facts(*bundle).changeRequestId();
    if (request.changeRequest.isEmpty())
        request.changeRequest = crId;
    else if (request.changeRequest != crId)
        return ctx.fail(Error::badInput(
            QStringLiteral("--change-request names %1, but the change request of %2 is %3")
                .arg(request.changeRequest, bundle->id(), crId)));
    request.gateResults = reportedGates(*bundle);

    auto store = AuditCli::openWorkspaceStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    // No signer chooses the time: --now outside a training workspace is refused, and the
    // refusal recorded at the store's own time like every other.
    const auto clockOrError = NowOption::clock(parser, ctx.workspace);
    if (!clockOrError) {
        if (const Result<bool> training = TrainingWorkspace::isTraining(ctx.workspace);
            parser.isSet(QStringLiteral("now")) && training && !*training) {
            const SourceTextScope english;  // the record holds the reason in the source language
            (void)WorkflowAudit::recordRefusal(
                *store.value(), *bundle, request.operatorId, request.role, request.step,
                request.decision,
                {{QStringLiteral("time.training_only"),
                  TrainingWorkspace::clockOptionRule(QStringLiteral("--now"))}});
        }
        return ctx.fail(clockOrError.error());
    }
    const Clock& clock = **clockOrError;
    // Every rule, as in the console, before a passphrase is asked; every refusal is recorded.
    SignOffFlow flow(ws.value(), *store.value(), clock);
    const SignOffPreview preview = flow.prepare(*bundle, request);
    if (!preview.maySign()) {
        QStringList reasons;
        for (const Refusal& r : preview.refusals)
            reasons.append(QStringLiteral("%1 [%2]").arg(r.message, r.code));
        const QString message =
            QStringLiteral("the %1 of %2 by %3 is refused (%4): %5")
                .arg(SignOffStep::label(request.step), bundle->id(), request.operatorId,
                     preview.recordedText(), reasons.join(QStringLiteral("; ")));
        return ctx.fail(preview.refusedAsUsage() ? Error::badInput(message)
                                                 : Error::checkFailed(message));
    }
    const QString keyFile = parser.value(QStringLiteral("key"));
    auto passphrase = PassphrasePrompt::obtain(parser.value(QStringLiteral("passphrase-file")),
                                               QStringLiteral("Passphrase for %1: ").arg(keyFile));
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto made = flow.complete(preview, keyFile, *passphrase);
    if (!made)
        return ctx.fail(made.error());
    const SignOff& s = *made;
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), s.path},
                                  {QStringLiteral("envelope_sha256"), s.envelopeDigest},
                                  {QStringLiteral("audit_seq"), s.auditSequence},
                                  {QStringLiteral("statement"), s.statement.toJson()}});
        return Ok;
    }
    ctx.out << QStringLiteral("Signed: %1 %2 the %3 step of %4 as %5.")
                   .arg(s.statement.operatorId, s.statement.decision, s.statement.step,
                        s.statement.subjectName(), s.statement.role)
            << '\n'
            << QStringLiteral("  bundle.json sha256 %1").arg(s.statement.bundleDigest) << '\n'
            << QStringLiteral("  gate results seen: %1").arg(s.statement.gateResults.size()) << '\n'
            << QStringLiteral("  audit checkpoint: %1 size %2")
                   .arg(s.statement.checkpoint.origin)
                   .arg(s.statement.checkpoint.size)
            << '\n'
            << QStringLiteral("  written to %1, audit record %2").arg(s.path).arg(s.auditSequence)
            << Qt::endl;
    return Ok;
}

}  // namespace countersign::cli
