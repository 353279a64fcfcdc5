#pragma once

#include <QList>
#include <QString>

#include "gates/Verdict.h"

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
// change request, its state, the next step and the window. compute() reads the store and may
// run on a worker thread (see StoreReadJob); apply() shows its result.
class WorkflowHeader {
public:
    struct Gate {
        QString id;
        Verdict verdict = Verdict::Undefined;
        QString tooltip;
    };
    struct State {
        QList<Gate> gates;
        QString stateLine;
    };

    // storeNotMadeYet: store is null because the workspace has none yet (AppServices).
    static State compute(const Workspace& workspace, const Bundle& bundle, AuditStore* store,
                         const Clock& clock, bool storeNotMadeYet = false);
    static void apply(BundleHeader* header, const State& state);
};

}  // namespace countersign::ui
