#include "GateExit.h"

namespace countersign::cli {

int exitCodeForGate(const GateResult& result) {
    switch (result.status) {
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

}  // namespace countersign::cli
