#include "audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <future>
#include <map>

#include "audit/AuditSql.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "audit/RecordRangeScan.h"

namespace countersign {
namespace {

// 0 = b0 < b1 < ... < bk = total: k parts of whole blocks (the last one takes the rest), one
// per core unless told, none shorter than a block.
std::vector<qint64> partBounds(qint64 total, int wanted) {
    const qint64 blocks = total / RecordRangeScan::kBlockSize;
    const qint64 k = std::max<qint64>(
        1, std::min<qint64>(wanted > 0 ? wanted : QThread::idealThreadCount(), blocks));
    std::vector<qint64> bounds{0};
    for (qint64 i = 1; i < k; ++i) bounds.push_back(blocks * i / k * RecordRangeScan::kBlockSize);
    bounds.push_back(total);
    return bounds;
}

// `tree` followed by the records of `partial`, which starts where `tree` ends (a whole
// block): its subtrees, largest first, one per set bit of its size.
CompactRange withPartial(CompactRange tree, const CompactRange& partial) {
    size_t next = 0;
    for (int level = 62; level >= 0; --level)
        if (partial.size() & (qint64(1) << level))
            tree.appendSubtree(level, partial.subtrees()[next++]);
    return tree;
}

}  // namespace

AuditVerification AuditVerifier::run(const QString& dbPath, const NoteVerifier& verifier,
                                     const QStringList& heldNotes, const Progress& progress,
                                     const std::atomic_bool* cancel, int wantedParts) {
    AuditVerification v;
    auto fail = [&v](AuditVerification::Problem p, qint64 seq, const QString& message) {
        v.problem = p;
        v.firstBadSeq = seq;
        v.message = message;
        return v;
    };
    auto sqlOpen = AuditSql::open(dbPath);
    if (!sqlOpen)
        return fail(AuditVerification::Problem::Unreadable, -1, sqlOpen.error().message);
    AuditSql& sql = *sqlOpen.value();
    if (auto s = sql.ensureSchema(false); !s)
        return fail(AuditVerification::Problem::Unreadable, -1, s.error().message);
    // Checkpoints: stored ones, then held ones; each must carry the store's signature.
    std::multimap<qint64, Checkpoint> bySize;
    auto notes = sql.checkpointNotes();
    if (!notes)
        return fail(AuditVerification::Problem::Unreadable, -1, notes.error().message);
    auto addCheckpoint = [&](const QString& note, const QString& where) -> bool {
        auto cp = Checkpoint::fromSignedNote(note, verifier);
        if (!cp) {
            fail(AuditVerification::Problem::WrongKey, -1,
                 QCoreApplication::translate("AuditVerifier",
                                             "%1 is not signed by the store's key %2: %3")
                     .arg(where, verifier.toString(), cp.error().message));
            return false;
        }
        if (cp->origin != verifier.name) {
            fail(AuditVerification::Problem::WrongKey, -1,
                 QCoreApplication::translate("AuditVerifier", "%1 is for another log (%2)")
                     .arg(where, cp->origin));
            return false;
        }
        bySize.emplace(cp->size, cp.value());
        ++v.checkpointsChecked;
        return true;
    };
    for (const QString& n : notes.value())
        if (!addCheckpoint(n, QCoreApplication::translate("AuditVerifier", "a stored checkpoint")))
            return v;
    std::map<qint64, QByteArray> storedRoots;
    for (const auto& [size, cp] : bySize) storedRoots.emplace(size, cp.rootHash);
    for (const QString& n : heldNotes) {
        if (!addCheckpoint(n, QCoreApplication::translate("AuditVerifier", "a held checkpoint")))
            return v;
        // Every checkpoint the store signed went into its checkpoints table first: one held
        // outside but missing inside means rows were lost (a damaged or replaced -wal file).
        auto held = Checkpoint::parseUnverified(n);
        const auto it = storedRoots.find(held->size);
        if (it != storedRoots.end() && it->second != held->rootHash)
            return fail(
                AuditVerification::Problem::RootMismatch, -1,
                QCoreApplication::translate(
                    "AuditVerifier",
                    "a held checkpoint of %1 records has another root than the store's: the "
                    "store was "
                    "rebuilt, or the two copies forked")
                    .arg(held->size));
        if (it == storedRoots.end())
            return fail(AuditVerification::Problem::Truncated, -1,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "a signed checkpoint of %1 records is missing from the store: its "
                            "records or checkpoints "
                            "were lost or replaced")
                            .arg(held->size));
    }
    // Read after the checkpoints: every checkpoint read is then within the records counted
    // (appends by others during the verification are not looked at).
    const qint64 total = sql.size();
    if (total < 0)
        return fail(
            AuditVerification::Problem::Unreadable, -1,
            QCoreApplication::translate("AuditVerifier", "cannot read the number of records"));
    if (bySize.count(0) > 0 && bySize.find(0)->second.rootHash != MerkleTree::emptyRoot())
        return fail(AuditVerification::Problem::RootMismatch, -1, rootMismatchMessage(0));
    std::vector<qint64> sizes;
    for (const auto& [size, cp] : bySize)
        if (size > 0 && (sizes.empty() || sizes.back() != size))
            sizes.push_back(size);

