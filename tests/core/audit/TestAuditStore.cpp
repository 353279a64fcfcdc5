#include <sys/stat.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditBackend.h"
#include "audit/AuditStore.h"
#include "audit/OperatorAnchor.h"
#include "audit/TrainingMark.h"
#include "common/CanonicalJson.h"

using namespace countersign;

namespace {
AuditEntry entry(int i, const QString& action = QStringLiteral("gate.integrity")) {
    return AuditEntry{QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"), action,
                      QStringLiteral("fraud-detection@2026.11.0"),
                      QJsonObject{{QStringLiteral("n"), i},
                                  {QStringLiteral("note"), QStringLiteral("entry %1").arg(i)}}};
}
}  // namespace

class TestAuditStore : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC)};

    std::unique_ptr<AuditStore> openStore() {
        auto s = AuditStore::open(m_dir->filePath(QStringLiteral("ws/.countersign/audit.sqlite")),
                                  {}, m_clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return std::move(s.value());
    }

private slots:
    // The bytes of a record are written field by field in key order; they must be exactly
    // the canonical JSON of the record as an object (escapes, non-ASCII, nested payloads).
    void recordBytesAreTheCanonicalObject() {
        const QByteArray prev =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QList<AuditEntry> entries{
            {QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
             QStringLiteral("signoff.risk"), QStringLiteral("fraud-detection@2026.11.0"),
             QJsonObject{{QStringLiteral("gap"), 0.013},
                         {QStringLiteral("z"), QJsonArray{1, QStringLiteral("two"), true}},
                         {QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), QJsonValue()}}}}},
            {QString(), QString(), QStringLiteral("gate.bias"), QString(), QJsonObject{}},
            {QStringLiteral("o.m\u00e9ndez \"quoted\"\\\n\t"), QStringLiteral("ops_lead"),
             QStringLiteral("note\u2028x"), QStringLiteral("\U0001F600@1"),
             QJsonObject{{QStringLiteral("\u00e9"), QStringLiteral("\u0001")}}},
        };
        qint64 seq = 0;
        for (const AuditEntry& e : entries) {
            const QString time = QStringLiteral("2026-11-03T02:00:00.123Z");
            const QJsonObject o{{QStringLiteral("seq"), seq},
                                {QStringLiteral("time"), time},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("role"), e.role},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("subject"), e.subject},
                                {QStringLiteral("payload"), e.payload},
                                {QStringLiteral("prev"), QString::fromLatin1(prev.toHex())}};
            QCOMPARE(AuditBackend::recordBytes(seq, time, e, prev), CanonicalJson::serialize(o));
            seq = seq * 1000 + 987654321;
        }
    }

    void init() { m_dir = std::make_unique<test::TempDir>(); }
    void cleanup() { m_dir.reset(); }

    void appendsChainedRecords() {
        auto store = openStore();
        QCOMPARE(store->size(), 0);
        auto r0 = store->append(entry(0));
        QVERIFY(r0.ok());
        QCOMPARE(r0->seq, 0);
        QCOMPARE(r0->prevHash, QByteArray(32, '\0'));
        m_clock.advance(1);
        auto r1 = store->append(entry(1));
        QVERIFY(r1.ok());
        QCOMPARE(r1->seq, 1);
        QCOMPARE(r1->prevHash, r0->hash);
        QCOMPARE(r1->time, m_clock.now());
        QCOMPARE(store->size(), 2);
        QVERIFY(r1->bytes.startsWith(
            "{\"action\":\"gate.integrity\",\"actor\":\"r.ahmed\",\"payload\":{\"n\":1,"));
        QVERIFY(
            r1->bytes.endsWith(",\"seq\":1,\"subject\":\"fraud-detection@2026.11.0\",\"time\":"
                               "\"2026-11-03T02:00:01.000Z\"}"));
        auto listed = store->records({}, 0, 10);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(1).payload.value(QStringLiteral("n")).toInt(), 1);
    }

    // A training workspace's store marks every record it appends, one by one or in a batch,
    // inside the hashed bytes; a store not marked adds nothing.
    void trainingStoreMarksEveryRecord() {
        auto store = openStore();
        QVERIFY(store->append(entry(0)).ok());
        store->markTraining(true);
        auto one = store->append(entry(1));
        QVERIFY(one.ok());
        QVERIFY(one->bytes.contains("\"training\":true"));
        int left = 2;
        QVERIFY(store
                    ->appendBatch([&](AuditEntry& e) {
                        e = entry(10 + left);
                        return left-- > 0;
                    })
                    .ok());
        auto listed = store->records({}, 0, 10);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 4);
        QVERIFY(!TrainingMark::carries(listed->at(0).payload));
        for (int i = 1; i < 4; ++i) QVERIFY(TrainingMark::carries(listed->at(i).payload));
        QCOMPARE(TrainingMark::withoutMark(listed->at(1).payload), entry(1).payload);
        QVERIFY(store->verify().ok());
    }

    // The store stamps every record with its own clock, and time never goes backwards: an
    // append whose clock is earlier than the last record's time is refused, naming both.
    void refusesAnAppendWhenTheClockWentBack() {
        m_clock.set(QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC));
        auto store = openStore();
        QVERIFY(store->append(entry(0)).ok());
        QVERIFY(store->append(entry(1)).ok());  // the same time again is not earlier
        m_clock.advance(-60);
        auto back = store->append(entry(2));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().kind, Error::Kind::CheckFailed);
        QVERIFY2(back.error().message.contains(
                     QLatin1String("the clock went back: 2026-11-03T01:59:00.000Z is earlier than "
                                   "2026-11-03T02:00:00.000Z, the time of the last record (1)")),
                 qPrintable(back.error().message));
        int given = 0;
        auto batch = store->appendBatch([&](AuditEntry& e) {
            e = entry(3);
            return given++ < 2;
        });
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().kind, Error::Kind::CheckFailed);
        QCOMPARE(store->size(), 2);
        m_clock.advance(61);
        auto later = store->append(entry(2));
        QVERIFY(later.ok());
        QCOMPARE(later->seq, 2);
        QVERIFY(store->verify().ok());
    }

    // Inside one batch too: a clock that goes back mid-batch refuses the whole batch.
    void refusesABatchWhoseClockGoesBackMidway() {
        auto store = openStore();
        int given = 0;
        auto batch = store->appendBatch([&](AuditEntry& e) {
            if (given == 3)
                return false;
            if (given == 2)
                m_clock.advance(-1);
            e = entry(given++);
            return true;
        });
        QVERIFY(!batch.ok());
        QVERIFY2(batch.error().message.contains(QLatin1String("the clock went back")),
                 qPrintable(batch.error().message));
        QCOMPARE(store->size(), 0);
    }

    // A checkpoint is stamped by the clock once the write lock is held, and never before the
    // records it covers: a writer whose clock is behind the last record's time is refused and
    // the store stays verifiable (CI once saw a checkpoint stamped 3 ms before a record another
    // process appended while this one waited for the lock).
    void refusesACheckpointWhenTheClockWentBack() {
        m_clock.set(QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC));
        auto store = openStore();
        QVERIFY(store->append(entry(0)).ok());
        FixedClock other(m_clock.now().addSecs(60));
        auto ahead = AuditStore::open(
            m_dir->filePath(QStringLiteral("ws/.countersign/audit.sqlite")), {}, other);
        QVERIFY2(ahead.ok(), ahead.ok() ? "" : qPrintable(ahead.error().message));
        QVERIFY(ahead.value()->append(entry(1)).ok());
        auto cp = store->checkpoint();
        QVERIFY(!cp.ok());
        QCOMPARE(cp.error().kind, Error::Kind::CheckFailed);
        QVERIFY2(cp.error().message.contains(QLatin1String(
                     "the clock went back: 2026-11-03T02:00:00.000Z is earlier "
                     "than 2026-11-03T02:01:00.000Z, the time of the last record (1)")),
                 qPrintable(cp.error().message));
        QVERIFY(store->verify().ok());
        m_clock.advance(60);
        QVERIFY(store->checkpoint().ok());
        QVERIFY(store->verify().ok());
    }

    // The database, its -wal and -shm files and the key: owner-only whatever the umask.
    void storeFilesAreOwnerOnlyWhateverTheUmask() {
        const mode_t old = ::umask(0);
        auto store = openStore();
        QVERIFY(store->append(entry(0)).ok());
        ::umask(old);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QStringList files{store->path(), store->path() + QStringLiteral("-wal"),
                                store->path() + QStringLiteral("-shm"),
                                AuditStore::defaultKeyPath(store->path())};
        for (const QString& file : files) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
        }
    }

    // openExisting() never creates a store: missing, or a folder, is bad input naming it.
    void openExistingNeverCreates() {
        const QString db = m_dir->filePath(QStringLiteral("none/audit.sqlite"));
        auto missing = AuditStore::openExisting(db, {}, m_clock);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::BadInput);
        QVERIFY(missing.error().message.contains(db));
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(AuditStore::defaultKeyPath(db)));
        QVERIFY(QDir().mkpath(db));
        auto folder = AuditStore::openExisting(db, {}, m_clock);
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().kind, Error::Kind::BadInput);
        QVERIFY(folder.error().message.contains(QLatin1String("is a folder")));
    }

    void keyFileIsOwnerOnly() {
        auto store = openStore();
        const QFileInfo key(AuditStore::defaultKeyPath(store->path()));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                      QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(store->verifier().toString().startsWith(store->origin() + QLatin1Char('+')));
    }

    void checkpointsAreSignedAndConsistent() {
        auto store = openStore();
        for (int i = 0; i < 5; ++i) QVERIFY(store->append(entry(i)).ok());
        auto c1 = store->checkpoint();
        QVERIFY(c1.ok());
        QCOMPARE(c1->size, 5);
        QVERIFY(c1->signedNote.startsWith(store->origin() + QStringLiteral("\n5\n")));
        AuditEntry wanting = entry(5);
        wanting.checkpoint = true;
        QVERIFY(store->append(wanting).ok());  // signs a checkpoint itself
        auto latest = store->latestCheckpoint();
        QVERIFY(latest.ok());
        QCOMPARE(latest->size, 6);
        auto proof = store->checkConsistencyWith(c1.value());
        QVERIFY(proof.ok());
        QCOMPARE(proof->fromSize, 5);
        QCOMPARE(proof->toSize, 6);
        QVERIFY(proof->verify());
        for (qint64 i = 0; i < 6; ++i) {
            auto inc = store->inclusionProof(i, 6);
            QVERIFY(inc.ok());
            QVERIFY(inc->verify());
            QCOMPARE(inc->rootHash, latest->rootHash);
        }
        const AuditVerification v = store->verify();
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.recordsChecked, 6);
        QCOMPARE(v.rootHash, latest->rootHash);
    }

    // The store signs a checkpoint after a record whose entry asks for one, whatever its
    // action is called; an action name alone asks for nothing (the store knows no domain words).
    void checkpointsWhenTheEntryAsks() {
        auto store = openStore();
        QVERIFY(store->append(entry(0)).ok());  // the store's first record: always checkpointed
        QVERIFY(store->append(entry(1, QStringLiteral("signoff.recorded"))).ok());
        QVERIFY(store->append(entry(2, QStringLiteral("release.attested"))).ok());
        AuditEntry wanting = entry(3, QStringLiteral("anything.at_all"));
        wanting.checkpoint = true;
        QVERIFY(store->append(wanting).ok());
        auto cps = store->checkpoints();
        QVERIFY(cps.ok());
        QList<qint64> sizes;
        for (const Checkpoint& c : cps.value()) sizes.append(c.size);
        QCOMPARE(sizes, (QList<qint64>{1, 4}));
    }

    // A checkpoint that cannot be written is an error of the append, which says the record
    // is stored all the same: here the sidecar file's place is taken by a folder (as a
    // read-only or full disk would refuse it; permissions do not stop the root tests run as).
    void aCheckpointThatFailsIsAnErrorAndTheRecordStays() {
        auto store = openStore();
        QVERIFY(store->append(entry(0)).ok());
        const QString sidecar = store->sidecarCheckpointPath();
        QVERIFY(QFile::remove(sidecar));
        QVERIFY(QDir().mkpath(sidecar));
        AuditEntry wanting = entry(1);
        wanting.checkpoint = true;
        AuditRecord stored;
        auto r = store->append(wanting, &stored);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Internal);
        QVERIFY2(
            r.error().message.startsWith(QStringLiteral(
                "record 1 is stored, but the checkpoint after it could not be signed and saved: ")),
            qPrintable(r.error().toString()));
        QCOMPARE(r.error().file, sidecar);
        QCOMPARE(stored.seq, 1);
        QCOMPARE(store->size(), 2);
        auto again = store->record(1);
        QVERIFY(again.ok());
        QCOMPARE(again->hash, stored.hash);
        // A record that asks for nothing is not refused for the checkpoint it does not need.
        QVERIFY(store->append(entry(2)).ok());
        // A batch reports it the same way.
        int left = 2;
        auto batch = store->appendBatch([&](AuditEntry& e) {
            if (left == 0)
                return false;
            e = entry(10 + left--);
            return true;
        });
        QVERIFY(!batch.ok());
        QVERIFY2(batch.error().message.startsWith(QStringLiteral(
                     "the 2 records are stored, but the checkpoint after them could not be "
                     "signed and saved: ")),
                 qPrintable(batch.error().toString()));
        QCOMPARE(store->size(), 5);
        // Once the place is free again, the next checkpoint covers them all.
        QVERIFY(QDir(sidecar).removeRecursively());
        auto cp = store->checkpoint();
        QVERIFY2(cp.ok(), cp.ok() ? "" : qPrintable(cp.error().toString()));
        QCOMPARE(cp->size, 5);
    }

    void filtersRecords() {
        auto store = openStore();
        QVERIFY(store->append(entry(0, QStringLiteral("signoff.risk"))).ok());
        QVERIFY(store->append(entry(1, QStringLiteral("signoffs.other"))).ok());
        QVERIFY(store->append(entry(2, QStringLiteral("gate.bias"))).ok());
        AuditFilter f;
        f.actionPrefix = QStringLiteral("signoff");
        QCOMPARE(store->records(f, 0, 100)->size(), 1);
        f = {};
        f.text = QStringLiteral("ENTRY 2");
        QCOMPARE(store->records(f, 0, 100)->size(), 1);
        f = {};
        f.afterSeq = 0;
        QCOMPARE(store->count(f).value(), 2);
    }
    void operatorAnchorDemandsConsistency() {
        const QString ws = m_dir->filePath(QStringLiteral("ws"));
        {
            auto store = openStore();
            QVERIFY(store->append(entry(0)).ok());
            auto first = OperatorAnchor::checkAndAdvance(*store, ws, QStringLiteral("r.ahmed"));
            QVERIFY(first.ok());
            QVERIFY(!first->hadAnchor);
            QCOMPARE(first->latest.size, 1);
            QVERIFY(store->append(entry(1)).ok());
            auto second = OperatorAnchor::checkAndAdvance(*store, ws, QStringLiteral("r.ahmed"));
            QVERIFY(second.ok());
            QVERIFY(second->hadAnchor);
            QCOMPARE(second->anchoredSize, 1);
            QCOMPARE(second->latest.size, 2);
        }
        // A store rebuilt from scratch (same key) no longer extends what the operator saw.
        const QString db = m_dir->filePath(QStringLiteral("ws/.countersign/audit.sqlite"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral(".checkpoint")})
            QFile::remove(db + suffix);
        auto store = openStore();
        QVERIFY(store->append(entry(7)).ok());
        QVERIFY(store->append(entry(8)).ok());
        QVERIFY(store->append(entry(9)).ok());
        auto third = OperatorAnchor::checkAndAdvance(*store, ws, QStringLiteral("r.ahmed"));
        QVERIFY(!third.ok());
        QCOMPARE(third.error().kind, Error::Kind::CheckFailed);
    }
};

QTEST_GUILESS_MAIN(TestAuditStore)
#include "TestAuditStore.moc"
