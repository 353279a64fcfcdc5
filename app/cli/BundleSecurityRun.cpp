#include "BundleSecurityRun.h"

#include "AcceptanceLoader.h"
#include "NowOption.h"
#include "gates/SecurityGate.h"

namespace countersign::cli {

Result<BundleSecurityRun> BundleSecurityRun::run(const QCommandLineParser& parser,
                                                 const Context& ctx, const QString& usage,
                                                 Acceptances mode) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return Error::badInput(usage);
    BundleSecurityRun r;
    auto clock = NowOption::clock(parser, ctx.workspace);
    if (!clock)
        return clock.error();
    r.clock = clock.value();
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ws.error();
    r.workspace = std::move(ws.value());
    auto bundle = r.workspace.findBundle(args.constFirst());
    if (!bundle)
        return bundle.error();
    r.bundle = std::move(bundle.value());
    r.acceptances = AcceptanceLoader::load(ctx, r.workspace.roster());
    r.gate = SecurityGate::runBundle(
        r.bundle, r.workspace.controls(), *r.clock,
        mode == Acceptances::Applied ? r.acceptances : AcceptanceStore::Loaded{}, &r.assessment);
    return r;
}

}  // namespace countersign::cli