    // The records in parts of whole blocks, one per core, read and checked side by side.
    const std::vector<qint64> bounds = partBounds(total, wantedParts);
    RecordRangeScan::Shared shared;
    shared.cancel = cancel;
    // Every part on a thread of its own; this one reports progress meanwhile.
    std::vector<std::future<RecordRangeScan::Outcome>> running;
    for (size_t i = 0; i + 1 < bounds.size(); ++i)
        running.push_back(std::async(std::launch::async, [&, i] {
            return RecordRangeScan::run(dbPath, bounds[i], bounds[i + 1], sizes, int(i), shared);
        }));
    std::vector<RecordRangeScan::Outcome> parts;
    for (auto& part : running) {
        while (part.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready)
            if (progress)
                progress(shared.done.load(), total);
        parts.push_back(part.get());
    }
    if (progress)
        progress(shared.done.load(), total);
    if (cancel && cancel->load())
        return fail(AuditVerification::Problem::Cancelled, -1,
                    QCoreApplication::translate("AuditVerifier", "verification cancelled"));

    // Join the parts in sequence order: the whole blocks into one tree, the checkpoint roots
    // at their sizes, the stored nodes above the blocks; the first problem in sequence wins.
    CompactRange tree;
    // The stored nodes above block level, by the record that holds them (every part's, in
    // sequence order): a node completed by the join must be the one its record holds.
    std::map<qint64, QByteArray> upperNodes;
    for (const RecordRangeScan::Outcome& part : parts)
        for (const RecordRangeScan::UpperNodes& u : part.upperNodes)
            upperNodes.emplace(u.seq, u.hashes);
    RecordProblem nodeProblem;
    auto checkUpperNode = [&](int level, qint64 index, const Hash32& hash) {
        if (nodeProblem.problem != AuditVerification::Problem::None)
            return;
        const qint64 holder = ((index + 1) << level) - 1;
        const auto it = upperNodes.find(holder);
        const qsizetype at = qsizetype(level - 1 - RecordRangeScan::kBlockLevel) * 32;
        if (it == upperNodes.end() || it->second.size() < at + 32 ||
            QByteArrayView(it->second).sliced(at, 32) != TreeHash::view(hash))
            nodeProblem = storedNodeProblem(level, index, holder);
    };
    for (size_t i = 0; i < parts.size(); ++i) {
        const RecordRangeScan::Outcome& part = parts[i];
        if (i > 0 && !part.firstTime.isEmpty() &&
            RecordRangeScan::wentBack(parts[i - 1].lastTime, part.firstTime)) {
            const RecordProblem p =
                RecordRangeScan::timeWentBack(bounds[i], part.firstTime, parts[i - 1].lastTime);
            v.recordsChecked = p.seq;
            return fail(p.problem, p.seq, p.message);
        }
        size_t appended = 0;
        auto appendBlocks = [&](size_t upTo) {
            for (; appended < upTo; ++appended)
                tree.appendSubtree(RecordRangeScan::kBlockLevel, part.blockRoots[appended],
                                   checkUpperNode);
        };
        for (const RecordRangeScan::AtCheckpoint& at : part.checkpoints) {
            appendBlocks(at.blocksBefore);
            const QByteArray root = withPartial(tree, at.partial).root();
            for (auto [it, end] = bySize.equal_range(at.size); it != end; ++it)
                if (it->second.rootHash != root)
                    return fail(AuditVerification::Problem::RootMismatch, -1,
                                rootMismatchMessage(at.size));
        }
        if (part.problem.problem != AuditVerification::Problem::None) {
            v.recordsChecked = part.problem.seq >= 0 ? part.problem.seq : 0;
            return fail(part.problem.problem, part.problem.seq, part.problem.message);
        }
        appendBlocks(part.blockRoots.size());
    }
    tree = withPartial(tree, parts.back().tail);
    const qint64 expected = tree.size();
    v.recordsChecked = expected;
    for (const RecordRangeScan::Outcome& part : parts)
        if (part.nodeProblem.problem != AuditVerification::Problem::None)
            return fail(part.nodeProblem.problem, part.nodeProblem.seq, part.nodeProblem.message);
    if (nodeProblem.problem != AuditVerification::Problem::None)
        return fail(nodeProblem.problem, nodeProblem.seq, nodeProblem.message);
    v.size = expected;
    v.rootHash = tree.root();
    if (!sizes.empty() && sizes.back() > expected)
        return fail(AuditVerification::Problem::Truncated, expected,
                    QCoreApplication::translate(
                        "AuditVerifier",
                        "the store has %1 records but a checkpoint of %2 records was signed: "
                        "records were removed "
                        "(or the -wal file was lost)")
                        .arg(expected)
                        .arg(*std::upper_bound(sizes.begin(), sizes.end(), expected)));
    // The stored tree nodes (used for proofs and checkpoints) must agree with the records.
    auto stored = sql.rootHash(expected);
    if (!stored || stored.value() != v.rootHash)
        return fail(AuditVerification::Problem::NodesChanged, -1,
                    QCoreApplication::translate(
                        "AuditVerifier", "the stored Merkle tree nodes disagree with the records"));
    return v;
}

}  // namespace countersign
