#pragma once

#include "panes/Pane.h"

class QPushButton;
class QLabel;

namespace countersign::ui {

class SecurityPaneView;

// The Security Engineer's pane (runbook step 3): the integrity table with live progress and
// copyable digests, the findings of every scanner report with sort, filter, grouping and
// counts, the accepted findings, and the signed sign-off of the security step. The view
// (and the hashing it runs) survives context changes; only a different bundle restarts it.
class SecurityPane : public Pane {
    Q_OBJECT
public:
    explicit SecurityPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Security"); }
    QStringList primaryRoles() const override;

    SecurityPaneView* view() const { return m_view; }
    static QString scansFolder() { return QStringLiteral("scans"); }

protected:
    void refresh() override;
    void showEvent(QShowEvent* event) override;

private:
    void signOff();
    void updateSignOff();

    SecurityPaneView* m_view = nullptr;
    QPushButton* m_signOff = nullptr;
    QLabel* m_signOffNote = nullptr;
    QWidget* m_signOffRow = nullptr;
    QString m_verifiedKey;  // the bundle hashing was started for
};

}  // namespace countersign::ui
