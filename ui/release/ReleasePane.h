#pragma once

#include <QList>
#include <memory>
#include <optional>

#include "ui/pane/Pane.h"
#include "ui/release/BoardRow.h"
#include "ui/release/RequestView.h"

class QLabel;
class QSplitter;

namespace countersign::ui {

class CalendarPanel;
class ReleaseActions;
class ReleaseBoard;
class RequestPanel;
template <typename T>
class StoreReadJob;

// The Ops Lead's pane: the release board of every bundle's change request, the selected
// request (sign-offs, dual approval, what blocks it, approve / reject / hotfix / attestation /
// deployment) and the release calendar. Every rule is core/workflow's; this only presents it.
class ReleasePane : public Pane {
    Q_OBJECT
public:
    explicit ReleasePane(QWidget* parent = nullptr);
    ~ReleasePane() override;
    QString title() const override { return tr("Release"); }
    QStringList primaryRoles() const override;

    ReleaseBoard* board() const { return m_board; }
    RequestPanel* request() const { return m_request; }
    CalendarPanel* calendar() const { return m_calendar; }
    ReleaseActions* actions() const { return m_actions; }
    // True while the board's rows or the selected request are being read on the pool (tests
    // wait for it).
    bool isLoading() const;

protected:
    void refresh() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void reload();
    void showBoard(const QList<BoardRow>& rows);
    // The selected request, once read; dropped when another bundle was chosen meanwhile.
    void showRequest(const RequestView& view);
    // The buttons for the request shown (none yet: all off) and the operator signed in.
    void applyButtons();
    void updateButtons(bool hasRequest, bool open, bool approved, bool scheduled, bool driftFailed,
                       bool attested, bool deployed, bool webhookFailed);
    void afterRecord(const QString& message);
    // The board as tall as its rows (up to about half the pane) until the operator moves the
    // divider; the request's details below take the rest.
    void fitBoard();
    // Production and last known-good versions of the model (controls.json), the pipeline report.
    QWidget* versionsSection() const;

    QLabel* m_message = nullptr;
    QSplitter* m_view = nullptr;
    bool m_dividerMoved = false;
    QWidget* m_versions = nullptr;
    ReleaseBoard* m_board = nullptr;
    RequestPanel* m_request = nullptr;
    CalendarPanel* m_calendar = nullptr;
    ReleaseActions* m_actions = nullptr;
    std::unique_ptr<StoreReadJob<QList<BoardRow>>> m_boardJob;
    std::unique_ptr<StoreReadJob<RequestView>> m_requestJob;
    std::optional<RequestView> m_shown;  // the request on screen
};

}  // namespace countersign::ui
