#pragma once

#include "common/Clock.h"

namespace countersign::ui {

class Settings;

// The services the panes share, handed down through PaneContext. Later features add their
// pointers here (the audit store, the key unlocker, ...); a null pointer means "not available".
struct AppServices {
    const Clock* clock = &SystemClock::instance();
    Settings* settings = nullptr;
};

}  // namespace countersign::ui
