#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "audit/AuditRecord.h"
#include "audit/AuditVerification.h"
#include "audit/AuditWitnesses.h"
#include "audit/Checkpoint.h"
#include "audit/ConsistencyProof.h"
#include "audit/InclusionProof.h"
#include "audit/NoteVerifier.h"
#include "common/Clock.h"
#include "common/Result.h"

namespace countersign {

// The local, append-only, hash-chained audit store (DESIGN.md "The audit store").
// SQLite in WAL mode with synchronous=FULL; all SQL of the store lives behind this class.
//
// A record's hash is the RFC 6962 leaf hash of its canonical JSON bytes; it is both the next
// record's `prev` and a leaf of the Merkle tree, whose perfect subtrees are kept in a table so
// proofs cost O(log n) lookups. Checkpoints are C2SP tlog-checkpoints signed as C2SP
// signed-notes with the store's Ed25519 key (kept in a separate, owner-only file).
//
// An AuditStore object belongs to the thread that opened it. verify() opens its own
// connection and may run on any thread (while the store object stays alive).
class AuditStore {
public:
    ~AuditStore();  // signs a checkpoint if records were added since the last one
    AuditStore(const AuditStore&) = delete;
    AuditStore& operator=(const AuditStore&) = delete;

    // Opens (creating when missing) the store at dbPath with its key at keyPath (generated,
    // mode 0600, when the store is new). Fails when the file is not an audit store, fails
    // SQLite's quick_check, the key does not belong to the store, or the store is shorter than
    // its last signed checkpoint (a lost -wal file).
    // quickCheck false skips SQLite's quick_check on open: only for a caller that runs verify()
    // next, which reads every record, tree node and checkpoint and checks their content.
    static Result<std::unique_ptr<AuditStore>> open(const QString& dbPath, const QString& keyPath,
                                                    const Clock& clock, bool quickCheck = true);
    // Opens the store at dbPath for a command that only looks (verify, list, export, prove,
    // consistency, key): never creates a store or a key, and signs no checkpoint on close.
    // BadInput naming the path when there is no store there or the path is a folder.
    static Result<std::unique_ptr<AuditStore>> openExisting(const QString& dbPath,
                                                            const QString& keyPath,
                                                            const Clock& clock,
                                                            bool quickCheck = true);
    // Opens an existing store for reading only, over a connection of the calling thread (a
    // worker reading what the GUI thread's store holds): no key, no checks on open, never
    // signs a checkpoint; append(), appendBatch() and checkpoint() are refused.
    static Result<std::unique_ptr<AuditStore>> openReader(const QString& dbPath);
    // SQLite's quick_check of the store file over a read-only connection of the calling thread:
    // what open() checks, for a caller that opened with quickCheck false to show its records at
    // once (the console) and checks the file on a worker meanwhile. CheckFailed on damage.
    static Status checkFile(const QString& dbPath);
    // <dir of dbPath>/store.key
    static QString defaultKeyPath(const QString& dbPath);
    // The verifier of the store key at keyPath (defaultKeyPath when empty), read without
    // opening the store: for verifying a store that refuses to open, and for its migration.
    static Result<NoteVerifier> keyVerifier(const QString& dbPath, const QString& keyPath = {});
    // <workspace>/.countersign/audit.sqlite
    static QString defaultStorePath(const QString& workspace);

    QString path() const;
    QString origin() const;         // the checkpoint origin line, also the key name
    NoteVerifier verifier() const;  // the store's public key (vkey via toString())
    // Signs bytes with the store's Ed25519 key (the console's own attestations, such as the
    // release attestation; verify with verifier().publicKey).
    Result<QByteArray> signWithStoreKey(const QByteArray& message) const;

