#pragma once

#include <QList>
#include <QStringList>
#include <atomic>

#include "common/Clock.h"
#include "gates/GateResult.h"
#include "scans/AcceptanceStore.h"

namespace countersign {

struct Bundle;
struct Controls;
struct RiskAcceptance;
class Workspace;

// Runs the ml-guardrails gates of one bundle (integrity, bias, drift, security) with the
// controls' thresholds and the workspace's signed risk acceptances. A gate whose implementation is
// not in this build is reported as an error, never as a pass. Blocking: run it off the GUI thread.
class GateSuite {
public:
    static QStringList gateNames();  // integrity, bias, drift, security
    // `acceptances`: the risk acceptances read back from the audit store
    // (AcceptanceStore::load); none given, a blocking finding blocks.
    static QList<GateResult> run(const Workspace& workspace, const Bundle& bundle,
                                 const Clock& clock, const std::atomic<bool>* cancel = nullptr,
                                 const AcceptanceStore::Loaded& acceptances = {});
    static GateResult runIntegrity(const Bundle& bundle, const Clock& clock,
                                   const std::atomic<bool>* cancel = nullptr);
    static GateResult runBias(const Bundle& bundle, const Controls& controls, const Clock& clock);
    static GateResult runDrift(const Bundle& bundle, const Controls& controls, const Clock& clock);
    static GateResult runSecurity(const Bundle& bundle, const Controls& controls,
                                  const Clock& clock);
    // An error result for a gate that could not run.
    static GateResult unavailable(const QString& gate, const QString& why,
                                  const QString& bundleDigest, const Clock& clock);
};

}  // namespace countersign
