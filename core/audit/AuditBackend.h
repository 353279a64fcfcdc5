#pragma once

#include <QByteArray>
#include <QByteArrayView>
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

// Where an audit store keeps its rows: every statement of the store's query language is behind
// this interface, so AuditStore, the verifier, the range scan and the copy comparison know no
// SQL. SqliteBackend is the embedded one; a PostgreSQL backend plugs in here.
//
// What every backend keeps, whatever its tables look like:
// - records: seq (0, 1, 2, ... contiguous), time, actor, role, action, subject (the columns
//   listings filter on), bytes (the canonical record, hashed as stored, never re-encoded),
//   hash (its Merkle leaf hash) and nodes (the perfect Merkle subtrees the record completes,
//   levels 1, 2, ..., one per trailing 1 bit of seq, 32 bytes each: node (level, index) is kept
//   with record ((index + 1) << level) - 1, the last leaf under it);
// - checkpoints: size, root, the signed note, and the store's time when it was signed;
// - meta: origin, vkey (the store's public key) and schema.
// Nothing is ever updated or deleted. A backend object is one connection, used by one thread
// at a time.
class AuditBackend {
public:
    virtual ~AuditBackend() = default;

    // The backend for a store location (today a SQLite file path), opened for reading and
    // appending; creates the file when there is none (AuditStore decides whether it may).
    static Result<std::unique_ptr<AuditBackend>> open(const QString& location);
    // An existing store opened for reading only, creating nothing beside it; its schema checked
    // as ensureSchema does. For comparing copies and checking a file in the background.
    static Result<std::unique_ptr<AuditBackend>> openReadOnly(const QString& location);

    // Creates the schema on an empty store; on an existing one checks that it is a store of
    // this schema, and (unless told not to) runs the backend's own integrity check.
    virtual Status ensureSchema(bool integrityCheck = true) = 0;
    // The backend's own check of its storage (SQLite: PRAGMA quick_check): CheckFailed naming
    // the damage.
    virtual Status integrityCheck() const = 0;

    virtual Result<QString> meta(const QString& key) const = 0;  // empty when unset
    // Sets origin, vkey and schema unless already set (a concurrent creator's win stays).
    virtual Status initMeta(const QString& origin, const QString& vkey) = 0;

    // Appends records from `next` in one write transaction (sequence number and previous hash
    // read inside it, so concurrent writers never fork the chain), each timed by clock.now()
    // read inside it and refused when earlier than the last record's or checkpoint's time.
    // Returns the number appended; the last record is copied to *last if given.
    virtual Result<qint64> appendBatch(const std::function<bool(AuditEntry&)>& next,
                                       const Clock& clock, AuditRecord* last) = 0;

    virtual qint64 size() const = 0;  // the records held; -1 on error
    // Changes whenever another connection commits; -1 on error. Cheap: polled by watchers.
    virtual qint64 dataVersion() const = 0;
    virtual Result<AuditRecord> record(qint64 seq) const = 0;
    virtual Result<QList<AuditRecord>> records(const AuditFilter& filter, qint64 offset,
                                               qint64 limit) const = 0;
    virtual Result<qint64> count(const AuditFilter& filter) const = 0;
    virtual Result<qint64> exportRecords(const AuditFilter& filter, bool csv,
                                         QIODevice& out) const = 0;

    // How the store's schema differs from what the backend creates ("trigger records_no_delete
    // was removed", "index x was added", ...); empty when it is the same.
    virtual Result<QStringList> schemaChanges() const = 0;
    // The rows as they are, for counting them against the tree: a row outside 0..size-1 is
    // one no verification of the tree would read.
    struct RowShape {
        qint64 recordRows = 0;
        std::optional<qint64> firstStraySeq;  // the lowest seq outside 0..treeSize-1
        QStringList metaKeys;
    };
    virtual Result<RowShape> rowShape(qint64 treeSize) const = 0;

    virtual Result<QString> latestCheckpointNote() const = 0;  // empty when none
    // A row of the checkpoints: the size and root kept beside the signed note (the size orders
    // them, so the latest checkpoint is the one of the largest size).
    struct CheckpointRow {
        qint64 size = -1;
        QByteArray root;
        QString note;
        QString time;  // when it was signed (not in the note: bounded by the records' times)
    };
    virtual Result<QList<CheckpointRow>> checkpointRows() const = 0;  // by increasing size
    // The time of the record at seq as stored (empty when there is none); read once the records
    // scan has checked the columns against the bytes.
    virtual Result<QString> recordTime(qint64 seq) const = 0;
    // In one write transaction: reads the tree size, checks the previous checkpoint (its
    // signature and a consistency proof from it), signs the new tree head with `sign` and
    // stores it, stamped by `clock` read once the write lock is held (a time read before it
    // could be earlier than a record another process appended meanwhile) and refused when
    // earlier than the last record's. Returns the previous checkpoint when the tree did not
    // grow.
    virtual Result<Checkpoint> signCheckpoint(
        const QString& origin, const NoteVerifier& verifier,
        const std::function<Result<QString>(const QString& body)>& sign, const Clock& clock) = 0;

    // The stored hash of the perfect subtree (level, index): level 0 is a record's hash.
    virtual Result<QByteArray> storedNode(int level, qint64 index) const = 0;
    Result<QByteArray> rootHash(qint64 treeSize) const;
    MerkleTree::HashSource hashSource() const;  // valid while this object lives

    // One record as stored (UTF-8 / raw bytes), for verification. The views are valid only
    // during the callback.
    struct Row {
        qint64 seq = 0;
        QByteArrayView time, actor, role, action, subject, bytes, hash, nodes;
    };
    // Streams the records with from <= seq < to in sequence order; `row` returns false to stop.
    virtual Status forEachRow(qint64 from, qint64 to,
                              const std::function<bool(const Row&)>& row) const = 0;

    // The canonical bytes of a record (what its leaf hash is taken over), and a record read
    // back from them.
    static QByteArray recordBytes(qint64 seq, const QString& time, const AuditEntry& e,
                                  const QByteArray& prevHash);
    static Result<AuditRecord> parseRecord(const QByteArray& bytes, const QByteArray& hash);
};

}  // namespace countersign
