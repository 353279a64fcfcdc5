#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "audit/AuditRecord.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "audit/NoteVerifier.h"
#include "common/Clock.h"
#include "common/Result.h"

namespace countersign {

// The SQLite backend of AuditStore: every SQL statement of the store is in this class (a
// PostgreSQL backend would be its sibling). One connection, used by the thread that opened it.
//
// Schema 2 (PRAGMA user_version): records(seq PK, time, actor, role, action, subject, bytes,
// hash, nodes), checkpoints(size PK, root, note, time) and meta(key PK, value). Triggers refuse
// UPDATE and DELETE on all of them; the file's application_id is 'CSAT'.
//
// `nodes` holds the perfect Merkle subtrees that the record completes, levels 1, 2, ... (one
// per trailing 1 bit of seq), 32 bytes each: node (level, index) is kept with record
// ((index + 1) << level) - 1, the last leaf under it. Kept in the record's row, a durable
// append writes one b-tree page and a verification reads the nodes in the same scan (schema 1
// kept them in a table of their own: two pages per commit, a second scan).
class AuditSql {
public:
    static constexpr qint32 kApplicationId = 0x43534154;  // "CSAT"
    static constexpr int kSchemaVersion = 2;

    ~AuditSql();
    AuditSql(const AuditSql&) = delete;
    AuditSql& operator=(const AuditSql&) = delete;

    // Opens a connection with WAL, synchronous=FULL and a busy timeout.
    static Result<std::unique_ptr<AuditSql>> open(const QString& path);
    // Opens an existing store file for reading only, creating nothing beside it: without a
    // -wal file the database is opened immutable (everything is in the file); with one, read
    // only through it (SQLite makes the -shm index when a copy has a -wal but no -shm). Checks
    // application_id and the schema version as ensureSchema does. For comparing copies.
    static Result<std::unique_ptr<AuditSql>> openReadOnly(const QString& path);
    // Creates the schema on an empty file; on an existing one checks application_id and the
    // schema version (schema 1 is refused with how to migrate it) and runs PRAGMA quick_check
    // (unless told not to: the store ran it when it was opened).
    Status ensureSchema(bool quickCheck = true);
    // SQLite's PRAGMA quick_check: CheckFailed naming the damage.
    Status quickCheck() const;
    // 1 for a store of schema 1 (a nodes table, no user_version), else PRAGMA user_version.
    Result<int> schemaVersion() const;

    // Migration of a schema 1 store, on its own connection (see AuditMigration).
    // Takes the store out of WAL mode (its -wal folded into the file) and holds an exclusive
    // lock until this connection closes: nobody reads or writes it meanwhile. BadInput when
    // another connection has it open.
    Status takeExclusive();
    // Copies this schema 1 store into the new, empty store of the current schema at
    // `targetPath` in one transaction: meta, checkpoints and every record's values exactly as
    // stored, each record's nodes computed from the stored leaf hashes (the old nodes table
    // is derived data, left behind). The caller verifies the copy before it is used.
    Status copySchema1Into(const QString& targetPath);

    Result<QString> meta(const QString& key) const;
    Status initMeta(const QString& origin, const QString& vkey);

    // Appends records from `next` in one BEGIN IMMEDIATE transaction (sequence number and
    // previous hash read inside it, so concurrent writers never fork the chain), each timed by
    // clock.now(). Returns the number appended; the last record is copied to *last if given.
    Result<qint64> appendBatch(const std::function<bool(AuditEntry&)>& next, const Clock& clock,
                               AuditRecord* last);

    qint64 size() const;
    // SQLite's PRAGMA data_version: changes when another connection commits; -1 on error.
    qint64 dataVersion() const;
    Result<AuditRecord> record(qint64 seq) const;
    Result<QList<AuditRecord>> records(const AuditFilter& filter, qint64 offset,
                                       qint64 limit) const;
    Result<qint64> count(const AuditFilter& filter) const;
    Result<qint64> exportRecords(const AuditFilter& filter, bool csv, QIODevice& out) const;

    // How sqlite_master differs from what this class creates ("trigger records_no_delete was
    // removed", "index x was added", ...); empty when it is the same.
    Result<QStringList> schemaChanges() const;
    // The rows as they are, for counting them against the tree: a row outside 0..size-1 is
    // one no verification of the tree would read.
    struct RowShape {
        qint64 recordRows = 0;
        std::optional<qint64> firstStraySeq;  // the lowest seq outside 0..treeSize-1
        QStringList metaKeys;
    };
    Result<RowShape> rowShape(qint64 treeSize) const;

    Result<QString> latestCheckpointNote() const;  // empty when none
    // A row of the checkpoints table: the size and root columns kept beside the signed note
    // (the size orders the rows, so the latest checkpoint is the row of the largest size).
    struct CheckpointRow {
        qint64 size = -1;
        QByteArray root;
        QString note;
        QString time;  // when it was signed (not in the note: bounded by the records' times)
    };
    Result<QList<CheckpointRow>> checkpointRows() const;  // by increasing size
    // The time column of the record at seq (empty when there is none); read once the records
    // scan has checked the columns against the bytes.
    Result<QString> recordTime(qint64 seq) const;
    // In one write transaction: reads the tree size, checks the previous checkpoint (its
    // signature and a consistency proof from it), signs the new tree head with `sign` and
    // stores it, stamped by `clock` read once the write lock is held (as records are: a time
    // read before it could be earlier than a record another process appended meanwhile).
    // Returns the previous checkpoint when the tree did not grow.
    Result<Checkpoint> signCheckpoint(
        const QString& origin, const NoteVerifier& verifier,
        const std::function<Result<QString>(const QString& body)>& sign, const Clock& clock);

    Result<QByteArray> rootHash(qint64 treeSize) const;
    MerkleTree::HashSource hashSource() const;  // valid while this object lives

    // One row of the records table as stored (UTF-8 / raw bytes), for verification. The views
    // are valid only during the callback.
    struct Row {
        qint64 seq = 0;
        QByteArrayView time, actor, role, action, subject, bytes, hash, nodes;
    };
    // Streams the rows with from <= seq < to in sequence order straight from SQLite; `row`
    // returns false to stop.
    Status forEachRow(qint64 from, qint64 to, const std::function<bool(const Row&)>& row) const;
    // The stored hash of the perfect subtree (level, index): level 0 is a record's hash.
    Result<QByteArray> storedNode(int level, qint64 index) const;

    static QByteArray recordBytes(qint64 seq, const QString& time, const AuditEntry& e,
                                  const QByteArray& prevHash);
    static Result<AuditRecord> parseRecord(const QByteArray& bytes, const QByteArray& hash);

private:
    AuditSql();
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace countersign
