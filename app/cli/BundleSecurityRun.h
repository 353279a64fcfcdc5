#pragma once

#include <QCommandLineParser>
#include <memory>

#include "Command.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "gates/GateResult.h"
#include "gates/SecurityAssessment.h"
#include "scans/AcceptanceStore.h"
#include "workspace/Bundle.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

// What `scans check` and `scans acceptances` share: the clock (--now), the workspace opened,
// the bundle named by the one positional argument, the risk acceptances read back from the
// audit store, and the security gate run over the bundle's scanner reports.
struct BundleSecurityRun {
    // Applied: the gate counts the acceptances (scans check). Ignored: the gate assesses the
    // raw findings, so that each acceptance can be shown with what it would cover.
    enum class Acceptances { Applied, Ignored };

    std::shared_ptr<const Clock> clock;
    Workspace workspace;
    Bundle bundle;
    AcceptanceStore::Loaded acceptances;
    SecurityAssessment assessment;
    GateResult gate;

    // usage: the error for anything but exactly one MODEL@VERSION argument.
    static Result<BundleSecurityRun> run(const QCommandLineParser& parser, const Context& ctx,
                                         const QString& usage, Acceptances mode);
};

}  // namespace countersign::cli
