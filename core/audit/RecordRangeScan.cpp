#include "audit/RecordRangeScan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <bit>
#include <cstring>

#include "audit/AuditBackend.h"

namespace countersign {
namespace {

RecordProblem fromError(const Error& e) {
    return {AuditVerification::Problem::Unreadable, -1, e.message};
}

}  // namespace

bool RecordRangeScan::wentBack(QByteArrayView earlier, QByteArrayView later) {
    // The store writes every time as yyyy-MM-ddTHH:mm:ss.zzzZ (UTC): those compare as bytes.
    constexpr qsizetype kIsoLength = 24;
    if (earlier.size() == kIsoLength && later.size() == kIsoLength)
        return std::memcmp(later.data(), earlier.data(), kIsoLength) < 0;
    const QDateTime a = QDateTime::fromString(QString::fromUtf8(earlier), Qt::ISODateWithMs);
    const QDateTime b = QDateTime::fromString(QString::fromUtf8(later), Qt::ISODateWithMs);
    return a.isValid() && b.isValid() && b < a;
}

RecordProblem RecordRangeScan::timeWentBack(qint64 seq, QByteArrayView time,
                                            QByteArrayView before) {
    return {AuditVerification::Problem::TimeWentBack, seq,
            QCoreApplication::translate(
                "AuditVerifier",
                "record %1's time %2 is earlier than record %3's %4: the store's clock went "
                "back, or a record's time was changed")
                .arg(seq)
                .arg(QString::fromUtf8(time))
                .arg(seq - 1)
                .arg(QString::fromUtf8(before))};
}

RecordRangeScan::Outcome RecordRangeScan::run(const QString& dbPath, qint64 lo, qint64 hi,
                                              const std::vector<qint64>& checkpointSizes, int part,
                                              Shared& shared) {
    using Problem = AuditVerification::Problem;
    Outcome out;
    auto opened = AuditBackend::open(dbPath);
    if (!opened) {
        out.problem = fromError(opened.error());
        return out;  // a part after this one reports nothing before this problem: fine
    }
    const AuditBackend& sql = *opened.value();

    // The chain: record lo links to the stored hash of the record before.
    char prevHex[64];
    std::memset(prevHex, '0', sizeof prevHex);
    if (lo > 0) {
        auto before = sql.storedNode(0, lo - 1);
        if (!before) {
            out.problem = {
                Problem::RowMissing, lo - 1,
                QCoreApplication::translate("AuditVerifier", "record %1 is missing").arg(lo - 1)};
            return out;
        }
        hex32(before.value(), prevHex);
    }

    Q_ASSERT(lo % kBlockSize == 0);
    RecordColumns columns;
    auto nextCheckpoint = std::upper_bound(checkpointSizes.begin(), checkpointSizes.end(), lo);
    qint64 expected = lo, unreported = 0;
    Hash32 leaf;
    // The stored nodes of the record being appended: those the leaf completes, in level order.
    const AuditBackend::Row* current = nullptr;
    // A std::function made once: one made per append (from the lambda) allocated per record.
    const CompactRange::CompletedNode checkNode = [&](int level, qint64, const Hash32& hash) {
        // In range: parts start on a block boundary, so the tail completes no more levels
        // than the record's own trailing 1 bits (the size checked before).
        Q_ASSERT(qsizetype(level) * 32 <= current->nodes.size());
        if (out.nodeProblem.problem == Problem::None &&
            std::memcmp(current->nodes.data() + (level - 1) * 32, hash.data(), 32) != 0)
            out.nodeProblem = storedNodeProblem(level, current->seq >> level, current->seq);
    };
    const Status scan = sql.forEachRow(lo, hi, [&](const AuditBackend::Row& row) {
        if ((shared.cancel && shared.cancel->load(std::memory_order_relaxed)) ||
            shared.firstFailedPart.load(std::memory_order_relaxed) < part) {
            out.cancelled = true;
            return false;
        }
        if (row.seq != expected) {
            out.problem = {
                Problem::RowMissing, expected,
                QCoreApplication::translate("AuditVerifier",
                                            "record %1 is missing (the next stored record is %2)")
                    .arg(expected)
                    .arg(row.seq)};
            return false;
        }
        const QByteArrayView prev(prevHex, sizeof prevHex);
        TreeHash::leaf(row.bytes, leaf);
        if (TreeHash::view(leaf) != row.hash) {
            out.problem = {Problem::RecordChanged, row.seq, recordChangedMessage(row.seq)};
            return false;
        }
        if (!columns.matches(row, prev)) {
            out.problem = RecordColumns::explainMismatch(row, prev);
            return false;
        }
        hex32(row.hash, prevHex);
        if (row.seq == lo) {
            out.firstTime = row.time.toByteArray();
        } else if (wentBack(out.lastTime, row.time)) {
            out.problem = timeWentBack(row.seq, row.time, out.lastTime);
            return false;
        }
        out.lastTime.resize(row.time.size());  // no allocation while the size stays
        if (!row.time.isEmpty())  // an empty column's view may be null: no memcpy from null
            std::memcpy(out.lastTime.data(), row.time.data(), size_t(row.time.size()));
        // A wrong stored node does not stop the scan: a changed record that was re-hashed
        // also changes the nodes above it, and the chain check on the next record says more.
        const int completes = std::countr_one(static_cast<quint64>(row.seq));
        if (row.nodes.size() != qsizetype(completes) * 32) {
            if (out.nodeProblem.problem == Problem::None)
                out.nodeProblem = storedNodesMissing(row.seq, row.nodes.size(), completes);
            out.tail.append(leaf);
        } else {
            current = &row;
            out.tail.append(leaf, checkNode);
            if (completes > kBlockLevel)
                out.upperNodes.push_back(
                    {row.seq, row.nodes.sliced(kBlockLevel * 32).toByteArray()});
        }
        if (out.tail.size() == kBlockSize) {
            out.blockRoots.push_back(out.tail.subtrees().front());
            out.tail = CompactRange();
        }
        ++expected;
        for (; nextCheckpoint != checkpointSizes.end() && *nextCheckpoint == expected;
             ++nextCheckpoint)
            out.checkpoints.push_back({expected, out.blockRoots.size(), out.tail});
        if (++unreported == 4096) {
            shared.done.fetch_add(unreported, std::memory_order_relaxed);
            unreported = 0;
        }
        return true;
    });
    shared.done.fetch_add(unreported, std::memory_order_relaxed);
    if (!scan && out.problem.problem == Problem::None)
        out.problem = fromError(scan.error());
    if (out.problem.problem == Problem::None && !out.cancelled && expected < hi)
        out.problem = {
            Problem::RowMissing, expected,
            QCoreApplication::translate("AuditVerifier", "record %1 is missing").arg(expected)};
    if (out.problem.problem != Problem::None) {
        int first = shared.firstFailedPart.load();
        while (part < first && !shared.firstFailedPart.compare_exchange_weak(first, part)) {
        }
    }
    return out;
}

}  // namespace countersign
