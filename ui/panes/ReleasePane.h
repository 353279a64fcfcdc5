#pragma once

#include "panes/Pane.h"

namespace countersign::ui {

// The Ops Lead's pane: the model's production and last known-good versions, the release
// calendar and approval rules from controls.json, and the sign-offs present in approvals/.
class ReleasePane : public Pane {
    Q_OBJECT
public:
    explicit ReleasePane(QWidget* parent = nullptr);
    QString title() const override { return tr("Release"); }
    QStringList primaryRoles() const override;

    static QString approvalsFolder() { return QStringLiteral("approvals"); }
    static QString pipelineReport() { return QStringLiteral("guardrails/report.json"); }

protected:
    void refresh() override;

private:
    QWidget* versionsSection();
    QWidget* calendarSection();
    QWidget* approvalsSection();
};

}  // namespace countersign::ui
