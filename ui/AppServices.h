#pragma once

#include <QString>

#include "common/Clock.h"

namespace countersign {
class AuditStore;
}

namespace countersign::ui {

class AuditStoreWatcher;
class Settings;

// The services the panes share, handed down through PaneContext. Later features add their
// pointers here (the audit store, the key unlocker, ...); a null pointer means "not available".
struct AppServices {
    const Clock* clock = &SystemClock::instance();
    // True when a person set the clock (the console's --clock): then only a training workspace
    // opens (TrainingWorkspace). Tests that inject a FixedClock leave it false.
    bool clockSetByOption = false;
    Settings* settings = nullptr;
    // The open workspace's audit store (<workspace>/.countersign/audit.sqlite), opened by the
    // main window with the workspace. Null when it could not be opened: auditError says why,
    // and nothing that must be recorded may proceed.
    AuditStore* audit = nullptr;
    QString auditError;
    // The workspace has no audit store yet (looking makes none; the first sign-in does): audit
    // is null for that reason, not because a store failed to open.
    bool auditNotMadeYet = false;
    // Emits changed() when the audit store moved (records or checkpoints, from this process or
    // another): the one poll of the store file that the window and the panes share.
    AuditStoreWatcher* auditWatcher = nullptr;
    // Non-empty when signing is refused for this store, and why: it failed the consistency
    // check against the checkpoint a signed-in operator held (truncated, rewritten or forked).
    // Stays set until the workspace is opened again. Everything that signs checks it.
    QString signingBlocked;
};

}  // namespace countersign::ui
