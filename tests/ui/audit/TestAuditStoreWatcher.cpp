#include <QSignalSpy>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditStore.h"
#include "ui/audit/AuditStoreWatcher.h"

using namespace countersign;
using namespace countersign::ui;

// The one change notifier for the audit store: it reports appends from this connection and
// from another one (as another process would make them), and a checkpoint another connection
// signs without adding records; it stays quiet while nothing changes.
class TestAuditStoreWatcher : public QObject {
    Q_OBJECT
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC)};

    static AuditEntry entry(const QString& action) {
        return AuditEntry{QStringLiteral("cli"), {}, action, {}, {}};
    }

private slots:
    void reportsChangesFromAnyConnectionOnce() {
        test::TempDir dir;
        const QString db = dir.filePath(QStringLiteral("audit.sqlite"));
        auto opened = AuditStore::open(db, {}, m_clock);
        QVERIFY(opened.ok());
        std::unique_ptr<AuditStore> store = std::move(opened).value();
        QVERIFY(store->append(entry(QStringLiteral("test.first"))).ok());

        AuditStoreWatcher watcher;
        watcher.setInterval(20);
        QCOMPARE(watcher.interval(), 20);
        QSignalSpy changed(&watcher, &AuditStoreWatcher::changed);
        watcher.setStore(store.get());
        QTest::qWait(120);
        QCOMPARE(changed.count(), 0);  // nothing moved since setStore

        // Another connection appends: one notification, not one per tick.
        auto other = AuditStore::open(db, {}, m_clock);
        QVERIFY(other.ok());
        QVERIFY(other.value()->append(entry(QStringLiteral("test.other"))).ok());
        QTRY_COMPARE(changed.count(), 1);
        QTest::qWait(120);
        QCOMPARE(changed.count(), 1);

        // This connection appends: noticed by the size.
        QVERIFY(store->append(entry(QStringLiteral("test.own"))).ok());
        QTRY_COMPARE(changed.count(), 2);

        // Another connection signs a checkpoint, no new record: noticed by the change stamp.
        const qint64 size = store->size();
        QVERIFY(other.value()->checkpoint().ok());
        QTRY_COMPARE(changed.count(), 3);
        QCOMPARE(store->size(), size);

        // check() looks at once; without a store nothing is reported.
        QVERIFY(other.value()->append(entry(QStringLiteral("test.now"))).ok());
        watcher.setInterval(60000);
        watcher.check();
        QCOMPARE(changed.count(), 4);
        watcher.setStore(nullptr);
        QVERIFY(other.value()->append(entry(QStringLiteral("test.unwatched"))).ok());
        watcher.check();
        QCOMPARE(changed.count(), 4);
    }
};

QTEST_MAIN(TestAuditStoreWatcher)
#include "TestAuditStoreWatcher.moc"
