#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

class QSettings;

namespace countersign::ui {

// The console's remembered preferences, one typed accessor per key. Every key, its storage
// name and its default live in one table (Settings.cpp), so nothing reads QSettings directly.
class Settings {
public:
    enum class Key {
        RecentWorkspaces,   // QStringList, most recent first
        LastWorkspace,      // QString, reopened when no --workspace is given
        WindowGeometry,     // QByteArray, QWidget::saveGeometry
        WindowState,        // QByteArray, QMainWindow::saveState
        SplitterState,      // QByteArray, navigator / content splitter
        NavigatorVisible,   // bool
        DeploymentWebhook,  // QString URL, used when controls.json names none
    };

    static constexpr int maxRecentWorkspaces = 8;

    // The application's settings (QSettings' native location for the organisation).
    Settings();
    // Settings kept in an INI file: tests, and portable installs.
    explicit Settings(const QString& iniFile);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QString storageName(Key key);
    static QVariant defaultValue(Key key);

    QStringList recentWorkspaces() const;
    // Puts the folder first, drops duplicates and folders beyond maxRecentWorkspaces.
    void addRecentWorkspace(const QString& dir);
    void clearRecentWorkspaces();

    QString lastWorkspace() const { return value(Key::LastWorkspace).toString(); }
    void setLastWorkspace(const QString& dir) { setValue(Key::LastWorkspace, dir); }
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray& g) { setValue(Key::WindowGeometry, g); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray& s) { setValue(Key::WindowState, s); }
    QByteArray splitterState() const { return value(Key::SplitterState).toByteArray(); }
    void setSplitterState(const QByteArray& s) { setValue(Key::SplitterState, s); }
    bool navigatorVisible() const { return value(Key::NavigatorVisible).toBool(); }
    void setNavigatorVisible(bool v) { setValue(Key::NavigatorVisible, v); }
    QString deploymentWebhook() const { return value(Key::DeploymentWebhook).toString(); }
    void setDeploymentWebhook(const QString& url) { setValue(Key::DeploymentWebhook, url); }

    void sync();

private:
    std::unique_ptr<QSettings> m_store;
};

}  // namespace countersign::ui
