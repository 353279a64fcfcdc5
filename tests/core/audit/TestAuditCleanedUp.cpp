// Attacks on the audit store by someone with the workspace's own permissions who cleans up
// after themselves: the triggers put back, the hashes, tree nodes and checkpoints recomputed
// and re-signed with the store's key (which lies beside the database). Plain verification of
// the database alone cannot see these; the witnesses held outside it must.
#include <QDir>
#include <QFile>
#include <QtTest>

#include "StoreFile.h"
#include "TempDir.h"
#include "audit/AuditStore.h"
#include "audit/AuditVerifier.h"

using namespace countersign;
using Problem = AuditVerification::Problem;

namespace {

constexpr int kRecords = 20;

AuditEntry entry(int i, const QString& note = QStringLiteral("as recorded")) {
    return AuditEntry{QStringLiteral("op%1").arg(i % 3), QStringLiteral("risk_officer"),
                      QStringLiteral("note.review"), QStringLiteral("fraud-detection@2026.11.0"),
                      QJsonObject{{QStringLiteral("i"), i}, {QStringLiteral("note"), note}}};
}

}  // namespace

class TestAuditCleanedUp : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    const QDateTime kStart{QDate(2026, 11, 3), QTime(2, 0), Qt::UTC};
    FixedClock m_clock{kStart};
    QString m_db;
    std::optional<NoteVerifier> m_verifier;
    QString m_origin;
    std::map<qint64, QByteArray> m_roots;  // the original store's root at each size

    // A store of `count` records at dbPath with the given key file (a new key when missing);
    // record `changed` (if any) says something else. Returns false on any failure.
    bool build(const QString& db, const QString& key, int count, int changed = -1) {
        m_clock.set(kStart);  // the forgery keeps the original's times
        auto store = AuditStore::open(db, key, m_clock);
        if (!store)
            return false;
        for (int i = 0; i < count; ++i) {
            if (!store.value()
                     ->append(entry(i, i == changed ? QStringLiteral("rewritten")
                                                    : QStringLiteral("as recorded")))
                     .ok())
                return false;
            m_clock.advance(60);
        }
        return store.value()->checkpoint().ok();
    }

    // The attacker's store moved over the original: database and checkpoint file (and the
    // key too when it is a new one). No -wal is left: build() closed the store.
    void replaceWith(const QString& forged, bool withKey) {
        for (const QString& suffix : {QString(), QStringLiteral(".checkpoint")}) {
            QFile::remove(m_db + suffix);
            QVERIFY(QFile::copy(forged + suffix, m_db + suffix));
        }
        QFile::remove(m_db + QStringLiteral("-wal"));
        QFile::remove(m_db + QStringLiteral("-shm"));
        if (withKey) {
            QFile::remove(AuditStore::defaultKeyPath(m_db));
            QVERIFY(
                QFile::copy(AuditStore::defaultKeyPath(forged), AuditStore::defaultKeyPath(m_db)));
        }
    }

    // A signer's witness of the original store at `size` (what a sign-off envelope holds).
    AuditWitnesses::Seen seen(qint64 size) const {
        return {QStringLiteral("ana.ruiz's release sign-off at %1").arg(size), m_origin, size,
                m_roots.at(size)};
    }

    // What `audit verify` does: the store's key from its file, the sidecar and the witnesses.
    AuditVerification verify(const QList<AuditWitnesses::Seen>& seenWitnesses) {
        auto verifier = AuditStore::keyVerifier(m_db);
        if (!verifier) {
            AuditVerification v;
            v.problem = Problem::Unreadable;
            v.message = verifier.error().message;
            return v;
        }
        AuditWitnesses w = AuditStore::sidecarWitness(m_db);
        w.seen = seenWitnesses;
        return AuditVerifier::run(m_db, verifier.value(), w, {}, nullptr);
    }

    QString forgedDb(const QString& name) const {
        return m_dir->filePath(name + QStringLiteral("/audit.sqlite"));
    }

