#pragma once

#include <optional>

#include "common/Clock.h"
#include "common/Result.h"
#include "gates/BiasConfig.h"
#include "gates/BiasReport.h"
#include "gates/DriftGate.h"
#include "gates/DriftReport.h"
#include "gates/GateResult.h"
#include "metrics/Progress.h"
#include "workspace/Bundle.h"
#include "workspace/Controls.h"

namespace countersign {

// A gate run on a bundle: the shared result (always set; Error when the input could not be
// read) and, when the data could be read, the full report the Risk pane draws.
struct BiasGateRun {
    GateResult result;
    std::optional<BiasReport> report;
};
struct DriftGateRun {
    GateResult result;
    std::optional<DriftReport> report;
};

// The bias and drift gates on a bundle: columns and files from bundle.json, thresholds from
// controls.json; the evidence is each file read with the SHA-256 of the bytes parsed.
class RiskGates {
public:
    static Result<BiasConfig> biasConfig(const Bundle& bundle, const Controls& controls);
    static Result<DriftOptions> driftOptions(const Bundle& bundle, const Controls& controls);

    static BiasGateRun bias(const Bundle& bundle, const Controls& controls, const Clock& clock,
                            const ProgressCallback& progress = {});
    static DriftGateRun drift(const Bundle& bundle, const Controls& controls, const Clock& clock,
                              const ProgressCallback& progress = {});
};

}  // namespace countersign
