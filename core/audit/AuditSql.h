#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

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
// Schema: records(seq PK, time, actor, role, action, subject, bytes, hash), nodes(id PK, hash)
// with the perfect Merkle subtrees above the leaves (id = level << 40 | index),
// checkpoints(size PK, root, note, time) and meta(key PK, value). Triggers refuse UPDATE and
// DELETE on all of them; the file's application_id is 'CSAT'.
class AuditSql {
public:
    static constexpr qint32 kApplicationId = 0x43534154;  // "CSAT"

    ~AuditSql();
    AuditSql(const AuditSql&) = delete;
    AuditSql& operator=(const AuditSql&) = delete;

    // Opens a connection with WAL, synchronous=FULL and a busy timeout.
    static Result<std::unique_ptr<AuditSql>> open(const QString& path);
    // Creates the schema on an empty file; on an existing one checks application_id and
    // runs PRAGMA quick_check (unless told not to: the store ran it when it was opened).
    Status ensureSchema(bool quickCheck = true);

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

    Result<QString> latestCheckpointNote() const;  // empty when none
    Result<QStringList> checkpointNotes() const;   // by increasing size
    // In one write transaction: reads the tree size, checks the previous checkpoint (its
    // signature and a consistency proof from it), signs the new tree head with `sign` and
    // stores it. Returns the previous checkpoint when the tree did not grow.
    Result<Checkpoint> signCheckpoint(
        const QString& origin, const NoteVerifier& verifier,
        const std::function<Result<QString>(const QString& body)>& sign, const QDateTime& now);

    Result<QByteArray> rootHash(qint64 treeSize) const;
    MerkleTree::HashSource hashSource() const;  // valid while this object lives

    // One row of the records table as stored (UTF-8 / raw bytes), for verification. The views
    // are valid only during the callback.
    struct Row {
        qint64 seq = 0;
        QByteArrayView time, actor, role, action, subject, bytes, hash;
    };
    // Streams the rows with from <= seq < to in sequence order straight from SQLite; `row`
    // returns false to stop.
    Status forEachRow(qint64 from, qint64 to, const std::function<bool(const Row&)>& row) const;
    Result<QByteArray> storedNode(int level, qint64 index) const;

    // Reads the stored nodes of one tree level in index order with one sequential cursor (a
    // verification compares every node: a lookup per node would cost more than the scan).
    // Valid while this object lives, on its thread.
    class NodeLevelReader {
    public:
        ~NodeLevelReader();
        NodeLevelReader(const NodeLevelReader&) = delete;
        NodeLevelReader& operator=(const NodeLevelReader&) = delete;
        // The stored hash of node `index`, which must follow the node read before; an error
        // names the node when it is missing or unreadable. The view lasts until the next call.
        Result<QByteArrayView> next(qint64 index);

    private:
        friend class AuditSql;
        NodeLevelReader(void* statement, int level, QString path);
        void* m_statement;  // sqlite3_stmt
        int m_level;
        QString m_path;
    };
    Result<std::unique_ptr<NodeLevelReader>> nodeLevelReader(int level, qint64 firstIndex) const;

    static QByteArray recordBytes(qint64 seq, const QString& time, const AuditEntry& e,
                                  const QByteArray& prevHash);
    static Result<AuditRecord> parseRecord(const QByteArray& bytes, const QByteArray& hash);

private:
    AuditSql();
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace countersign
