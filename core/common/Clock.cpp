#include "common/Clock.h"

namespace countersign {

const SystemClock& SystemClock::instance() {
    static const SystemClock clock;
    return clock;
}

}  // namespace countersign
