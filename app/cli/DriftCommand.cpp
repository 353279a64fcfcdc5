#include "DriftCommand.h"
#include "GateExit.h"

#include <QCoreApplication>

#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "gates/DriftGate.h"
#include "gates/HotfixRequest.h"
#include "gates/RiskGates.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("cli", s);
}

QStringList commaList(const QCommandLineParser& p, const QString& opt) {
    QStringList out;
    for (const QString& v : p.values(opt))
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

void printReport(const DriftReport& r, QTextStream& out) {
    out << tr("drift: %1 — %2").arg(verdictLabel(r.status), r.summary) << Qt::endl << Qt::endl;
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(tr("feature"), -24)
               .arg(tr("kind"), -12)
               .arg(QStringLiteral("PSI"), 9)
               .arg(tr("status"), -8)
               .arg(tr("missing (base/cur)"));
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
    for (const QString& b : r.badRows) out << tr("  bad row: %1").arg(b) << Qt::endl;
    out.flush();
}

}  // namespace

QString DriftCommand::summary() const {
    return tr("Drift gate: PSI per feature, baseline vs current");
}

void DriftCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("MODEL@VERSION"),
                            tr("a bundle of the workspace (files from its bundle.json)"),
                            QStringLiteral("[MODEL@VERSION]"));
    p.addOption(
        {QStringLiteral("baseline"), tr("The baseline sample CSV."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("current"), tr("The current sample CSV."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("features"),
                 tr("Features to compare (default: every baseline column)."),
                 QStringLiteral("a,b,...")});
    p.addOption({QStringLiteral("categorical"),
                 tr("Categorical features (default: detected from the first baseline value)."),
                 QStringLiteral("a,b,...")});
    p.addOption(
        {QStringLiteral("request-hotfix"),
         tr("With MODEL@VERSION: on a breach, record a hotfix request in the audit store.")});
    p.addOption({QStringLiteral("actor"),
                 tr("Operator id recorded with --request-hotfix (default: cli)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("role"), tr("Role recorded with --request-hotfix."),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("ignore"), tr("Columns that are not features."),
                 QStringLiteral("a,b,...")});
    p.addOption(
        {QStringLiteral("breach"), tr("PSI above X breaches (default 0.2)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("warning"), tr("PSI at or above X warns (default 0.1)."),
                 QStringLiteral("X")});
}

int DriftCommand::run(const QCommandLineParser& p, Context& ctx) const {
    DriftOptions options;
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.size() > 1 || p.isSet(QStringLiteral("baseline")) ||
            p.isSet(QStringLiteral("current")))
            return ctx.fail(Error::badInput(
                tr("drift: give either MODEL@VERSION or --baseline and --current")));
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
            const Result<std::unique_ptr<AuditStore>> store = AuditStore::open(
                ctx.store, AuditStore::defaultKeyPath(ctx.store), SystemClock::instance());
            if (!store)
                return ctx.fail(store.error());
            const QString actor = p.isSet(QStringLiteral("actor"))
                                      ? p.value(QStringLiteral("actor"))
                                      : QStringLiteral("cli");
            const Result<AuditRecord> rec = requestHotfixFromDrift(
                **store, actor, p.value(QStringLiteral("role")), bundle->id(), run.result);
            if (!rec)
                return ctx.fail(rec.error());
            if (!ctx.json)
                ctx.err << tr("hotfix requested: audit record %1").arg(rec->seq) << Qt::endl;
        }
        return finish(*run.report, ctx);
    }
    const QString baseline = p.value(QStringLiteral("baseline"));
    const QString current = p.value(QStringLiteral("current"));
    if (baseline.isEmpty() || current.isEmpty())
        return ctx.fail(
            Error::badInput(tr("drift: give MODEL@VERSION or --baseline FILE --current FILE")));
    options.features = commaList(p, QStringLiteral("features"));
    options.ignore = commaList(p, QStringLiteral("ignore"));
    options.categorical = commaList(p, QStringLiteral("categorical"));
    options.detectCategorical = !p.isSet(QStringLiteral("categorical"));
    for (const auto& [opt, into] : {std::pair{QStringLiteral("breach"), &options.breach},
                                    std::pair{QStringLiteral("warning"), &options.warning}}) {
        if (!p.isSet(opt))
            continue;
        bool okNum = false;
        *into = p.value(opt).toDouble(&okNum);
        if (!okNum)
            return ctx.fail(Error::badInput(tr("drift: --%1 is not a number").arg(opt)));
    }
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
