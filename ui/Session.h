#pragma once

#include <QObject>

#include "ui/AppServices.h"
#include "ui/pane/PaneContext.h"

namespace countersign::ui {

// What the console is looking at, and for whom: the open workspace, the navigator's selection,
// the signed-in operator, and the shared services (clock, audit store, watcher). The main
// window owns it and is its only writer; panes, actions and dialogs read context() when they
// need it and follow the signals, instead of being handed copies.
//
// A pane follows workspaceChanged() and storeReplaced() at once (the pointers it holds die with
// them), the others when it is next shown (Pane does this).
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(AppServices* services, QObject* parent = nullptr);

    // The current context; its pointers stay valid until the next change signal.
    const PaneContext& context() const { return m_context; }
    AppServices& services() const { return *m_services; }

    // The main window's writes. update() emits workspaceChanged() when the workspace changed,
    // otherwise selectionChanged() and/or operatorChanged() for what did.
    void update(const Workspace* workspace, const BundleEntry* entry, const Operator* op);
    void notifyRecorded();       // emits recordsAppended()
    void notifyStoreReplaced();  // emits storeReplaced()

signals:
    void workspaceChanged();  // another workspace (or none): every pointer changed
    void selectionChanged();  // another version selected in the navigator (or none)
    void operatorChanged();   // signed in, out, or as someone else
    void recordsAppended();   // records came in, from this console or elsewhere
    // The audit store was opened, or is closing (services().audit is already null: let go of
    // it now, it is destroyed when this returns), or signing on it was refused.
    void storeReplaced();

private:
    AppServices* m_services;
    PaneContext m_context;
};

}  // namespace countersign::ui
