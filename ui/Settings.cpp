#include "ui/Settings.h"

#include <QDir>
#include <QSettings>
#include <array>

namespace countersign::ui {

namespace {

struct KeyInfo {
    Settings::Key key;
    const char* name;
    QVariant (*fallback)();
};

// The one table of keys: storage name and default value.
const std::array<KeyInfo, 7> keyTable{{
    {Settings::Key::RecentWorkspaces, "workspace/recent", [] { return QVariant(QStringList()); }},
    {Settings::Key::LastWorkspace, "workspace/last", [] { return QVariant(QString()); }},
    {Settings::Key::WindowGeometry, "window/geometry", [] { return QVariant(QByteArray()); }},
    {Settings::Key::WindowState, "window/state", [] { return QVariant(QByteArray()); }},
    {Settings::Key::SplitterState, "window/splitter", [] { return QVariant(QByteArray()); }},
    {Settings::Key::NavigatorVisible, "window/navigatorVisible", [] { return QVariant(true); }},
    {Settings::Key::DeploymentWebhook, "release/deploymentWebhook",
     [] { return QVariant(QString()); }},
}};

const KeyInfo& info(Settings::Key key) {
    for (const KeyInfo& k : keyTable)
        if (k.key == key)
            return k;
    return keyTable.front();
}

}  // namespace

Settings::Settings() : m_store(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniFile)
    : m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QString Settings::storageName(Key key) {
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key) {
    return info(key).fallback();
}

QVariant Settings::value(Key key) const {
    return m_store->value(storageName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value) {
    m_store->setValue(storageName(key), value);
}

void Settings::reset(Key key) {
    m_store->remove(storageName(key));
}

QStringList Settings::recentWorkspaces() const {
    return value(Key::RecentWorkspaces).toStringList();
}

void Settings::addRecentWorkspace(const QString& dir) {
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    QStringList list = recentWorkspaces();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > maxRecentWorkspaces) list.removeLast();
    setValue(Key::RecentWorkspaces, list);
}

void Settings::clearRecentWorkspaces() {
    reset(Key::RecentWorkspaces);
}

void Settings::sync() {
    m_store->sync();
}

}  // namespace countersign::ui
