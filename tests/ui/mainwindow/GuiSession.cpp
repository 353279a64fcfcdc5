#include "GuiSession.h"

#include <QtTest>

#include "GuiWorkspace.h"
#include "ui/Settings.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"

namespace countersign::test {

GuiSession::GuiSession() = default;

GuiSession::~GuiSession() {
    tearDown();
}

QString GuiSession::setUp() {
    tearDown();
    m_dir = std::make_unique<TempDir>();
    m_root = m_dir->filePath(QStringLiteral("ws"));
    ui::DialogHooks::clear();
    ui::DialogHooks::setSuppressInformation(true);
    return createGuiWorkspace(m_root);
}

void GuiSession::tearDown() {
    closeWindow();
    ui::DialogHooks::clear();
    m_dir.reset();
    m_root.clear();
}

QString GuiSession::openWindow(Show show) {
    closeWindow();
    if (!m_dir)
        return QStringLiteral("GuiSession::openWindow before setUp");
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<ui::MainWindow>(m_settings.get());
    if (show == Show::Yes) {
        m_window->resize(1280, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return QStringLiteral("the main window was not exposed");
    }
    if (!m_window->openWorkspace(m_root))
        return QStringLiteral("the main window did not open the workspace %1").arg(m_root);
    return {};
}

bool GuiSession::signIn(const QString& operatorId) const {
    return m_window &&
           m_window->signIn(operatorId, guiPassphrase(operatorId), guiKeyFile(m_root, operatorId));
}

void GuiSession::closeWindow() {
    m_window.reset();
    m_settings.reset();
}

}  // namespace countersign::test
