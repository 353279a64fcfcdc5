#pragma once

#include <QDateTime>
#include <optional>

#include "common/Clock.h"
#include "gates/GateResult.h"

namespace countersign {

struct Bundle;
struct Roster;

// The pipeline gate: the ml-guardrails report exists in the bundle's guardrails/, is
// signed by a `pipeline` key on the roster, passed, and was made for exactly this
// bundle's digest. Anything unreadable is an error, never a pass. `lastRecorded`: when the
// newest report the audit store holds for this digest was generated; a report on disk older
// than that (an earlier passing report put back) fails.
class PipelineGate {
public:
    static GateResult evaluate(const Bundle& bundle, const Roster& roster, const Clock& clock,
                               const std::optional<QDateTime>& lastRecorded = std::nullopt);
};

}  // namespace countersign
