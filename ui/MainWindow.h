#pragma once

#include <QMainWindow>

class QTabWidget;

namespace countersign::ui {

// The console's main window: navigator on the left, the selected bundle's header and
// the role panes on the right, workspace status below.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void createMenus();

    QTabWidget* m_panes = nullptr;
};

}  // namespace countersign::ui
