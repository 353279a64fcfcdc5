#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "audit/AuditSql.h"
#include "audit/MerkleTree.h"
#include "audit/RecordColumns.h"

namespace countersign {

// The checking half of a full verification, on a thread of its own; the reading thread
// (SQLite) hands over each row as stored. For each record, in sequence: its leaf hash
// against the stored hash; its bytes against its browsing columns, its sequence number and
// the stored hash of the record before (the chain); then the Merkle tree grows, its root is
// compared with every signed checkpoint at that checkpoint's size, and every perfect subtree
// it completes with the node stored for proofs (read on a connection of its own, opened after
// the reader's, so it sees at least the reader's records). Reading and checking take about
// the same time and run side by side, like `sqlite3 | openssl dgst`. Rows travel in batches
// through a queue of a few batches (a few MB at most).
class RecordChecker {
public:
    // Checkpoint roots by tree size (sizes >= 1).
    RecordChecker(QString dbPath, std::multimap<qint64, QByteArray> checkpointRoots);
    ~RecordChecker();  // stops and joins the thread
    RecordChecker(const RecordChecker&) = delete;
    RecordChecker& operator=(const RecordChecker&) = delete;

    // Reading thread: the next row in sequence.
    void add(const AuditSql::Row& row);
    // True once the checking thread found a problem: the reader can stop.
    bool failed() const { return m_failed.load(std::memory_order_relaxed); }
    // Checks what is left and joins the thread. Then the results below are valid.
    void finish();

    // The first problem found (problem None when all rows added were good); one with the
    // stored tree nodes only when the records themselves are good.
    const RecordProblem& problem() const {
        return m_problem.problem != AuditVerification::Problem::None ? m_problem : m_nodeProblem;
    }
    qint64 size() const { return m_tree.size(); }
    QByteArray root() const { return m_tree.root(); }
    // The smallest checkpoint size not reached (-1 when all were): a truncated store.
    qint64 unreachedCheckpoint() const;

private:
    class NodeChecker;
    static constexpr int kFields = 7;  // time, actor, role, action, subject, bytes, hash
    struct Batch {
        qint64 firstSeq = 0;
        // The fields of the rows one after the other. A plain buffer: a vector's insert and
        // zero-filling resize were a tenth of the reading thread's time.
        std::unique_ptr<char[]> data;
        size_t size = 0, capacity = 0;
        std::vector<std::array<qsizetype, kFields>> ends;  // end offsets of each row's fields
        size_t rows() const { return ends.size(); }
        AuditSql::Row row(size_t i) const;
        void append(QByteArrayView field);
        void clear();
    };
    void push();
    void checkLoop();
    bool checkBatch(const Batch& batch, NodeChecker& nodes);
    bool checkRecord(const AuditSql::Row& row, NodeChecker& nodes);

    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kQueuedBatches = 8;

    Batch m_filling;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spare;  // emptied batches, reused to avoid reallocating
    bool m_inputDone = false;
    std::atomic_bool m_failed = false;

    // Touched by the checking thread only until finish() joins it.
    QString m_dbPath;
    RecordColumns m_columns;
    char m_prevHex[64];
    CompactRange m_tree;
    std::multimap<qint64, QByteArray> m_checkpoints;
    std::multimap<qint64, QByteArray>::const_iterator m_nextCheckpoint;
    RecordProblem m_problem;
    RecordProblem m_nodeProblem;

    std::thread m_thread;  // last: starts after everything above is constructed
};

}  // namespace countersign