private slots:
    void init() {
        m_dir = std::make_unique<test::TempDir>();
        m_db = forgedDb(QStringLiteral("a"));
        QVERIFY(build(m_db, {}, kRecords));
        auto store = AuditStore::openExisting(m_db, {}, m_clock);
        QVERIFY(store.ok());
        m_verifier = store.value()->verifier();
        m_origin = store.value()->origin();
        for (qint64 size : {5, 10, 15, 20}) {
            auto root = store.value()->rootHash(size);
            QVERIFY(root.ok());
            m_roots[size] = root.value();
        }
    }
    void cleanup() { m_dir.reset(); }

    void intactStorePassesEveryWitness() {
        const AuditVerification v = verify({seen(5), seen(10), seen(20)});
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.witnessesChecked, 4);  // the checkpoint file and three sign-offs
    }

    // Record 7 rewritten, every later hash, node and checkpoint recomputed and re-signed
    // with the store's own key: the database is consistent in itself.
    void rechainWithTheStoresKey() {
        const QString forged = forgedDb(QStringLiteral("forged"));
        QDir().mkpath(QFileInfo(forged).absolutePath());
        QVERIFY(build(forged, AuditStore::defaultKeyPath(m_db), kRecords, 7));
        replaceWith(forged, false);
        QVERIFY2(verify({}).ok(), "the database alone cannot tell");
        const AuditVerification v = verify({seen(5), seen(10), seen(15)});
        QCOMPARE(v.problem, Problem::HistoryRewritten);
        QCOMPARE(v.firstBadSeq, 5);  // the last witness that still matches saw 5 records
        QVERIFY2(v.message.contains(QLatin1String("since ana.ruiz's release sign-off at 10 saw "
                                                  "10 records")),
                 qPrintable(v.message));
        QVERIFY2(v.message.contains(QLatin1String("#5 to #9")), qPrintable(v.message));
    }

    // The last 8 records removed, the checkpoints of 20 dropped, the checkpoint file rolled
    // back to an older valid one (the forged store's own, of 12 records).
    void truncatedWithTheCheckpointFileRolledBack() {
        const QString forged = forgedDb(QStringLiteral("short"));
        QDir().mkpath(QFileInfo(forged).absolutePath());
        QVERIFY(build(forged, AuditStore::defaultKeyPath(m_db), 12));
        replaceWith(forged, false);
        const AuditVerification v = verify({seen(15)});
        QCOMPARE(v.problem, Problem::Truncated);
        QCOMPARE(v.firstBadSeq, 12);
        QVERIFY2(v.message.contains(QLatin1String("first missing record is #12")),
                 qPrintable(v.message));
    }

    // A new store with a new key in place of the old one: every witness is of another log.
    void keySwapped() {
        const QString forged = forgedDb(QStringLiteral("swapped"));
        QDir().mkpath(QFileInfo(forged).absolutePath());
        QVERIFY(build(forged, {}, kRecords));
        replaceWith(forged, true);
        QVERIFY2(verify({}).ok(), "the database and its new key agree");
        const AuditVerification v = verify({seen(10)});
        QCOMPARE(v.problem, Problem::WrongKey);
        QVERIFY2(v.message.contains(m_origin), qPrintable(v.message));
    }

    // A row slipped in below the tree: listings and searches would return it.
    void hiddenRow() {
        QVERIFY(test::tamperStore(
                    m_db, {QStringLiteral("INSERT INTO records SELECT -1, time, actor, role, "
                                          "action, subject, bytes, hash, nodes FROM records "
                                          "WHERE seq = 3")})
                    .isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::StrayRow);
        QVERIFY2(v.message.contains(QLatin1String("sequence number -1")), qPrintable(v.message));
    }

    void triggerDropped() {
        QVERIFY(test::dropTrigger(m_db, QStringLiteral("records_no_delete")).isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::SchemaChanged);
        QVERIFY2(v.message.contains(QLatin1String("trigger records_no_delete was removed")),
                 qPrintable(v.message));
    }

    void triggerWeakened() {
        QVERIFY(test::tamperStore(m_db, {}).isEmpty());  // a clean-up alone changes nothing
        QVERIFY(verify({}).ok());
        QVERIFY(test::dropTrigger(m_db, QStringLiteral("records_no_update")).isEmpty());
        QVERIFY(test::tamperStore(
                    m_db, {QStringLiteral("CREATE TRIGGER records_no_update BEFORE UPDATE ON "
                                          "records WHEN 0 BEGIN SELECT 1; END")})
                    .isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::SchemaChanged);
        QVERIFY2(v.message.contains(QLatin1String("trigger records_no_update was changed")),
                 qPrintable(v.message));
    }

    // The checkpoint the checkpoint file holds (of 20 records) deleted from the table.
    void checkpointRowsDropped() {
        QVERIFY(test::tamperStore(m_db, {QStringLiteral("DELETE FROM checkpoints WHERE size = 20")})
                    .isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::CheckpointMissing);
        QVERIFY2(v.message.contains(QLatin1String("checkpoint file")), qPrintable(v.message));
    }

    // An older signed checkpoint moved up (its size column raised) would pose as the latest.
    void checkpointRowMovedUp() {
        QVERIFY(test::tamperStore(
                    m_db, {QStringLiteral("UPDATE checkpoints SET size = size + 1000 WHERE size "
                                          "= (SELECT min(size) FROM checkpoints)")})
                    .isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::ColumnsChanged);
        QVERIFY2(v.message.contains(QLatin1String("its columns were changed")),
                 qPrintable(v.message));
    }

    // The time column is not in the signed note: it must lie between the times of the last
    // record a checkpoint covers and the next record.
    void checkpointTimeChanged() {
        QVERIFY(
            test::tamperStore(
                m_db, {QStringLiteral("UPDATE checkpoints SET time = '2019-01-01T00:00:00.000Z' "
                                      "WHERE size = (SELECT min(size) FROM checkpoints)")})
                .isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::ColumnsChanged);
        QVERIFY2(v.message.contains(QLatin1String("time column was changed")),
                 qPrintable(v.message));
        QVERIFY(v.firstBadSeq >= 0);
    }

    void checkpointTimeNotATime() {
        QVERIFY(
            test::tamperStore(m_db, {QStringLiteral("UPDATE checkpoints SET time = 'x' WHERE "
                                                    "size = (SELECT max(size) FROM checkpoints)")})
                .isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::ColumnsChanged);
    }

    void extraMetaKey() {
        QVERIFY(test::tamperStore(m_db, {QStringLiteral("INSERT INTO meta VALUES ('vkey2', 'x')")})
                    .isEmpty());
        const AuditVerification v = verify({});
        QCOMPARE(v.problem, Problem::StrayRow);
        QVERIFY2(v.message.contains(QLatin1String("vkey2")), qPrintable(v.message));
    }
};

QTEST_GUILESS_MAIN(TestAuditCleanedUp)
#include "TestAuditCleanedUp.moc"
