#include "BiasCommand.h"
#include "GateExit.h"

#include "common/Clock.h"
#include "gates/BiasGate.h"
#include "gates/RiskGates.h"
#include "workspace/ControlsRanges.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {

QString rate(const std::optional<double>& v) {
    return v ? QString::number(*v, 'f', 4) : QStringLiteral("n/a");
}

void printReport(const BiasReport& r, QTextStream& out) {
    out << QStringLiteral("bias: %1 — %2").arg(verdictLabel(r.status), r.summary) << Qt::endl;
    for (const BiasAttribute& a : r.attributes) {
        out << Qt::endl << QStringLiteral("%1: gap %2").arg(a.name, rate(a.gap));
        if (a.gapCi)
            out << QStringLiteral(" (95 % CI %1 – %2)")
                       .arg(QString::number(a.gapCi->first, 'f', 4),
                            QString::number(a.gapCi->second, 'f', 4));
        out << QStringLiteral(" [%1]").arg(verdictLabel(a.status)) << Qt::endl;
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(QStringLiteral("group"), -16)
                   .arg(QStringLiteral("count"), 10)
                   .arg(QStringLiteral("TP"), 9)
                   .arg(QStringLiteral("FP"), 9)
                   .arg(QStringLiteral("TN"), 9)
                   .arg(QStringLiteral("FN"), 9)
                   .arg(QStringLiteral("TPR"), 7)
                   .arg(QStringLiteral("FPR"), 7)
                   .arg(QStringLiteral("sel.rate"), 8);
        for (const BiasGroup& g : a.groups) {
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9%10")
                       .arg(g.value, -16)
                       .arg(g.count(), 10)
                       .arg(g.tp, 9)
                       .arg(g.fp, 9)
                       .arg(g.tn, 9)
                       .arg(g.fn, 9)
                       .arg(rate(g.tpr()), 7)
                       .arg(rate(g.fpr()), 7)
                       .arg(rate(g.selectionRate()), 8)
                       .arg(g.flagged ? QStringLiteral("  (below minimum support)") : QString())
                << (g.positives() == 0
                        ? QStringLiteral("  (no actual positives: TPR undefined, not in the gap)")
                        : QString())
                << QLatin1Char('\n');
        }
    }
    if (r.badRowCount > 0) {
        out << Qt::endl
            << QStringLiteral("%1 bad rows of %2:").arg(r.badRowCount).arg(r.rows) << Qt::endl;
        for (const BiasBadRow& b : r.badRows)
            out << QStringLiteral("  line %1: %2").arg(b.line).arg(b.reason) << Qt::endl;
    }
    out.flush();
}

}  // namespace

QString BiasCommand::summary() const {
    return QStringLiteral("Bias gate: equal-opportunity gap per protected attribute");
}

void BiasCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(
        QStringLiteral("MODEL@VERSION"),
        QStringLiteral("a bundle of the workspace (columns from its bundle.json)"),
        QStringLiteral("[MODEL@VERSION]"));
    p.addOption({QStringLiteral("predictions"), QStringLiteral("The predictions CSV."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("label"), QStringLiteral("The label column."), QStringLiteral("COL")});
    p.addOption({QStringLiteral("positive-label"), QStringLiteral("The label's positive value."),
                 QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("prediction"), QStringLiteral("The prediction column."),
                 QStringLiteral("COL")});
    p.addOption({QStringLiteral("predicted-positive"),
                 QStringLiteral("Prediction values meaning positive, comma-separated."),
                 QStringLiteral("V[,V...]")});
    p.addOption({QStringLiteral("score"),
                 QStringLiteral("The score column (instead of --prediction)."),
                 QStringLiteral("COL")});
    p.addOption({QStringLiteral("threshold"), QStringLiteral("Predicted positive when score >= X."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("group"),
                 QStringLiteral("A protected attribute column (repeatable)."),
                 QStringLiteral("COL")});
    p.addOption({QStringLiteral("max-gap"),
                 QStringLiteral("Fail when a gap is at or above X (default 0.02)."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("min-support"),
                 QStringLiteral("Flag groups with fewer rows (default 100)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("max-bad-row-share"),
                 QStringLiteral("Error above this share of bad rows (default 0.001)."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the gap interval's bootstrap."),
                 QStringLiteral("N")});
}

int BiasCommand::run(const QCommandLineParser& p, Context& ctx) const {
    BiasConfig config;
    QString csvPath;
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.size() > 1 || p.isSet(QStringLiteral("predictions")))
            return ctx.fail(Error::badInput(
                QStringLiteral("bias: give either MODEL@VERSION or --predictions FILE")));
        // A bundle's gate runs on the workspace's rules, never on thresholds from the caller.
        for (const char* option :
             {"label", "positive-label", "prediction", "predicted-positive", "score", "threshold",
              "group", "max-gap", "min-support", "max-bad-row-share"})
            if (p.isSet(QLatin1String(option)))
                return ctx.fail(Error::badInput(
                    QStringLiteral(
                        "bias MODEL@VERSION: --%1 applies to --predictions; a bundle's columns "
                        "come from its bundle.json and its thresholds from controls.json")
                        .arg(QLatin1String(option))));
        const Result<Workspace> ws = Workspace::open(ctx.workspace);
        if (!ws)
            return ctx.fail(ws.error());
        const Result<Bundle> bundle = ws->findBundle(positional.first());
        if (!bundle)
            return ctx.fail(bundle.error());
        const BiasGateRun run = RiskGates::bias(*bundle, ws->controls(), SystemClock::instance());
        if (!run.report)
            return ctx.fail(Error::badInput(run.result.summary));
        return finish(*run.report, ctx);
    }
    // Every numeric option against its range (ControlsRanges, the rules of controls.json).
    const auto number = [&](const char* opt, const NumberRange& range, auto& into) -> Status {
        const QString name = QLatin1String(opt);
        if (!p.isSet(name))
            return ok();
        auto v = ControlsRanges::parseOption(QStringLiteral("--") + name, p.value(name), range);
        if (!v)
            return v.error();
        into = static_cast<std::remove_reference_t<decltype(into)>>(*v);
        return ok();
    };
    csvPath = p.value(QStringLiteral("predictions"));
    if (csvPath.isEmpty())
        return ctx.fail(
            Error::badInput(QStringLiteral("bias: give MODEL@VERSION or --predictions FILE")));
    config.label = p.value(QStringLiteral("label"));
    config.positiveLabel = p.value(QStringLiteral("positive-label"));
    config.prediction = p.value(QStringLiteral("prediction"));
    config.score = p.value(QStringLiteral("score"));
    for (const QString& v : p.values(QStringLiteral("predicted-positive")))
        config.predictedPositive += v.split(QLatin1Char(','));
    config.protectedAttributes = p.values(QStringLiteral("group"));
    if (config.label.isEmpty() || !p.isSet(QStringLiteral("positive-label")))
        return ctx.fail(
            Error::badInput(QStringLiteral("bias: --label and --positive-label are required")));
    if (config.score.isEmpty() == config.prediction.isEmpty())
        return ctx.fail(Error::badInput(
            QStringLiteral("bias: give either --prediction with --predicted-positive or "
                           "--score with --threshold")));
    if (!config.score.isEmpty() && !p.isSet(QStringLiteral("threshold")))
        return ctx.fail(Error::badInput(QStringLiteral("bias: --score needs --threshold")));
    if (config.protectedAttributes.isEmpty())
        return ctx.fail(Error::badInput(QStringLiteral("bias: give at least one --group COL")));

    for (const Status& s :
         {number("threshold", ControlsRanges::scoreThreshold(), config.threshold),
          number("max-gap", ControlsRanges::biasMaxGap(), config.maxGap),
          number("min-support", ControlsRanges::biasMinGroupSupport(), config.minGroupSupport),
          number("max-bad-row-share", ControlsRanges::biasMaxBadRowShare(), config.maxBadRowShare),
          number("seed", ControlsRanges::seed(), config.seed)})
        if (!s)
            return ctx.fail(s.error());

    const Result<BiasReport> report = BiasGate::evaluate(csvPath, config);
    if (!report)
        return ctx.fail(report.error());
    return finish(*report, ctx);
}

int BiasCommand::finish(const BiasReport& report, Context& ctx) {
    if (ctx.json)
        ctx.printJson(report.toJson());
    else
        printReport(report, ctx.out);
    return exitCodeForVerdict(report.status);
}

}  // namespace countersign::cli
