#include "ScansCheckCommand.h"

#include "BundleSecurityRun.h"
#include "GateExit.h"
#include "NowOption.h"
#include "ScanOutput.h"

namespace countersign::cli {

QString ScansCheckCommand::summary() const {
    return QStringLiteral(
        "Security gate over a bundle's scanner reports (Trivy, pip-audit, npm audit)");
}

void ScansCheckCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("MODEL@VERSION"),
                            QStringLiteral("a bundle of the workspace"));
    NowOption::add(p);
}

int ScansCheckCommand::run(const QCommandLineParser& p, Context& ctx) const {
    const auto r = BundleSecurityRun::run(p, ctx, QStringLiteral("scans check: give MODEL@VERSION"),
                                          BundleSecurityRun::Acceptances::Applied);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json)
        ctx.printJson(r->gate.toJson());
    else
        printSecurityResult(r->assessment, r->gate, ctx.out);
    return exitCodeForGate(r->gate);
}

}  // namespace countersign::cli
