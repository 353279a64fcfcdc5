#pragma once

#include <QString>

#include "common/Clock.h"

namespace countersign {
class AuditStore;
class Roster;
class Workspace;
}  // namespace countersign

namespace countersign::ui {

// What signing needs from the console: the workspace (the sign-off flow's), its roster, the
// audit store that records, the clock, the signed-in operator and their key file, and why
// signing is refused when it is (the store failed a check, or is not open).
struct SigningServices {
    const Workspace* workspace = nullptr;
    const Roster* roster = nullptr;
    AuditStore* store = nullptr;
    const Clock* clock = &SystemClock::instance();
    QString operatorId;  // the signed-in operator
    QString keyFile;     // empty: OperatorKey::defaultPath(operatorId)
    QString blocked;     // non-empty: signing is refused, and why (AppServices::signingBlocked)
};

}  // namespace countersign::ui
