#include "ScansParseCommand.h"

#include <QFileInfo>

#include "GateExit.h"
#include "ScanOutput.h"
#include "gates/ScanCoverage.h"
#include "gates/SecurityGate.h"
#include "workspace/Controls.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString ScansParseCommand::summary() const {
    return QStringLiteral(
        "Read scanner reports, merge their findings and apply the severity thresholds");
}

void ScansParseCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("scanner reports"),
                            QStringLiteral("FILE..."));
    p.addOption(
        {QStringLiteral("blocking-severity"),
         QStringLiteral("Fail at or above this severity (default: controls.json, else CRITICAL)."),
         QStringLiteral("SEVERITY")});
    p.addOption({QStringLiteral("unknown-severity"),
                 QStringLiteral(
                     "\"block\" or \"warn\" for findings without severity (default: controls.json, "
                     "else block)."),
                 QStringLiteral("POLICY")});
}

int ScansParseCommand::run(const QCommandLineParser& p, Context& ctx) const {
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return ctx.fail(
            Error::badInput(QStringLiteral("scans parse: give at least one report file")));
    SecurityPolicy policy;
    Controls::Scanners scanners;
    const QString controlsPath = Workspace::controlsPath(ctx.workspace);
    if (QFileInfo::exists(controlsPath)) {
        auto controls = Controls::load(controlsPath);
        if (!controls)
            return ctx.fail(controls.error());
        policy = SecurityPolicy::fromControls(controls.value());
        scanners = controls->scanners;
    }
    QJsonObject overrides = policy.toJson();
    if (p.isSet(QStringLiteral("blocking-severity")))
        overrides.insert(QStringLiteral("blocking_severity"),
                         p.value(QStringLiteral("blocking-severity")));
    if (p.isSet(QStringLiteral("unknown-severity")))
        overrides.insert(QStringLiteral("unknown_severity"),
                         p.value(QStringLiteral("unknown-severity")));
    auto chosen = SecurityPolicy::fromThresholds(overrides, QStringLiteral("the command line"));
    if (!chosen)
        return ctx.fail(chosen.error());
    const SystemClock& clock = SystemClock::instance();
    SecurityAssessment a =
        SecurityAssessment::assess(SecurityGate::readReports(files), chosen.value(), {}, clock);
    // Reports given by hand belong to no bundle: only empty reports are checked, not which
    // scans a bundle requires nor the image they scanned.
    a.scanners = scanners;
    a.coverage = ScanCoverage::check(a.reports, scanners, std::nullopt);
    const GateResult g = SecurityGate::evaluate(a, QString(), clock);
    if (ctx.json)
        ctx.printJson(g.toJson());
    else
        printSecurityResult(a, g, ctx.out);
    return exitCodeForGate(g);
}

}  // namespace countersign::cli
