#pragma once

#include "common/Result.h"

namespace countersign {

// Keeps secrets out of core dumps and away from other processes of the same user
// (KeePassXC's Bootstrap): RLIMIT_CORE = 0 and PR_SET_DUMPABLE = 0, which also blocks
// ptrace attach by non-root processes. Both mains call this first thing.
class ProcessHardening {
public:
    static Status disableCoreDumps();
    // True when the current process has core dumps off and is not dumpable (for tests).
    static bool coreDumpsDisabled();
};

}  // namespace countersign
