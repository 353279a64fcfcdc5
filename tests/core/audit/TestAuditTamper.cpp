// Every tampering case of the audit store, on real database files: each must be reported
// (an error on open or a failed verification naming the problem), never pass silently.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include "StoreFile.h"
#include "TempDir.h"
#include "audit/AuditStore.h"
#include "audit/AuditVerifier.h"
#include "audit/MerkleTree.h"
#include "audit/SignedNote.h"

using namespace countersign;
using Problem = AuditVerification::Problem;

namespace {

constexpr int kRecords = 20;

AuditEntry entry(int i) {
    return AuditEntry{
        QStringLiteral("op%1").arg(i % 3), QStringLiteral("risk_officer"),
        i % 5 == 4 ? QStringLiteral("signoff.risk") : QStringLiteral("gate.bias"),
        QStringLiteral("fraud-detection@2026.11.0"),
        QJsonObject{{QStringLiteral("i"), i}, {QStringLiteral("gap"), 0.013 + i / 1000.0}}};
}

// Runs SQL on the file directly, as an attacker with write access would (triggers dropped).
void tamper(const QString& dbPath, const QStringList& statements) {
    const QString error = test::tamperStore(dbPath, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QByteArray rowColumn(const QString& dbPath, qint64 seq, const char* column) {
    const QList<QByteArray> values =
        test::queryStore(dbPath, QStringLiteral("SELECT %1 FROM records WHERE seq = %2")
                                     .arg(QLatin1String(column))
                                     .arg(seq));
    return values.value(0);
}

QByteArray rowBytes(const QString& dbPath, qint64 seq) {
    return rowColumn(dbPath, seq, "bytes");
}

QString hexBlob(const QByteArray& b) {
    return QStringLiteral("X'%1'").arg(QString::fromLatin1(b.toHex()));
}

// The stored tree node (level >= 1, index) replaced by random bytes, in the row of the record
// that holds it (the last leaf under it).
QString changeStoredNode(const QString& dbPath, int level, qint64 index) {
    const qint64 holder = ((index + 1) << level) - 1;
    QByteArray nodes = rowColumn(dbPath, holder, "nodes");
    const QByteArray other = QCryptographicHash::hash(nodes, QCryptographicHash::Sha256);
    nodes.replace((level - 1) * 32, 32, other);
    return QStringLiteral("UPDATE records SET nodes = %1 WHERE seq = %2")
        .arg(hexBlob(nodes))
        .arg(holder);
}

// Record `seq` re-stamped at `time` (bytes, time column and hash), as an attacker would.
void moveTimeBack(const QString& dbPath, qint64 seq, const char* time) {
    QByteArray b = rowBytes(dbPath, seq);
    const QByteArray old = rowColumn(dbPath, seq, "time");
    QVERIFY(b.contains(old));
    const QByteArray from = QByteArray("\"time\":\"").append(old).append('"');
    const QByteArray to = QByteArray("\"time\":\"").append(time).append('"');
    b.replace(from, to);
    tamper(dbPath,
           {QStringLiteral("UPDATE records SET bytes = %1, hash = %2, time = '%3' "
                           "WHERE seq = %4")
                .arg(hexBlob(b), hexBlob(MerkleTree::leafHash(b)), QString::fromLatin1(time))
                .arg(seq)});
}

}  // namespace

class TestAuditTamper : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC)};
    QString m_db;
    Checkpoint m_held;  // what an operator saw, kept outside the store
    // A store of kLarge records with checkpoints at 5,000 and 9,000 and at the end: in parts
    // of whole 4096-record blocks it spans three blocks and a tail. Built once, copied.
    static constexpr int kLarge = 13000;
    std::unique_ptr<test::TempDir> m_largeDir;
    QString m_largeDb;
    Checkpoint m_largeHeld;
    std::optional<NoteVerifier> m_largeVerifier;

    QString dbIn(const QString& sub) const {
        return m_dir->filePath(sub + QStringLiteral("/audit.sqlite"));
    }

    std::unique_ptr<AuditStore> open(const QString& db) {
        auto s = AuditStore::open(db, {}, m_clock);
        if (!s)
            return nullptr;
        return std::move(s.value());
    }

    // A store of kRecords records, closed (its WAL folded into the database).
    void build(const QString& db, int count = kRecords) {
        auto store = open(db);
        QVERIFY(store);
        for (int i = 0; i < count; ++i) {
            QVERIFY(store->append(entry(i)).ok());
            m_clock.advance(60);
        }
        auto cp = store->checkpoint();
        QVERIFY(cp.ok());
        m_held = cp.value();
    }

    // Verifies with the held checkpoint; the result, or Unreadable with the open error.
    AuditVerification verify(const QString& db, QString* openError = nullptr) {
        auto s = AuditStore::open(db, {}, m_clock);
        if (!s) {
            if (openError)
                *openError = s.error().message;
            AuditVerification v;
            v.problem = Problem::Unreadable;
            v.message = s.error().message;
            return v;
        }
        return s.value()->verify(
            AuditWitnesses::fromNotes({m_held.signedNote}, QStringLiteral("the held checkpoint")));
    }

    static void copyStore(const QString& fromDb, const QString& toDb, bool withWal) {
        QDir().mkpath(QFileInfo(toDb).absolutePath());
        QVERIFY(QFile::copy(fromDb, toDb));
        if (withWal && QFile::exists(fromDb + QStringLiteral("-wal")))
            QVERIFY(QFile::copy(fromDb + QStringLiteral("-wal"), toDb + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(fromDb + QStringLiteral(".checkpoint"),
                            toDb + QStringLiteral(".checkpoint")));
        QVERIFY(QFile::copy(AuditStore::defaultKeyPath(fromDb), AuditStore::defaultKeyPath(toDb)));
    }

private slots:
    void init() {
        m_dir = std::make_unique<test::TempDir>();
        m_db = dbIn(QStringLiteral("a"));
        build(m_db);
    }
    void cleanup() { m_dir.reset(); }

    void initTestCase() {
        m_largeDir = std::make_unique<test::TempDir>();
        m_largeDb = m_largeDir->filePath(QStringLiteral("large/audit.sqlite"));
        auto store = open(m_largeDb);
        QVERIFY(store);
        int i = 0;
        for (const int upTo : {5000, 9000, kLarge}) {
            auto appended = store->appendBatch([&](AuditEntry& e) {
                if (i == upTo)
                    return false;
                e = entry(i++);
                return true;
            });
            QVERIFY(appended.ok());
            auto cp = store->checkpoint();
            QVERIFY(cp.ok());
            m_largeHeld = cp.value();
        }
        m_largeVerifier = store->verifier();
    }

    QString largeStore() {
        const QString db = dbIn(QStringLiteral("large"));
        copyStore(m_largeDb, db, true);
        return db;
    }

    // The verifier alone (opening the store would already refuse some of these stores).
    AuditVerification verifyInParts(const QString& db, int parts) {
        return AuditVerifier::run(db, *m_largeVerifier,
                                  AuditWitnesses::fromNotes({m_largeHeld.signedNote},
                                                            QStringLiteral("the held checkpoint")),
                                  {}, nullptr, parts);
    }

    // One part, two parts split at record 4096, three split at 4096 and 8192: the same verdict
    // and the same root as the store's own checkpoint (checked at 5,000 and 9,000 inside the
    // later parts, from the block roots of the parts before).
    void partsAgree() {
        const QString db = largeStore();
        for (int parts : {1, 2, 3}) {
            const AuditVerification v = verifyInParts(db, parts);
            QVERIFY2(v.ok(), qPrintable(v.message));
            QCOMPARE(v.recordsChecked, kLarge);
            QCOMPARE(v.checkpointsChecked, 3);  // stored
            QCOMPARE(v.witnessesChecked, 1);    // held
            QCOMPARE(v.rootHash.toHex(), m_largeHeld.rootHash.toHex());
        }
    }

    void recordChangedInALaterPart() {
        const QString db = largeStore();
        QByteArray b = rowBytes(db, 9500);
        b.replace("gate.bias", "gate.bixs");
        tamper(db,
               {QStringLiteral("UPDATE records SET bytes = %1 WHERE seq = 9500").arg(hexBlob(b))});
        for (int parts : {1, 2, 3}) {
            const AuditVerification v = verifyInParts(db, parts);
            QCOMPARE(v.problem, Problem::RecordChanged);
            QCOMPARE(v.firstBadSeq, 9500);
        }
    }

    // Problems in two parts: the one earlier in the log is reported, whatever part ends first.
    void firstProblemInSequenceWins() {
        const QString db = largeStore();
        QByteArray early = rowBytes(db, 100), late = rowBytes(db, 9500);
        early.replace("gate.bias", "gate.bixs");
        late.replace("gate.bias", "gate.bixs");
        tamper(
            db,
            {QStringLiteral("UPDATE records SET bytes = %1 WHERE seq = 100").arg(hexBlob(early)),
             QStringLiteral("UPDATE records SET bytes = %1 WHERE seq = 9500").arg(hexBlob(late))});
        for (int parts : {2, 3}) {
            const AuditVerification v = verifyInParts(db, parts);
            QCOMPARE(v.problem, Problem::RecordChanged);
            QCOMPARE(v.firstBadSeq, 100);
        }
    }

    // Record 4095 is the last of the first part: re-hashed, only the next part's first record
    // (its chain link) shows it.
    void recordRehashedAtAPartBoundary() {
        const QString db = largeStore();
        QByteArray b = rowBytes(db, 4095);
        b.replace("\"i\":4095", "\"i\":4096");
        tamper(db, {QStringLiteral("UPDATE records SET bytes = %1, hash = %2 WHERE seq = 4095")
                        .arg(hexBlob(b), hexBlob(MerkleTree::leafHash(b)))});
        const AuditVerification v = verifyInParts(db, 2);
        QCOMPARE(v.problem, Problem::RecordChanged);
        QCOMPARE(v.firstBadSeq, 4095);
    }

    // Record 4096, the first of the second part, stamped earlier than record 4095 (the last
    // of the first part), re-hashed: found where the parts are joined.
    void timeWentBackAtAPartBoundary() {
        const QString db = largeStore();
        moveTimeBack(db, 4096, "2026-11-03T01:00:00.000Z");
        for (int parts : {1, 2, 3}) {
            const AuditVerification v = verifyInParts(db, parts);
            QCOMPARE(v.problem, Problem::TimeWentBack);
            QCOMPARE(v.firstBadSeq, 4096);
        }
    }

    void rowDeletedInALaterPart() {
        const QString db = largeStore();
        tamper(db, {QStringLiteral("DELETE FROM records WHERE seq = 6000")});
        for (int parts : {2, 3}) {
            const AuditVerification v = verifyInParts(db, parts);
            QCOMPARE(v.problem, Problem::RowMissing);
            QCOMPARE(v.firstBadSeq, 6000);
        }
    }

    // Node (level 13, index 0) covers records 0..8191: above the blocks, across two parts.
    void storedNodeAcrossPartsChanged() {
        const QString db = largeStore();
        tamper(db, {changeStoredNode(db, 13, 0)});
        const AuditVerification v = verifyInParts(db, 2);
        QCOMPARE(v.problem, Problem::NodesChanged);
        QVERIFY2(v.message.contains(QLatin1String("level 13, index 0")), qPrintable(v.message));
    }

    void cancelledVerification() {
        const QString db = largeStore();
        auto store = open(db);
        QVERIFY(store);
        const std::atomic_bool cancel = true;
        const AuditVerification v = AuditVerifier::run(db, store->verifier(), {}, {}, &cancel, 2);
        QCOMPARE(v.problem, Problem::Cancelled);
    }

    void intactStoreVerifies() {
        const AuditVerification v = verify(m_db);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.recordsChecked, kRecords);
    }

    void recordBytesChanged() {
        QByteArray b = rowBytes(m_db, 7);
        b.replace("gate.bias", "gate.bixs");
        tamper(m_db,
               {QStringLiteral("UPDATE records SET bytes = %1 WHERE seq = 7").arg(hexBlob(b))});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::RecordChanged);
        QCOMPARE(v.firstBadSeq, 7);
    }

    void recordBytesChangedAndRehashed() {
        QByteArray b = rowBytes(m_db, 7);
        b.replace("\"i\":7", "\"i\":8");
        tamper(m_db, {QStringLiteral("UPDATE records SET bytes = %1, hash = %2 WHERE seq = 7")
                          .arg(hexBlob(b), hexBlob(MerkleTree::leafHash(b)))});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::RecordChanged);
        QCOMPARE(v.firstBadSeq, 7);
    }

    // Record 7's time set before record 6's, in its bytes and its time column, re-hashed (the
    // attacker then re-chains or not: the scan stops at the first record that went back).
    void recordTimeMovedBack() {
        const QByteArray before = rowColumn(m_db, 6, "time");
        const QByteArray earlier =
            QDateTime::fromString(QString::fromLatin1(before), Qt::ISODateWithMs)
                .addSecs(-30)
                .toString(Qt::ISODateWithMs)
                .toLatin1();
        moveTimeBack(m_db, 7, earlier.constData());
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::TimeWentBack);
        QCOMPARE(v.firstBadSeq, 7);
        QCOMPARE(AuditVerification::problemName(v.problem), QStringLiteral("time-went-back"));
        const QString expected =
            QStringLiteral("record 7's time %1 is earlier than record 6's %2")
                .arg(QString::fromLatin1(earlier), QString::fromLatin1(before));
        QVERIFY2(v.message.contains(expected), qPrintable(v.message));
    }

    // Node (level 1, index 2) covers records 4 and 5: not on the path of the root of 20
    // records, but on the inclusion proofs of records 6 and 7. Every stored node is checked.
    void storedNodeOffTheRootPathChanged() {
        tamper(m_db, {changeStoredNode(m_db, 1, 2)});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::NodesChanged);
        QVERIFY2(v.message.contains(QLatin1String("level 1, index 2")), qPrintable(v.message));
    }

    // Record 7 holds the nodes (1, 3), (2, 1) and (3, 0); the last one cut off.
    void storedNodeDeleted() {
        const QByteArray nodes = rowColumn(m_db, 7, "nodes");
        QCOMPARE(nodes.size(), 96);
        tamper(m_db, {QStringLiteral("UPDATE records SET nodes = %1 WHERE seq = 7")
                          .arg(hexBlob(nodes.first(64)))});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::NodesChanged);
        QCOMPARE(v.firstBadSeq, 7);
        QVERIFY2(v.message.contains(QLatin1String("missing")), qPrintable(v.message));
    }

    // Record 12 completes no node (its seq ends in a 0 bit): a hash slipped in is found.
    void storedNodeAddedToARecordThatHoldsNone() {
        QCOMPARE(rowColumn(m_db, 12, "nodes").size(), 0);
        tamper(m_db, {QStringLiteral("UPDATE records SET nodes = randomblob(32) WHERE seq = 12")});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::NodesChanged);
        QCOMPARE(v.firstBadSeq, 12);
    }

    // A node above block level (13, 0) is kept by record 8191; a part sees it, the join
    // checks it: its absence is found too.
    void storedUpperNodeDeleted() {
        const QString db = largeStore();
        const QByteArray nodes = rowColumn(db, 8191, "nodes");
        QCOMPARE(nodes.size(), 13 * 32);
        tamper(db, {QStringLiteral("UPDATE records SET nodes = %1 WHERE seq = 8191")
                        .arg(hexBlob(nodes.first(12 * 32)))});
        for (int parts : {1, 2, 3}) {
            const AuditVerification v = verifyInParts(db, parts);
            QCOMPARE(v.problem, Problem::NodesChanged);
            QCOMPARE(v.firstBadSeq, 8191);
        }
    }

    void browsingColumnsChanged_data() {
        QTest::addColumn<QString>("column");
        for (const char* c : {"actor", "role", "action", "subject", "time"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void browsingColumnsChanged() {
        QFETCH(QString, column);
        tamper(m_db,
               {QStringLiteral("UPDATE records SET %1 = 'x' || %1 WHERE seq = 11").arg(column)});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::ColumnsChanged);
        QCOMPARE(v.firstBadSeq, 11);
    }

    void rowDeleted() {
        tamper(m_db, {QStringLiteral("DELETE FROM records WHERE seq = 7")});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::RowMissing);
        QCOMPARE(v.firstBadSeq, 7);
    }

    void rowsReordered() {
        // Swap the contents of rows 5 and 6, keeping their sequence numbers.
        tamper(m_db, {QStringLiteral("UPDATE records SET seq = -5 WHERE seq = 5"),
                      QStringLiteral("UPDATE records SET seq = 5 WHERE seq = 6"),
                      QStringLiteral("UPDATE records SET seq = 6 WHERE seq = -5")});
        tamper(m_db, {QStringLiteral("UPDATE records SET seq = -1 WHERE seq = 5"),
                      QStringLiteral("UPDATE records SET seq = 5 WHERE seq = 6"),
                      QStringLiteral("UPDATE records SET seq = 6 WHERE seq = -1")});
        // (the two swaps cancel out; now swap the payload columns only)
        tamper(
            m_db,
            {QStringLiteral("CREATE TEMP TABLE t AS SELECT * FROM records WHERE seq IN (5, 6)"),
             QStringLiteral(
                 "UPDATE records SET time = (SELECT time FROM t WHERE seq = 11 - records.seq), "
                 "actor = (SELECT actor FROM t WHERE seq = 11 - records.seq), "
                 "role = (SELECT role FROM t WHERE seq = 11 - records.seq), "
                 "action = (SELECT action FROM t WHERE seq = 11 - records.seq), "
                 "subject = (SELECT subject FROM t WHERE seq = 11 - records.seq), "
                 "bytes = (SELECT bytes FROM t WHERE seq = 11 - records.seq), "
                 "hash = (SELECT hash FROM t WHERE seq = 11 - records.seq) WHERE seq IN (5, 6)")});
        const AuditVerification v = verify(m_db);
        QCOMPARE(v.problem, Problem::Reordered);
        QCOMPARE(v.firstBadSeq, 5);
    }

    void rowInserted() {
        // Shift records 10.. up by one and put a forged record, correctly chained to 9, at 10.
        auto store = open(m_db);
        const AuditRecord r9 = store->record(9).value();
        store.reset();
        AuditEntry forged = entry(99);
        // Stamped like record 9, so its time does not go back (that would be caught first).
        const QString forgedTime = r9.time.toString(Qt::ISODateWithMs);
        const QByteArray bytes =
            QByteArray("{\"action\":\"gate.bias\",\"actor\":\"op0\",\"payload\":{},\"prev\":\"") +
            r9.hash.toHex() +
            "\",\"role\":\"risk_officer\",\"seq\":10,\"subject\":\"fraud-detection@2026.11.0\","
            "\"time\":\"" +
            forgedTime.toLatin1() + "\"}";
        // The records move up a row; the tree nodes stay with the positions (as they would if
        // moved too: then already opening the store fails its consistency check).
        const QString columns = QStringLiteral("time, actor, role, action, subject, bytes, hash");
        QStringList sql{QStringLiteral("INSERT INTO records SELECT %1, %2, X'' FROM records "
                                       "WHERE seq = %3")
                            .arg(kRecords)
                            .arg(columns)
                            .arg(kRecords - 1)};
        for (int s = kRecords - 2; s >= 10; --s)
            sql << QStringLiteral(
                       "UPDATE records SET (%1) = (SELECT %1 FROM records WHERE seq = "
                       "%2) WHERE seq = %3")
                       .arg(columns)
                       .arg(s)
                       .arg(s + 1);
        sql << QStringLiteral(
                   "UPDATE records SET (%1) = ('%4', 'op0', "
                   "'risk_officer', 'gate.bias', 'fraud-detection@2026.11.0', %2, %3) "
                   "WHERE seq = 10")
                   .arg(columns, hexBlob(bytes), hexBlob(MerkleTree::leafHash(bytes)), forgedTime);
        tamper(m_db, sql);
        const AuditVerification v = verify(m_db);
        QVERIFY2(v.problem == Problem::Reordered, qPrintable(v.message));
        QCOMPARE(v.firstBadSeq, 11);
    }

    void truncatedAgainstHeldCheckpoint() {
        tamper(m_db, {QStringLiteral("DELETE FROM records WHERE seq >= 15")});
        QString openError;
        const AuditVerification v = verify(m_db, &openError);
        QVERIFY(!v.ok());
        QVERIFY2(openError.contains(QStringLiteral("truncated")), qPrintable(openError));
        // Without the sidecar, verification still finds it against the held checkpoint.
        QFile::remove(m_db + QStringLiteral(".checkpoint"));
        const AuditVerification v2 = verify(m_db);
        QCOMPARE(v2.problem, Problem::Truncated);
    }

    void deletedWalFile() {
        // A snapshot of a store in use, whose -wal file (holding the newest records) is lost.
        auto store = open(m_db);
        for (int i = 0; i < 5; ++i) QVERIFY(store->append(entry(100 + i)).ok());
        QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
        m_held = store->checkpoint().value();
        const QString copy = dbIn(QStringLiteral("nowal"));
        copyStore(m_db, copy, false);
        store.reset();
        QString openError;
        const AuditVerification v = verify(copy, &openError);
        QVERIFY(!v.ok());
        QVERIFY2(openError.contains(QStringLiteral("truncated")), qPrintable(openError));
    }

    void checkpointSignedByAnotherKey() {
        auto other = Ed25519Key::generate().value();
        const QString forged = SignedNote::sign(m_held.body(), m_held.origin, other).value();
        // In the store's own table...
        tamper(m_db, {QStringLiteral("UPDATE checkpoints SET note = '%1' WHERE size = %2")
                          .arg(forged)
                          .arg(kRecords)});
        QFile::remove(m_db + QStringLiteral(".checkpoint"));
        auto store = open(m_db);
        QVERIFY(store);
        AuditVerification v = store->verify();
        QCOMPARE(v.problem, Problem::WrongKey);
        // ...and as a held checkpoint.
        v = store->verify(AuditWitnesses::fromNotes({forged}, QStringLiteral("held")));
        QCOMPARE(v.problem, Problem::WrongKey);
        QVERIFY(!store->checkConsistencyWith(Checkpoint::parseUnverified(forged).value()).ok());
    }

    void rebuiltAndRechainedDatabase() {
        // Someone with the key file rebuilds the whole database with other records.
        const QString rebuilt = dbIn(QStringLiteral("rebuilt"));
        QDir().mkpath(QFileInfo(rebuilt).absolutePath());
        QVERIFY(QFile::copy(AuditStore::defaultKeyPath(m_db), AuditStore::defaultKeyPath(rebuilt)));
        const Checkpoint held = m_held;
        {
            auto store = open(rebuilt);
            QVERIFY(store);
            for (int i = 0; i < kRecords + 5; ++i)
                QVERIFY(store->append(entry(i == 3 ? 42 : i)).ok());
        }
        m_held = held;
        const AuditVerification v = open(rebuilt)->verify(
            AuditWitnesses::fromNotes({held.signedNote}, QStringLiteral("held")));
        QCOMPARE(v.problem, Problem::HistoryRewritten);
        QCOMPARE(v.firstBadSeq, 0);  // no witness of a shorter tree still matches
        auto proof = open(rebuilt)->checkConsistencyWith(held);
        QVERIFY(!proof.ok());
        QCOMPARE(proof.error().kind, Error::Kind::CheckFailed);
    }

    void forkedCopies() {
        const QString b = dbIn(QStringLiteral("b"));
        copyStore(m_db, b, true);
        auto storeA = open(m_db);
        auto storeB = open(b);
        QVERIFY(storeA && storeB);
        QVERIFY(storeA->append(entry(1000)).ok());
        QVERIFY(storeB->append(entry(2000)).ok());
        const Checkpoint ca = storeA->checkpoint().value(), cb = storeB->checkpoint().value();
        QCOMPARE(ca.size, cb.size);
        QVERIFY(ca.rootHash != cb.rootHash);
        QVERIFY(!storeA->checkConsistencyWith(cb).ok());
        const AuditVerification v =
            storeA->verify(AuditWitnesses::fromNotes({cb.signedNote}, QStringLiteral("copy B")));
        QCOMPARE(v.problem, Problem::HistoryRewritten);
    }

    void randomPagesInDatabase() {
        // Overwrite each page of a closed store with random bytes, one copy per page.
        QFile::remove(m_db + QStringLiteral("-wal"));
        const qint64 size = QFileInfo(m_db).size();
        const qint64 pages = size / 4096;
        QVERIFY(pages >= 4);
        auto* rng = QRandomGenerator::global();
        for (qint64 page = 0; page < pages; ++page) {
            const QString copy = dbIn(QStringLiteral("page%1").arg(page));
            copyStore(m_db, copy, false);
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray junk(4096, Qt::Uninitialized);
            rng->fillRange(reinterpret_cast<quint32*>(junk.data()), 1024);
            f.seek(page * 4096);
            f.write(junk);
            f.close();
            const AuditVerification v = verify(copy);
            QVERIFY2(
                !v.ok(),
                qPrintable(QStringLiteral("page %1 of %2 went unnoticed").arg(page).arg(pages)));
        }
    }

    // `audit verify` opens the store without quick_check: the verification's content checks
    // (every record, tree node and checkpoint) must catch the same damage.
    void randomPagesFoundWithoutTheOpenCheck() {
        QFile::remove(m_db + QStringLiteral("-wal"));
        const qint64 pages = QFileInfo(m_db).size() / 4096;
        auto* rng = QRandomGenerator::global();
        for (qint64 page = 0; page < pages; ++page) {
            const QString copy = dbIn(QStringLiteral("raw%1").arg(page));
            copyStore(m_db, copy, false);
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray junk(4096, Qt::Uninitialized);
            rng->fillRange(reinterpret_cast<quint32*>(junk.data()), 1024);
            f.seek(page * 4096);
            f.write(junk);
            f.close();
            auto s = AuditStore::open(copy, {}, m_clock, false);
            if (!s)
                continue;  // refused on open: not silent either
            const AuditVerification v = s.value()->verify(AuditWitnesses::fromNotes(
                {m_held.signedNote}, QStringLiteral("the held checkpoint")));
            QVERIFY2(
                !v.ok(),
                qPrintable(QStringLiteral("page %1 of %2 went unnoticed").arg(page).arg(pages)));
        }
    }

    // Column texts that canonical JSON escapes (quotes, backslashes, control characters) and
    // non-ASCII text verify, and a change to them is still found.
    void escapedColumnTexts() {
        const QString db = dbIn(QStringLiteral("escaped"));
        {
            auto store = open(db);
            QVERIFY(store);
            for (int i = 0; i < 5; ++i) {
                AuditEntry e = entry(i);
                e.actor = QStringLiteral("o\"quote\\back\nline\t%1 Ahmed ✓").arg(i);
                e.subject = QStringLiteral("modèle@2026.11.0");
                QVERIFY(store->append(e).ok());
            }
        }
        auto v = open(db)->verify();
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.recordsChecked, 5);
        tamper(db, {QStringLiteral("UPDATE records SET actor = replace(actor, 'quote', 'quota') "
                                   "WHERE seq = 3")});
        v = open(db)->verify();
        QCOMPARE(v.problem, Problem::ColumnsChanged);
        QCOMPARE(v.firstBadSeq, 3);
    }

    void randomBytesInWal() {
        auto store = open(m_db);
        for (int i = 0; i < 10; ++i) QVERIFY(store->append(entry(200 + i)).ok());
        m_held = store->checkpoint().value();
        const QString wal = m_db + QStringLiteral("-wal");
        const qint64 walSize = QFileInfo(wal).size();
        QVERIFY(walSize > 32);
        const qint64 frame = 24 + 4096;
        const qint64 frames = (walSize - 32) / frame;
        QVERIFY(frames >= 2);
        auto* rng = QRandomGenerator::global();
        for (qint64 k = 0; k < frames; ++k) {
            const QString copy = dbIn(QStringLiteral("wal%1").arg(k));
            copyStore(m_db, copy, true);
            QFile f(copy + QStringLiteral("-wal"));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray junk(512, Qt::Uninitialized);
            rng->fillRange(reinterpret_cast<quint32*>(junk.data()), 128);
            f.seek(32 + k * frame + 24 + rng->bounded(4096 - 512));
            f.write(junk);
            f.close();
            const AuditVerification v = verify(copy);
            QVERIFY2(
                !v.ok(),
                qPrintable(QStringLiteral("frame %1 of %2 went unnoticed").arg(k).arg(frames)));
        }
    }

    void triggersRefuseUpdateAndDelete() {
        const QString name = QStringLiteral("direct");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE records SET actor = 'x' WHERE seq = 1")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM records WHERE seq = 1")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM checkpoints")));
            q.exec(QStringLiteral("PRAGMA application_id"));
            q.next();
            QCOMPARE(q.value(0).toInt(), 0x43534154);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void notAnAuditStore() {
        const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE x(a)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("o"));
        auto s = AuditStore::open(other, {}, m_clock);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("not a Countersign audit store")));
        const QString garbage =
            m_dir->write(QStringLiteral("g/audit.sqlite"), QByteArray(8192, 'z'));
        QVERIFY(!AuditStore::open(garbage, {}, m_clock).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "TestAuditTamper.moc"
