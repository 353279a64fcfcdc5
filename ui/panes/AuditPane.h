#pragma once

#include "panes/Pane.h"

namespace countersign::ui {

// The audit store of the workspace: where it is and whether it exists yet. Unlike the other
// panes it needs no selected version.
class AuditPane : public Pane {
    Q_OBJECT
public:
    explicit AuditPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Audit"); }

protected:
    void refresh() override;
};

}  // namespace countersign::ui
