#pragma once

#include <QString>
#include <memory>

#include "TempDir.h"

namespace countersign::ui {
class MainWindow;
class Settings;
}  // namespace countersign::ui

namespace countersign::test {

// One GUI test's world, fresh per test function: a temporary folder holding the GUI workspace
// (createGuiWorkspace) and the settings file, dialog hooks that never block, and the main
// window on that workspace. Call setUp() from init() and tearDown() from cleanup().
class GuiSession {
public:
    GuiSession();
    ~GuiSession();

    // Makes the folder and the workspace. Returns an empty string on success, otherwise what
    // went wrong.
    QString setUp();
    // Closes the window and removes the folder.
    void tearDown();

    enum class Show { Yes, No };
    // Opens a main window on the workspace: shown at 1280x800 and exposed unless Show::No. A
    // window already open is closed first. Returns an empty string on success, otherwise what
    // went wrong.
    QString openWindow(Show show = Show::Yes);
    void closeWindow();

    // Signs the operator in through the main window's proof with their GUI workspace key
    // (guiKeyFile, guiPassphrase); true when signed in.
    bool signIn(const QString& operatorId) const;

    ui::MainWindow* window() const { return m_window.get(); }
    QString root() const { return m_root; }
    const TempDir& dir() const { return *m_dir; }

private:
    std::unique_ptr<TempDir> m_dir;
    QString m_root;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

}  // namespace countersign::test
