#pragma once

#include "common/Clock.h"
#include "gates/GateResult.h"

namespace countersign {

struct Bundle;
struct Roster;

// The pipeline gate: the ml-guardrails report exists in the bundle's guardrails/, is
// signed by a `pipeline` key on the roster, passed, and was made for exactly this
// bundle's digest. Anything unreadable is an error, never a pass.
class PipelineGate {
public:
    static GateResult evaluate(const Bundle& bundle, const Roster& roster, const Clock& clock);
};

}  // namespace countersign
