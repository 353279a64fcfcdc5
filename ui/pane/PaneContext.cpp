#include "ui/pane/PaneContext.h"

#include <QCoreApplication>

#include "workspace/Operator.h"
#include "workspace/Role.h"

namespace countersign::ui {

bool PaneContext::hasRole(const QString& role) const {
    return op && op->hasRole(role);
}

QString PaneContext::refusal(const QString& role) const {
    if (!op)
        return QCoreApplication::translate(
                   "PaneContext", "Sign in as a %1 to do this (top right, or Ctrl+Shift+I).")
            .arg(Role::label(role));
    if (!op->hasRole(role))
        return QCoreApplication::translate("PaneContext",
                                           "%1 does not hold the %2 role on the roster.")
            .arg(op->name, Role::label(role));
    return {};
}

}  // namespace countersign::ui
