#include "DriftCommand.h"
#include "GateExit.h"

#include "AuditCli.h"
#include "PassphrasePrompt.h"
#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "gates/DriftGate.h"
#include "gates/HotfixRequest.h"
#include "gates/RiskGates.h"
#include "release/ReleaseDesk.h"
#include "signoff/SignOffStep.h"
#include "workflow/SignOffFlow.h"
#include "workspace/ControlsRanges.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {

QStringList commaList(const QCommandLineParser& p, const QString& opt) {
    QStringList out;
    for (const QString& v : p.values(opt))
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

void printReport(const DriftReport& r, QTextStream& out) {
    out << QStringLiteral("drift: %1 — %2").arg(verdictLabel(r.status), r.summary) << Qt::endl
        << Qt::endl;
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("feature"), -24)
               .arg(QStringLiteral("kind"), -12)
               .arg(QStringLiteral("PSI"), 9)
               .arg(QStringLiteral("status"), -8)
               .arg(QStringLiteral("missing (base/cur)"));
    for (const FeatureDrift& f : r.features) {
        out << QStringLiteral("  %1 %2 %3 %4 %5/%6%7\n")
                   .arg(f.name, -24)
                   .arg(f.kind, -12)
                   .arg(f.psi ? QString::number(*f.psi, 'f', 4) : QStringLiteral("n/a"), 9)
                   .arg(verdictLabel(f.status), -8)
                   .arg(f.baselineMissing)
                   .arg(f.currentMissing)
                   .arg(f.problem.isEmpty() ? QString() : QStringLiteral("  ") + f.problem);
    }
    for (const QString& b : r.badRows) out << QStringLiteral("  bad row: %1").arg(b) << Qt::endl;
    out.flush();
}

// Signs and records the hotfix request of a breached drift result (the step "hotfix", through
// the one sign-off flow): Ok, or the exit code of the refusal or error, already reported.
int requestHotfix(const QCommandLineParser& p, Context& ctx, const Workspace& ws,
                  const Bundle& bundle, const GateResult& drift) {
    for (const char* required : {"operator", "key"})
        if (p.value(QLatin1String(required)).isEmpty())
            return ctx.fail(Error::badInput(
                QStringLiteral("--request-hotfix signs the request: --%1 is required")
                    .arg(QLatin1String(required))));
    const auto reason = driftHotfixReason(drift);
    if (!reason)
        return ctx.fail(reason.error());
    auto store = AuditCli::openWorkspaceStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    SignOffRequest request;
    request.operatorId = p.value(QStringLiteral("operator"));
    request.step = SignOffStep::hotfix();
    request.role = p.value(QStringLiteral("role"));
    request.decision = Decision::approve();
    request.justification = reason.value();
    request.changeRequest = ReleaseDesk::facts(bundle).changeRequestId();
    request.gateResults = {drift};
    SignOffFlow flow(ws, *store.value(), SystemClock::instance());
    const SignOffPreview preview = flow.prepare(bundle, request);
    if (!preview.maySign()) {
        QStringList reasons;
        for (const Refusal& r : preview.refusals)
            reasons.append(QStringLiteral("%1 [%2]").arg(r.message, r.code));
        return ctx.fail(
            Error::checkFailed(QStringLiteral("the hotfix request for %1 by %2 is refused (%3): %4")
                                   .arg(bundle.id(), request.operatorId, preview.recordedText(),
                                        reasons.join(QStringLiteral("; ")))));
    }
    const QString keyFile = p.value(QStringLiteral("key"));
    auto passphrase = PassphrasePrompt::obtain(p.value(QStringLiteral("passphrase-file")),
                                               QStringLiteral("Passphrase for %1: ").arg(keyFile));
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto made = flow.complete(preview, keyFile, *passphrase);
    if (!made)
        return ctx.fail(made.error());
    if (!ctx.json)
        ctx.err << QStringLiteral("hotfix requested, signed by %1 as %2: audit record %3")
                       .arg(request.operatorId, preview.request.role)
                       .arg(made->auditSequence)
                << Qt::endl;
    return Ok;
}

}  // namespace

QString DriftCommand::summary() const {
    return QStringLiteral("Drift gate: PSI per feature, baseline vs current");
}

void DriftCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(
        QStringLiteral("MODEL@VERSION"),
        QStringLiteral("a bundle of the workspace (files from its bundle.json)"),
        QStringLiteral("[MODEL@VERSION]"));
    p.addOption({QStringLiteral("baseline"), QStringLiteral("The baseline sample CSV."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("current"), QStringLiteral("The current sample CSV."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("features"),
                 QStringLiteral("Features to compare (default: every baseline column)."),
                 QStringLiteral("a,b,...")});
    p.addOption(
        {QStringLiteral("categorical"),
         QStringLiteral("Categorical features (default: detected from the first baseline value)."),
         QStringLiteral("a,b,...")});
    p.addOption(
        {QStringLiteral("request-hotfix"),
         QStringLiteral(
             "With MODEL@VERSION: on a breach, sign a hotfix request (the step \"hotfix\") with "
             "--operator and --key, and record it in the audit store.")});
    p.addOption({QStringLiteral("operator"),
                 QStringLiteral("Your operator id on the roster (Ops Lead or Risk Officer), with "
                                "--request-hotfix."),
                 QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("role"),
         QStringLiteral("The role to sign the hotfix request in (default: the first of ops_lead, "
                        "risk_officer the roster gives you)."),
         QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("key"),
                 QStringLiteral("Your encrypted key file, with --request-hotfix."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("passphrase-file"),
         QStringLiteral("Read the key's passphrase from the first line of FILE instead of asking."),
         QStringLiteral("FILE")});
    p.addOption({QStringLiteral("ignore"), QStringLiteral("Columns that are not features."),
                 QStringLiteral("a,b,...")});
    p.addOption({QStringLiteral("breach"), QStringLiteral("PSI above X breaches (default 0.2)."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("warning"),
                 QStringLiteral("PSI at or above X warns (default 0.1)."), QStringLiteral("X")});
    p.addOption(
        {QStringLiteral("min-sample"),
         QStringLiteral("A feature with fewer than N values on either side is an error, not a PSI "
                        "(default 100)."),
         QStringLiteral("N")});
}

int DriftCommand::run(const QCommandLineParser& p, Context& ctx) const {
    DriftOptions options;
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.size() > 1 || p.isSet(QStringLiteral("baseline")) ||
            p.isSet(QStringLiteral("current")))
            return ctx.fail(Error::badInput(
                QStringLiteral("drift: give either MODEL@VERSION or --baseline and --current")));
        // A bundle's gate runs on the workspace's rules, never on thresholds from the caller.
        for (const char* option :
             {"features", "categorical", "ignore", "breach", "warning", "min-sample"})
            if (p.isSet(QLatin1String(option)))
                return ctx.fail(Error::badInput(
                    QStringLiteral(
                        "drift MODEL@VERSION: --%1 applies to --baseline and --current; a "
                        "bundle's features come from its bundle.json and its thresholds from "
                        "controls.json")
                        .arg(QLatin1String(option))));
        const Result<Workspace> ws = Workspace::open(ctx.workspace);
        if (!ws)
            return ctx.fail(ws.error());
        const Result<Bundle> bundle = ws->findBundle(positional.first());
        if (!bundle)
            return ctx.fail(bundle.error());
        const DriftGateRun run = RiskGates::drift(*bundle, ws->controls(), SystemClock::instance());
        if (!run.report)
            return ctx.fail(Error::badInput(run.result.summary));
        if (p.isSet(QStringLiteral("request-hotfix")) && run.result.status == Verdict::Fail) {
            if (const int failed = requestHotfix(p, ctx, ws.value(), bundle.value(), run.result);
                failed != Ok)
                return failed;
        }
        return finish(*run.report, ctx);
    }
    const QString baseline = p.value(QStringLiteral("baseline"));
    const QString current = p.value(QStringLiteral("current"));
    if (baseline.isEmpty() || current.isEmpty())
        return ctx.fail(Error::badInput(
            QStringLiteral("drift: give MODEL@VERSION or --baseline FILE --current FILE")));
    options.features = commaList(p, QStringLiteral("features"));
    options.ignore = commaList(p, QStringLiteral("ignore"));
    options.categorical = commaList(p, QStringLiteral("categorical"));
    options.detectCategorical = !p.isSet(QStringLiteral("categorical"));
    // PSI bounds against their range and order (ControlsRanges, the rules of controls.json).
    for (const auto& [opt, into] : {std::pair{QStringLiteral("breach"), &options.breach},
                                    std::pair{QStringLiteral("warning"), &options.warning}}) {
        if (!p.isSet(opt))
            continue;
        auto v = ControlsRanges::parseOption(QStringLiteral("--") + opt, p.value(opt),
                                             ControlsRanges::driftPsi());
        if (!v)
            return ctx.fail(v.error());
        *into = *v;
    }
    options.minSample = Controls::defaults().thresholds.driftMinSample;
    if (p.isSet(QStringLiteral("min-sample"))) {
        auto v = ControlsRanges::parseOption(QStringLiteral("--min-sample"),
                                             p.value(QStringLiteral("min-sample")),
                                             ControlsRanges::driftMinSample());
        if (!v)
            return ctx.fail(v.error());
        options.minSample = static_cast<qint64>(*v);
    }
    if (const auto problem = ControlsRanges::psiOrderProblem(options.warning, options.breach,
                                                             QStringLiteral("--warning"),
                                                             QStringLiteral("--breach")))
        return ctx.fail(Error::badInput(*problem));
    const Result<DriftReport> report = DriftGate::evaluate(baseline, current, options);
    if (!report)
        return ctx.fail(report.error());
    return finish(*report, ctx);
}

int DriftCommand::finish(const DriftReport& report, Context& ctx) {
    if (ctx.json)
        ctx.printJson(report.toJson());
    else
        printReport(report, ctx.out);
    return exitCodeForVerdict(report.status);
}

}  // namespace countersign::cli
