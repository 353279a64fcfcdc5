#include "ScansCheckCommand.h"

#include <QCoreApplication>

#include "AcceptanceLoader.h"
#include "GateExit.h"
#include "NowOption.h"
#include "ScanOutput.h"
#include "gates/SecurityGate.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("cli", s);
}
}  // namespace

QString ScansCheckCommand::summary() const {
    return tr("Security gate over a bundle's scanner reports (Trivy, pip-audit, npm audit)");
}

void ScansCheckCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("MODEL@VERSION"), tr("a bundle of the workspace"));
    NowOption::add(p);
}

int ScansCheckCommand::run(const QCommandLineParser& p, Context& ctx) const {
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return ctx.fail(Error::badInput(tr("scans check: give MODEL@VERSION")));
    const auto clockOrError = NowOption::clock(p);
    if (!clockOrError)
        return ctx.fail(clockOrError.error());
    const Clock& clock = **clockOrError;
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    auto bundle = ws->findBundle(positional.front());
    if (!bundle)
        return ctx.fail(bundle.error());
    SecurityAssessment a;
    const GateResult g = SecurityGate::runBundle(bundle.value(), ws->controls(), clock,
                                                 AcceptanceLoader::load(ctx, ws->roster()), &a);
    if (ctx.json)
        ctx.printJson(g.toJson());
    else
        printSecurityResult(a, g, ctx.out);
    return exitCodeForGate(g);
}

}  // namespace countersign::cli
