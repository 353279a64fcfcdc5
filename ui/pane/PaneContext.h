#pragma once

#include <QString>

namespace countersign {
class Workspace;
struct Bundle;
struct BundleEntry;
struct Operator;
}  // namespace countersign

namespace countersign::ui {

struct AppServices;

// What a pane shows and for whom: the open workspace, the navigator's selection, the
// signed-in operator, and the shared services. Pointers stay valid until the next
// setContext() call; any of them may be null.
struct PaneContext {
    const Workspace* workspace = nullptr;
    const BundleEntry* entry = nullptr;  // the selected version, readable or not
    const Bundle* bundle = nullptr;  // its manifest; null when nothing is selected or it is invalid
    const Operator* op = nullptr;    // the signed-in operator
    AppServices* services = nullptr;

    bool hasRole(const QString& role) const;
    // Empty when the signed-in operator may act in this role, else why not (for a tooltip).
    QString refusal(const QString& role) const;
};

}  // namespace countersign::ui
