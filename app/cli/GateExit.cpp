#include "GateExit.h"

namespace countersign::cli {

int exitCodeForVerdict(Verdict verdict) {
    switch (verdict) {
        case Verdict::Pass:
        case Verdict::Warning:
            return Ok;
        case Verdict::Fail:
            return CheckFailed;
        case Verdict::Error:
        case Verdict::Undefined:
            return BadInput;
    }
    return Internal;
}

int exitCodeForGate(const GateResult& result) {
    return exitCodeForVerdict(result.status);
}

}  // namespace countersign::cli
