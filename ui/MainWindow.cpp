#include "MainWindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace countersign::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Countersign"));
    m_panes = new QTabWidget(this);
    m_panes->setObjectName(QStringLiteral("panes"));
    setCentralWidget(m_panes);
    createMenus();
    statusBar()->showMessage(tr("No workspace open"));
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Countersign"), this, [this] {
        QMessageBox::about(this, tr("About Countersign"),
                           tr("Countersign %1\nRelease console for production ML models.")
                               .arg(QStringLiteral(COUNTERSIGN_VERSION)));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

}  // namespace countersign::ui
