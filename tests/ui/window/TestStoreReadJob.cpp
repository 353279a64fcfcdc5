// Reads of the audit store on the pool for the GUI: the latest request's result comes back on
// the GUI thread, superseded and discarded ones never do, the work reads the store over a
// read-only connection of its own, and a context that goes away gets nothing.
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "ui/async/StoreReadJob.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestStoreReadJob : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void latestResultOnlyOnTheGuiThread();
    void readsTheStoreOverItsOwnReadOnlyConnection();
    void discardedAndOrphanedResultsAreDropped();

private:
    std::unique_ptr<test::TempDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<AuditStore> m_store;
    Workspace m_workspace;
};

void TestStoreReadJob::init() {
    m_dir = std::make_unique<test::TempDir>();
    const QString path = m_dir->filePath(QStringLiteral("audit.sqlite"));
    auto opened = AuditStore::open(path, AuditStore::defaultKeyPath(path), m_clock);
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store
                    ->append(AuditEntry{QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
                                        QStringLiteral("gate.bias"),
                                        QStringLiteral("fraud-detection@2026.11.0"),
                                        QJsonObject{{QStringLiteral("n"), i}}})
                    .ok());
}

void TestStoreReadJob::cleanup() {
    QThreadPool::globalInstance()->waitForDone();
    m_store.reset();
    m_dir.reset();
}

void TestStoreReadJob::latestResultOnlyOnTheGuiThread() {
    QObject context;
    QList<int> delivered;
    QList<bool> onGuiThread;
    StoreReadJob<int> job(&context, [&](const int& n) {
        delivered << n;
        onGuiThread << (QThread::currentThread() == context.thread());
    });
    // The first request is still running when the second is made: only the second counts.
    job.start(m_workspace, nullptr, m_clock.now(), [](const Workspace&, AuditStore*, const Clock&) {
        QThread::msleep(300);
        return 1;
    });
    job.start(m_workspace, nullptr, m_clock.now(),
              [](const Workspace&, AuditStore*, const Clock&) { return 2; });
    QVERIFY(job.isBusy());
    QTRY_VERIFY(!job.isBusy());
    QCOMPARE(delivered, QList<int>{2});
    QCOMPARE(onGuiThread, QList<bool>{true});
}

void TestStoreReadJob::readsTheStoreOverItsOwnReadOnlyConnection() {
    QObject context;
    struct Seen {
        qint64 size = -1;
        int records = -1;
        bool appendRefused = false;
        bool checkpointRefused = false;
        QDateTime now;
        bool otherThread = false;
    };
    std::optional<Seen> seen;
    StoreReadJob<Seen> job(&context, [&](const Seen& s) { seen = s; });
    QThread* gui = QThread::currentThread();
    job.start(m_workspace, m_store.get(), m_clock.now(),
              [gui](const Workspace&, AuditStore* store, const Clock& clock) {
                  Seen s;
                  if (!store)
                      return s;
                  s.size = store->size();
                  AuditFilter f;
                  f.subject = QStringLiteral("fraud-detection@2026.11.0");
                  auto records = store->records(f, 0, 100);
                  s.records = records ? static_cast<int>(records->size()) : -1;
                  s.appendRefused = !store->append(AuditEntry{}).ok();
                  s.checkpointRefused = !store->checkpoint().ok();
                  s.now = clock.now();
                  s.otherThread = QThread::currentThread() != gui;
                  return s;
              });
    QTRY_VERIFY(seen.has_value());
    QCOMPARE(seen->size, 3);
    QCOMPARE(seen->records, 3);
    QVERIFY(seen->appendRefused);
    QVERIFY(seen->checkpointRefused);
    QCOMPARE(seen->now, m_clock.now());
    QVERIFY(seen->otherThread);
    // Nothing was written through the reader: the store is as it was, and still verifies.
    QCOMPARE(m_store->size(), 3);
    QVERIFY(m_store->verify().ok());
}

void TestStoreReadJob::discardedAndOrphanedResultsAreDropped() {
    int delivered = 0;
    {
        QObject context;
        StoreReadJob<int> job(&context, [&](const int&) { ++delivered; });
        job.start(m_workspace, m_store.get(), m_clock.now(),
                  [](const Workspace&, AuditStore* store, const Clock&) {
                      return static_cast<int>(store ? store->size() : -1);
                  });
        job.discard();
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(delivered, 0);
        // The job and its context go away while a request runs: the job lets the read end
        // (its connection must not outlive the job), and the result has nowhere to go.
        job.start(m_workspace, m_store.get(), m_clock.now(),
                  [](const Workspace&, AuditStore*, const Clock&) {
                      QThread::msleep(200);
                      return 1;
                  });
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
}

QTEST_MAIN(TestStoreReadJob)
#include "TestStoreReadJob.moc"
