#pragma once

#include <QString>

namespace countersign {
class AuditStore;
class Clock;
class Workspace;
struct Bundle;
struct ChangeRequest;
}  // namespace countersign

namespace countersign::ui {

class BundleHeader;

// Fills the bundle header from the workflow: a badge per gate from the recorded gate results
// for the bundle digest (the CI badge from the pipeline report), and the state line with the
// change request, its state, the next step and the window.
class WorkflowHeader {
public:
    static void apply(BundleHeader* header, const Workspace& workspace, const Bundle& bundle,
                      AuditStore* store, const Clock& clock);
};

}  // namespace countersign::ui
