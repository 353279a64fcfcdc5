#pragma once

#include <QDialog>

#include "workspace/Bundle.h"
#include "workspace/Roster.h"

namespace countersign::ui {

class SignOffListView;

// Bundle → Verify sign-offs…: every sign-off of the bundle with its verdict and reason,
// checked against the roster and the bundle as it is now.
class SignOffsDialog : public QDialog {
    Q_OBJECT
public:
    SignOffsDialog(const Bundle& bundle, const Roster& roster, QWidget* parent = nullptr);
    SignOffListView* listView() const { return m_list; }

private:
    SignOffListView* m_list = nullptr;
};

}  // namespace countersign::ui
