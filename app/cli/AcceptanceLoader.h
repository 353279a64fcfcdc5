#pragma once

#include "Command.h"
#include "scans/AcceptanceStore.h"

namespace countersign::cli {

// The risk acceptances the CLI applies: read back from the audit store of --store /
// --workspace. No store yet means no acceptance (one is never created just to read); a
// store that cannot be opened is reported as a problem and no acceptance counts.
class AcceptanceLoader {
public:
    static AcceptanceStore::Loaded load(const Context& ctx, const Roster& roster);
};

}  // namespace countersign::cli
