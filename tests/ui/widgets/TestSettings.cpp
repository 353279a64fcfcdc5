// The typed settings: defaults from the key table, recent workspaces, persistence.
#include <QtTest>

#include "TempDir.h"
#include "ui/Settings.h"

using namespace countersign::ui;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultsComeFromTheTable();
    void recentWorkspacesAreOrderedAndBounded();
    void valuesPersist();
};

void TestSettings::defaultsComeFromTheTable() {
    countersign::test::TempDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(s.recentWorkspaces().isEmpty());
    QVERIFY(s.lastWorkspace().isEmpty());
    QVERIFY(s.windowGeometry().isEmpty());
    QVERIFY(s.navigatorVisible());
    QCOMPARE(Settings::storageName(Settings::Key::RecentWorkspaces),
             QStringLiteral("workspace/recent"));
    s.setNavigatorVisible(false);
    QVERIFY(!s.navigatorVisible());
    s.reset(Settings::Key::NavigatorVisible);
    QVERIFY(s.navigatorVisible());
}

void TestSettings::recentWorkspacesAreOrderedAndBounded() {
    countersign::test::TempDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    s.addRecentWorkspace(QStringLiteral("/a"));
    s.addRecentWorkspace(QStringLiteral("/b/"));
    s.addRecentWorkspace(QStringLiteral("/a/./"));
    QCOMPARE(s.recentWorkspaces(), (QStringList{QStringLiteral("/a"), QStringLiteral("/b")}));
    for (int i = 0; i < 20; ++i) s.addRecentWorkspace(QStringLiteral("/w%1").arg(i));
    QCOMPARE(s.recentWorkspaces().size(), Settings::maxRecentWorkspaces);
    QCOMPARE(s.recentWorkspaces().first(), QStringLiteral("/w19"));
    s.clearRecentWorkspaces();
    QVERIFY(s.recentWorkspaces().isEmpty());
}

void TestSettings::valuesPersist() {
    countersign::test::TempDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(file);
        s.setLastWorkspace(QStringLiteral("/ws"));
        s.setWindowGeometry(QByteArrayLiteral("\x01\x02geometry"));
        s.addRecentWorkspace(QStringLiteral("/ws"));
        s.sync();
    }
    Settings again(file);
    QCOMPARE(again.lastWorkspace(), QStringLiteral("/ws"));
    QCOMPARE(again.windowGeometry(), QByteArrayLiteral("\x01\x02geometry"));
    QCOMPARE(again.recentWorkspaces(), QStringList{QStringLiteral("/ws")});
}

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
