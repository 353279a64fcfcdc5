// Migrating a real schema 1 store (tests/data/audit/schema1, written by the Countersign of
// 2026-11-25: 41 records, checkpoints at 40 and 41 in the store, the sidecar and an auditor's copy
// of the last one) to the current schema: same records byte for byte, same roots, the held
// checkpoint still verifies, and a store that does not verify is left alone.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include "StoreFile.h"
#include "TempDir.h"
#include "audit/AuditMigration.h"
#include "audit/AuditStore.h"
#include "common/Clock.h"

using namespace countersign;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Each record's bytes and hash, in order, read straight from the file.
QList<QByteArray> recordRows(const QString& dbPath) {
    QList<QByteArray> rows =
        test::queryStore(dbPath, QStringLiteral("SELECT bytes FROM records ORDER BY seq"));
    const QList<QByteArray> hashes =
        test::queryStore(dbPath, QStringLiteral("SELECT hash FROM records ORDER BY seq"));
    for (qsizetype i = 0; i < rows.size(); ++i) rows[i] += hashes.value(i);
    return rows;
}

}  // namespace

class TestAuditMigration : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};

    Checkpoint held() const {
        QFile f(m_dir->filePath(QStringLiteral("held.checkpoint")));
        f.open(QIODevice::ReadOnly);
        return Checkpoint::parseUnverified(QString::fromUtf8(f.readAll())).value();
    }

private slots:
    void init() {
        m_dir = std::make_unique<test::TempDir>();
        const QDir fixture(test::testDataDir() + QStringLiteral("/audit/schema1"));
        for (const QString& name : fixture.entryList(QDir::Files))
            QVERIFY(QFile::copy(fixture.filePath(name), m_dir->filePath(name)));
        m_db = m_dir->filePath(QStringLiteral("audit.sqlite"));
    }
    void cleanup() { m_dir.reset(); }

    void openingASchema1StoreSaysHowToMigrate() {
        auto store = AuditStore::open(m_db, {}, m_clock);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, Error::Kind::BadInput);
        QVERIFY2(store.error().message.contains(QLatin1String("audit migrate")),
                 qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(QLatin1String("schema 1")),
                 qPrintable(store.error().message));
    }

    void migratesToTheSameLog() {
        const QList<QByteArray> before = recordRows(m_db);
        QCOMPARE(before.size(), 41);
        auto outcome = AuditMigration::migrate(m_db);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->migrated);
        QCOMPARE(outcome->records, 41);
        QCOMPARE(outcome->checkpoints, 3);  // two stored (40, 41), the sidecar held
        QCOMPARE(recordRows(m_db), before);
        QCOMPARE(recordRows(outcome->backupPath), before);
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".migrating")));

        auto store = AuditStore::open(m_db, {}, m_clock);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        AuditStore& s = *store.value();
        // The auditor's checkpoint from before still verifies, with proofs from the new store.
        const Checkpoint cp = held();
        QCOMPARE(s.rootHash(41).value(), cp.rootHash);
        QVERIFY(s.checkConsistencyWith(cp));
        for (qint64 i : {0, 7, 31, 40}) {
            auto proof = s.inclusionProof(i, 41);
            QVERIFY(proof);
            QVERIFY(proof->verify());
            QCOMPARE(proof->rootHash, cp.rootHash);
        }
        // It goes on growing, and verifies.
        QVERIFY(s.append(AuditEntry{QStringLiteral("o.tanaka"), QStringLiteral("ops_lead"),
                                    QStringLiteral("release.approve"),
                                    QStringLiteral("fraud-detection@2026.11.0"), QJsonObject{}}));
        const AuditVerification v =
            s.verify(AuditWitnesses::fromNotes({cp.signedNote}, QStringLiteral("held")));
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.recordsChecked, 42);

        auto again = AuditMigration::migrate(m_db);
        QVERIFY(again);
        QVERIFY(!again->migrated);
    }

    // A record changed in the schema 1 store: the copy does not verify, nothing is replaced.
    void aTamperedStoreIsLeftAlone() {
        const QString tampered = test::tamperStore(
            m_db, {QStringLiteral("UPDATE records SET bytes = CAST(replace(CAST(bytes AS TEXT), "
                                  "'synthetic', 'synthetiq') AS BLOB) WHERE seq = 12")});
        QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
        const QList<QByteArray> rows = recordRows(m_db);
        auto outcome = AuditMigration::migrate(m_db);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, Error::Kind::CheckFailed);
        QVERIFY2(outcome.error().message.contains(QLatin1String("record 12")),
                 qPrintable(outcome.error().message));
        // The same records, still schema 1 (only out of WAL mode, which opening restores).
        QCOMPARE(recordRows(m_db), rows);
        auto again = AuditStore::open(m_db, {}, m_clock);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("schema 1")));
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".migrating")));
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".schema1.bak")));
    }

    // Another connection has the store open (the console, say): refused, nothing changed.
    void aStoreInUseIsRefused() {
        const QByteArray file = fileBytes(m_db);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("console"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records")) && q.next());
            auto outcome = AuditMigration::migrate(m_db);
            QVERIFY(!outcome);
            QCOMPARE(outcome.error().kind, Error::Kind::BadInput);
            QVERIFY2(outcome.error().message.contains(QLatin1String("another process")),
                     qPrintable(outcome.error().message));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("console"));
        QCOMPARE(fileBytes(m_db), file);
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".migrating")));
        QVERIFY(AuditMigration::migrate(m_db));  // once it is closed
    }

    // The key file beside the store is another store's: refused before anything is copied.
    void anotherKeyIsRefused() {
        const QString otherDb = m_dir->filePath(QStringLiteral("other/audit.sqlite"));
        QVERIFY(AuditStore::open(otherDb, {}, m_clock));
        const QString key = m_dir->filePath(QStringLiteral("store.key"));
        QVERIFY(QFile::remove(key));
        QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("other/store.key")), key));
        auto outcome = AuditMigration::migrate(m_db);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, Error::Kind::CheckFailed);
        QVERIFY2(outcome.error().message.contains(QLatin1String("does not belong")),
                 qPrintable(outcome.error().message));
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".schema1.bak")));
    }

    void notAStoreIsRefused() {
        auto outcome = AuditMigration::migrate(m_dir->filePath(QStringLiteral("none.sqlite")));
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestAuditMigration)
#include "TestAuditMigration.moc"
