#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace countersign::ui {

// Every main-window action with its object name, shortcut and menu place. The window
// connects them; tests trigger them by object name ("actionOpenWorkspace", ...).
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QObject* parent);

    // Builds File, View, Bundle, Audit and Help in the menu bar.
    void populate(QMenuBar* bar);
    // The View menu's pane switchers ("actionPaneOverview", Ctrl+1...), rebuilt per pane list.
    QAction* addPaneAction(const QString& paneName, const QString& title, int number);

    QList<QAction*> all() const;  // every action, for the shortcuts list

    // File
    QAction* openWorkspace = nullptr;
    QMenu* recentMenu = nullptr;
    QAction* reloadWorkspace = nullptr;
    QAction* signIn = nullptr;
    QAction* signOut = nullptr;
    QAction* keySetup = nullptr;
    QAction* quit = nullptr;
    // View
    QAction* toggleNavigator = nullptr;
    QAction* focusNavigator = nullptr;
    QAction* fullScreen = nullptr;
    // Bundle
    QAction* nextBundle = nullptr;
    QAction* previousBundle = nullptr;
    QAction* openBundleFolder = nullptr;
    QAction* copyDigest = nullptr;
    QAction* signOff = nullptr;
    QAction* verifySignOffs = nullptr;
    // Audit
    QAction* showAudit = nullptr;
    QAction* copyStorePath = nullptr;
    // Help
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

private:
    QAction* make(const char* objectName, const QString& text, const QKeySequence& shortcut);

    QMenu* m_viewMenu = nullptr;
    QAction* m_paneSeparator = nullptr;
    QList<QAction*> m_all;
};

}  // namespace countersign::ui