    // The store of a training workspace (controls.json "training": true): every record this
    // object appends from now on carries the training mark in its payload (TrainingMark).
    void markTraining(bool training);
    // Appends one record; returns once it is durable. A record whose entry asks for it
    // (AuditEntry::checkpoint, set from the table of audit actions: sign-offs, acceptances,
    // revocations, attestations, rollbacks) gets a signed checkpoint before this returns, and
    // so do the store's first record and every 1,000th since the last checkpoint.
    // When that checkpoint cannot be signed (or its sidecar file not written), the record is
    // stored all the same and this returns an Internal error saying so; stored, when given,
    // receives every record that was committed, so a caller can tell the two failures apart
    // (stored->seq stays -1 when nothing was stored).
    Result<AuditRecord> append(const AuditEntry& entry, AuditRecord* stored = nullptr);
    // Appends many records in one transaction (bulk import, benchmarks); `next` fills the
    // entry and returns false when there are no more. Returns the number appended. One
    // checkpoint is signed after the batch (entries' checkpoint flags are not read); when it
    // cannot be signed, the records are stored and this returns an Internal error saying so.
    Result<qint64> appendBatch(const std::function<bool(AuditEntry&)>& next);

    qint64 size() const;  // number of records (also the next sequence number); -1 on a read error
    // Changes whenever another connection (another process, another store object) commits
    // anything: records or checkpoints. Cheap; for change notification, not for ordering.
    qint64 changeStamp() const;
    Result<AuditRecord> record(qint64 seq) const;
    // Records matching the filter in sequence order (offset counts matching records).
    Result<QList<AuditRecord>> records(const AuditFilter& filter, qint64 offset,
                                       qint64 limit) const;
    Result<qint64> count(const AuditFilter& filter) const;

    // Signs a checkpoint of the current tree, after checking it is consistent with the
    // previous one. Returns the latest checkpoint if nothing was added since.
    Result<Checkpoint> checkpoint();
    Result<Checkpoint> latestCheckpoint() const;  // a null Checkpoint when none was signed yet
    Result<QList<Checkpoint>> checkpoints() const;

    Result<QByteArray> rootHash(qint64 treeSize) const;
    Result<InclusionProof> inclusionProof(qint64 index, qint64 treeSize) const;
    Result<ConsistencyProof> consistencyProof(qint64 fromSize, qint64 toSize) const;
    // For an anchor held outside the database (an operator's last seen checkpoint, an
    // auditor's copy): checks its signature and that the store still extends it. Returns the
    // verified consistency proof; CheckFailed when the store was truncated, rewritten or
    // forked, or the checkpoint is signed by another key.
    Result<ConsistencyProof> checkConsistencyWith(const Checkpoint& held) const;

    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Full verification: every record's bytes, hash, chain link and browsing columns, every
    // stored checkpoint (signature and root) and every witness from outside. Runs on
    // the calling thread over its own connection; reports progress and stops when *cancel.
    AuditVerification verify(const AuditWitnesses& witnesses = {}, const Progress& progress = {},
                             const std::atomic_bool* cancel = nullptr) const;

    enum class ExportFormat { JsonLines, Csv };
    // JSON lines: one record's canonical bytes per line. CSV: seq,time,actor,role,action,
    // subject,hash,payload. Returns the number of records written.
    Result<qint64> exportRecords(const AuditFilter& filter, ExportFormat format,
                                 QIODevice& out) const;

    // The file beside the database holding the last checkpoint signed (a signed note).
    QString sidecarCheckpointPath() const;
    static QString sidecarCheckpointPath(const QString& dbPath);
    // That checkpoint, as a witness for verify(); none when there is no such file (it is
    // checked like any held checkpoint, not here).
    static AuditWitnesses sidecarWitness(const QString& dbPath);

private:
    struct Impl;
    explicit AuditStore(std::unique_ptr<Impl> d);
    static Result<std::unique_ptr<AuditStore>> openStore(const QString& dbPath,
                                                         const QString& keyPath, const Clock& clock,
                                                         bool quickCheck, bool create);
    std::unique_ptr<Impl> d;
};

}  // namespace countersign
