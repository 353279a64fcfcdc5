#pragma once

#include "panes/Pane.h"

class QLabel;

namespace countersign::ui {

class CalendarPanel;
class ReleaseActions;
class ReleaseBoard;
class RequestPanel;

// The Ops Lead's pane: the release board of every bundle's change request, the selected
// request (sign-offs, dual approval, what blocks it, approve / reject / hotfix / attestation /
// deployment) and the release calendar. Every rule is core/workflow's; this only presents it.
class ReleasePane : public Pane {
    Q_OBJECT
public:
    explicit ReleasePane(QWidget* parent = nullptr);
    QString title() const override { return tr("Release"); }
    QStringList primaryRoles() const override;

    ReleaseBoard* board() const { return m_board; }
    RequestPanel* request() const { return m_request; }
    CalendarPanel* calendar() const { return m_calendar; }
    ReleaseActions* actions() const { return m_actions; }

protected:
    void refresh() override;

private:
    void reload();
    void updateButtons(bool hasRequest, bool open, bool approved, bool scheduled, bool driftFailed,
                       bool attested, bool deployed, bool webhookFailed);
    void afterRecord(const QString& message);
    // Production and last known-good versions of the model (controls.json), the pipeline report.
    QWidget* versionsSection() const;

    QLabel* m_message = nullptr;
    QWidget* m_view = nullptr;
    QWidget* m_versions = nullptr;
    ReleaseBoard* m_board = nullptr;
    RequestPanel* m_request = nullptr;
    CalendarPanel* m_calendar = nullptr;
    ReleaseActions* m_actions = nullptr;
};

}  // namespace countersign::ui
