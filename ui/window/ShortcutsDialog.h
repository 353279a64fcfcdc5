#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace countersign::ui {

// Help > Keyboard Shortcuts: every action of the main window with its key sequence.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

}  // namespace countersign::ui
