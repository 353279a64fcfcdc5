#pragma once

#include "Command.h"
#include "gates/GateResult.h"

namespace countersign::cli {

// A gate's exit code: pass and warning 0, fail 1, error (input that could not be read) 2.
int exitCodeForVerdict(Verdict verdict);
int exitCodeForGate(const GateResult& result);

}  // namespace countersign::cli
