#include "workflow/WorkflowInputs.h"

namespace countersign {

const GateResult* WorkflowInputs::gate(const QString& name) const {
    const GateResult* found = nullptr;
    for (const GateResult& g : gates)
        if (g.gate == name && g.bundleDigest == bundle.digest)
            found = &g;  // the last one wins
    return found;
}

const GateResult* WorkflowInputs::staleGate(const QString& name) const {
    for (const GateResult& g : gates)
        if (g.gate == name && g.bundleDigest != bundle.digest)
            return &g;
    return nullptr;
}

}  // namespace countersign
