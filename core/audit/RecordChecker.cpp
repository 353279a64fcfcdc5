#include "audit/RecordChecker.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

#include "audit/TreeHash.h"

namespace countersign {
namespace {}  // namespace

// Compares the perfect subtrees the tree completes with the stored nodes, one sequential
// cursor per level. Opens its connection on the first node, on the checking thread.
class RecordChecker::NodeChecker {
public:
    explicit NodeChecker(const QString& dbPath) : m_dbPath(dbPath) {}
    ~NodeChecker() { m_levels.clear(); }  // the cursors go before their connection

    // Empty when the stored node is the computed one, else what is wrong.
    std::optional<Error> check(int level, qint64 index, const Hash32& computed) {
        if (!m_sql) {
            auto sql = AuditSql::open(m_dbPath);
            if (!sql)
                return sql.error();
            m_sql = std::move(sql.value());
        }
        if (m_levels.size() < static_cast<size_t>(level))
            m_levels.resize(static_cast<size_t>(level));
        auto& reader = m_levels[static_cast<size_t>(level - 1)];
        if (!reader) {
            auto opened = m_sql->nodeLevelReader(level);
            if (!opened)
                return opened.error();
            reader = std::move(opened.value());
        }
        auto stored = reader->next(index);
        if (!stored)
            return stored.error();
        if (stored.value() != TreeHash::view(computed))
            return Error::checkFailed(
                QCoreApplication::translate("AuditVerifier",
                                            "the stored Merkle tree node (level %1, index %2) "
                                            "disagrees with the records")
                    .arg(level)
                    .arg(index),
                m_dbPath);
        return std::nullopt;
    }

private:
    QString m_dbPath;
    std::unique_ptr<AuditSql> m_sql;
    std::vector<std::unique_ptr<AuditSql::NodeLevelReader>> m_levels;
};

RecordChecker::RecordChecker(QString dbPath, std::multimap<qint64, QByteArray> checkpointRoots)
    : m_dbPath(std::move(dbPath)),
      m_checkpoints(std::move(checkpointRoots)),
      m_nextCheckpoint(m_checkpoints.lower_bound(1)),
      m_thread(&RecordChecker::checkLoop, this) {
    std::memset(m_prevHex, '0', sizeof m_prevHex);  // record 0 links to 64 zeros
}

RecordChecker::~RecordChecker() {
    m_failed = true;  // nothing more is wanted: the loop drops what is queued
    finish();
}

AuditSql::Row RecordChecker::Batch::row(size_t i) const {
    const auto& end = ends[i];
    qsizetype begin = i == 0 ? 0 : ends[i - 1][kFields - 1];
    auto field = [&](int f) {
        const QByteArrayView v(data.get() + begin, end[f] - begin);
        begin = end[f];
        return v;
    };
    AuditSql::Row r;
    r.seq = firstSeq + static_cast<qint64>(i);
    r.time = field(0);
    r.actor = field(1);
    r.role = field(2);
    r.action = field(3);
    r.subject = field(4);
    r.bytes = field(5);
    r.hash = field(6);
    return r;
}

void RecordChecker::Batch::append(QByteArrayView field) {
    const auto n = static_cast<size_t>(field.size());
    if (size + n > capacity) {
        const size_t grown = std::max(2 * capacity, size + n + 4096);
        auto bigger = std::make_unique_for_overwrite<char[]>(grown);
        if (size > 0)
            std::memcpy(bigger.get(), data.get(), size);
        data = std::move(bigger);
        capacity = grown;
    }
    if (n > 0)
        std::memcpy(data.get() + size, field.data(), n);
    size += n;
}

void RecordChecker::Batch::clear() {
    size = 0;
    ends.clear();
}

void RecordChecker::add(const AuditSql::Row& row) {
    if (m_filling.ends.empty())
        m_filling.firstSeq = row.seq;
    auto& end = m_filling.ends.emplace_back();
    int f = 0;
    for (const QByteArrayView field :
         {row.time, row.actor, row.role, row.action, row.subject, row.bytes, row.hash}) {
        m_filling.append(field);
        end[f++] = static_cast<qsizetype>(m_filling.size);
    }
    if (m_filling.rows() == kBatchRows)
        push();
}

void RecordChecker::push() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueuedBatches || failed(); });
    m_queue.push_back(std::move(m_filling));
    if (!m_spare.empty()) {
        m_filling = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        m_filling = Batch();
    }
    m_filling.clear();  // keeps the capacity of a reused batch
    m_changed.notify_all();
}

void RecordChecker::finish() {
    if (!m_thread.joinable())
        return;
    if (!m_filling.ends.empty())
        push();
    {
        const std::lock_guard lock(m_mutex);
        m_inputDone = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RecordChecker::checkLoop() {
    NodeChecker nodes(m_dbPath);
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_inputDone; });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();  // room in the queue
        const bool goOn = !failed() && checkBatch(batch, nodes);
        const std::lock_guard lock(m_mutex);
        if (!goOn) {
            m_failed = true;
            m_changed.notify_all();  // a reader waiting for room stops waiting
        }
        m_spare.push_back(std::move(batch));
    }
}

bool RecordChecker::checkBatch(const Batch& batch, NodeChecker& nodes) {
    for (size_t i = 0; i < batch.rows(); ++i)
        if (!checkRecord(batch.row(i), nodes))
            return false;
    return true;
}

bool RecordChecker::checkRecord(const AuditSql::Row& row, NodeChecker& nodes) {
    using Problem = AuditVerification::Problem;
    const QByteArrayView prevHex(m_prevHex, sizeof m_prevHex);
    Hash32 leaf;
    TreeHash::leaf(row.bytes, leaf);
    if (TreeHash::view(leaf) != row.hash) {
        m_problem = {Problem::RecordChanged, row.seq, recordChangedMessage(row.seq)};
        return false;
    }
    if (!m_columns.matches(row, prevHex)) {
        m_problem = RecordColumns::explainMismatch(row, prevHex);
        return false;
    }
    hex32(row.hash, m_prevHex);
    // A wrong stored node does not stop the scan: a changed record that was re-hashed also
    // changes the nodes above it, and the chain check on the next record says more.
    m_tree.append(leaf, [&](int level, qint64 index, const Hash32& hash) {
        if (m_nodeProblem.problem != Problem::None)
            return;
        if (const auto error = nodes.check(level, index, hash))
            m_nodeProblem = {error->kind == Error::Kind::CheckFailed ? Problem::NodesChanged
                                                                     : Problem::Unreadable,
                             -1, error->message};
    });
    for (; m_nextCheckpoint != m_checkpoints.cend() && m_nextCheckpoint->first == m_tree.size();
         ++m_nextCheckpoint) {
        if (m_tree.root() != m_nextCheckpoint->second) {
            m_problem = {Problem::RootMismatch, -1, rootMismatchMessage(m_nextCheckpoint->first)};
            return false;
        }
    }
    return true;
}

qint64 RecordChecker::unreachedCheckpoint() const {
    return m_nextCheckpoint == m_checkpoints.cend() ? -1 : m_nextCheckpoint->first;
}

}  // namespace countersign
