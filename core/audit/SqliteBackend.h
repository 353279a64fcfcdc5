#pragma once

#include <memory>

#include "audit/AuditBackend.h"

namespace countersign {

// The embedded AuditBackend: one SQLite file, on SQLite's C API alone (the system library; no
// Qt SQL driver). One connection, used by one thread at a time.
//
// Schema 2 (PRAGMA user_version): records(seq PK, time, actor, role, action, subject, bytes,
// hash, nodes), checkpoints(size PK, root, note, time) and meta(key PK, value). Triggers refuse
// UPDATE and DELETE on all of them; the file's application_id is 'CSAT'. A record's nodes are
// kept in its own row: a durable append writes one b-tree page and a verification reads the
// nodes in the same scan (schema 1 kept them in a table of their own: two pages per commit, a
// second scan).
//
// Errors: SQLite's result codes decide the kind. SQLITE_CORRUPT, SQLITE_NOTADB and
// SQLITE_FORMAT are damage to the file (CheckFailed); the rest are Internal.
class SqliteBackend final : public AuditBackend {
public:
    static constexpr qint32 kApplicationId = 0x43534154;  // "CSAT"
    static constexpr int kSchemaVersion = 2;

    ~SqliteBackend() override;
    SqliteBackend(const SqliteBackend&) = delete;
    SqliteBackend& operator=(const SqliteBackend&) = delete;

    // Opens (creating the file when there is none) with WAL, synchronous=FULL and a busy
    // timeout.
    static Result<std::unique_ptr<SqliteBackend>> open(const QString& path);
    // Opens an existing store file for reading only, creating nothing beside it: without a
    // -wal file the database is opened immutable (everything is in the file); with one, read
    // only through it (SQLite makes the -shm index when a copy has a -wal but no -shm). Checks
    // application_id and the schema version as ensureSchema does.
    static Result<std::unique_ptr<SqliteBackend>> openReadOnly(const QString& path);

    // Creates the schema on an empty file; on an existing one checks application_id and the
    // schema version (schema 1 is refused with how to migrate it) and runs PRAGMA quick_check
    // (unless told not to: the store ran it when it was opened).
    Status ensureSchema(bool integrityCheck = true) override;
    Status integrityCheck() const override;  // PRAGMA quick_check
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

    Result<QString> meta(const QString& key) const override;
    Status initMeta(const QString& origin, const QString& vkey) override;
    Result<qint64> appendBatch(const std::function<bool(AuditEntry&)>& next, const Clock& clock,
                               AuditRecord* last) override;
    qint64 size() const override;
    qint64 dataVersion() const override;  // PRAGMA data_version
    Result<AuditRecord> record(qint64 seq) const override;
    Result<QList<AuditRecord>> records(const AuditFilter& filter, qint64 offset,
                                       qint64 limit) const override;
    Result<qint64> count(const AuditFilter& filter) const override;
    Result<qint64> exportRecords(const AuditFilter& filter, bool csv,
                                 QIODevice& out) const override;
    Result<QStringList> schemaChanges() const override;  // against sqlite_master
    Result<RowShape> rowShape(qint64 treeSize) const override;
    Result<QString> latestCheckpointNote() const override;
    Result<QList<CheckpointRow>> checkpointRows() const override;
    Result<QString> recordTime(qint64 seq) const override;
    Result<Checkpoint> signCheckpoint(
        const QString& origin, const NoteVerifier& verifier,
        const std::function<Result<QString>(const QString& body)>& sign,
        const Clock& clock) override;
    Result<QByteArray> storedNode(int level, qint64 index) const override;
    Status forEachRow(qint64 from, qint64 to,
                      const std::function<bool(const Row&)>& row) const override;

private:
    SqliteBackend();
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace countersign
