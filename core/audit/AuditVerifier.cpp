#include "audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <set>

#include "audit/AuditBackend.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "audit/RecordRangeScan.h"
#include "audit/SignedNote.h"

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

// A witness reduced to what is compared: the size and root it saw.
struct OutsideWitness {
    QString who;
    qint64 size = 0;
    QByteArray rootHash;
    bool storeSigned = false;    // a checkpoint the store signed (so also in its table)
    bool recordedAfter = false;  // AuditWitnesses::Seen::recordedAfter
};

// The held checkpoints checked with the store's key, and the seen tree heads checked to be of
// this log, by increasing size. An error names the witness: a checkpoint the store's key did
// not sign, or a tree head of another log, means the key was replaced (or it is another
// store's witness).
Result<std::vector<OutsideWitness>> outsideWitnesses(const AuditWitnesses& witnesses,
                                                     const NoteVerifier& verifier) {
    std::vector<OutsideWitness> out;
    for (const AuditWitnesses::Held& h : witnesses.held) {
        auto cp = Checkpoint::fromSignedNote(h.note, verifier);
        if (!cp) {
            const QStringList signers = SignedNote::signers(h.note);
            return Error::checkFailed(
                QCoreApplication::translate(
                    "AuditVerifier",
                    "%1 is signed by the key %2, not by the store's key %3 (%4): the store or "
                    "its key was replaced, or it is another store's checkpoint")
                    .arg(h.who,
                         signers.isEmpty() ? QCoreApplication::translate("AuditVerifier", "(none)")
                                           : signers.join(QStringLiteral(", ")),
                         verifier.keyIdText(), cp.error().message));
        }
        if (cp->origin != verifier.name)
            return Error::checkFailed(
                QCoreApplication::translate("AuditVerifier", "%1 is for another log (%2)")
                    .arg(h.who, cp->origin));
        out.push_back({h.who, cp->size, cp->rootHash, true});
    }
    for (const AuditWitnesses::Seen& s : witnesses.seen) {
        if (s.origin != verifier.name)
            return Error::checkFailed(
                QCoreApplication::translate(
                    "AuditVerifier",
                    "%1 saw the log %2, but the store is the log %3: the store or its key was "
                    "replaced")
                    .arg(s.who, s.origin, verifier.name));
        out.push_back({s.who, s.size, s.rootHash, false, s.recordedAfter});
    }
    std::stable_sort(out.begin(), out.end(), [](const OutsideWitness& a, const OutsideWitness& b) {
        return a.size < b.size;
    });
    return out;
}

}  // namespace

AuditVerification AuditVerifier::run(const QString& dbPath, const NoteVerifier& verifier,
                                     const AuditWitnesses& witnesses, const Progress& progress,
                                     const std::atomic_bool* cancel, int wantedParts) {
    AuditVerification v;
    auto fail = [&v](AuditVerification::Problem p, qint64 seq, const QString& message) {
        v.problem = p;
        v.firstBadSeq = seq;
        v.message = message;
        return v;
    };
    // The store's key against every pin held outside the store, before anything it signed.
    v.storeKey = verifier.keyIdText();
    for (const AuditWitnesses::PinnedKey& pin : witnesses.pinnedKeys) v.keyPinnedBy << pin.who;
    for (const AuditWitnesses::Held& h : witnesses.held)
        if (h.pinsKey)
            v.keyPinnedBy << h.who;
    for (const AuditWitnesses::PinnedKey& pin : witnesses.pinnedKeys)
        if (pin.key.toString() != verifier.toString())
            return fail(AuditVerification::Problem::WrongKey, -1,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "the store is signed by the key %1, but %2 pins the key %3: the "
                            "store or its key was replaced")
                            .arg(verifier.keyIdText(), pin.who, pin.key.keyIdText()));
    auto sqlOpen = AuditBackend::open(dbPath);
    if (!sqlOpen)
        return fail(AuditVerification::Problem::Unreadable, -1, sqlOpen.error().message);
    AuditBackend& sql = *sqlOpen.value();
    if (auto s = sql.ensureSchema(false); !s)
        return fail(AuditVerification::Problem::Unreadable, -1, s.error().message);
    // The stored checkpoints: each must carry the store's signature.
    std::multimap<qint64, Checkpoint> bySize;
    auto rows = sql.checkpointRows();
    if (!rows)
        return fail(AuditVerification::Problem::Unreadable, -1, rows.error().message);
    for (const AuditBackend::CheckpointRow& row : rows.value()) {
        auto cp = Checkpoint::fromSignedNote(row.note, verifier);
        if (!cp || cp->origin != verifier.name)
            return fail(
                AuditVerification::Problem::WrongKey, -1,
                QCoreApplication::translate("AuditVerifier",
                                            "a stored checkpoint is not signed by the store's key "
                                            "%1: %2")
                    .arg(verifier.toString(),
                         cp ? QCoreApplication::translate("AuditVerifier", "it is for the log %1")
                                  .arg(cp->origin)
                            : cp.error().message));
        // The columns beside the note say what it says: the size column orders the rows (the
        // latest checkpoint is the largest), so an older note moved up would pose as the head.
        if (row.size != cp->size || row.root != cp->rootHash)
            return fail(AuditVerification::Problem::ColumnsChanged, -1,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "the checkpoints table's row of size %1 holds a signed checkpoint of "
                            "%2 records: its columns were changed")
                            .arg(row.size)
                            .arg(cp->size));
        bySize.emplace(cp->size, cp.value());
        ++v.checkpointsChecked;
    }
    std::map<qint64, QByteArray> storedRoots;
    for (const auto& [size, cp] : bySize) storedRoots.emplace(size, cp.rootHash);
    // The witnesses from outside the database, each a (size, root) the store must still have.
    auto outside = outsideWitnesses(witnesses, verifier);
    if (!outside)
        return fail(AuditVerification::Problem::WrongKey, -1, outside.error().message);
    v.witnessesChecked = outside->size();
    // Read after the checkpoints: every checkpoint read is then within the records counted
    // (appends by others during the verification are not looked at).
    const qint64 total = sql.size();
    if (total < 0)
        return fail(
            AuditVerification::Problem::Unreadable, -1,
            QCoreApplication::translate("AuditVerifier", "cannot read the number of records"));
    if (bySize.count(0) > 0 && bySize.find(0)->second.rootHash != MerkleTree::emptyRoot())
        return fail(AuditVerification::Problem::RootMismatch, -1, rootMismatchMessage(0));
    std::vector<qint64> storedSizes;
    for (const auto& [size, cp] : bySize)
        if (size > 0 && (storedSizes.empty() || storedSizes.back() != size))
            storedSizes.push_back(size);
    std::set<qint64> sizeSet(storedSizes.begin(), storedSizes.end());
    for (const OutsideWitness& w : outside.value())
        if (w.size > 0 && w.size <= total)
            sizeSet.insert(w.size);
    const std::vector<qint64> sizes(sizeSet.begin(), sizeSet.end());
    // The root at every size a checkpoint or witness names, as recomputed from the records.
    std::map<qint64, QByteArray> rootAt{{0, MerkleTree::emptyRoot()}};

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
            rootAt[at.size] = root;
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
    if (!storedSizes.empty() && storedSizes.back() > expected)
        return fail(AuditVerification::Problem::Truncated, expected,
                    QCoreApplication::translate(
                        "AuditVerifier",
                        "the store has %1 records but a checkpoint of %2 records was signed: "
                        "records were removed (or the -wal file was lost); the first missing "
                        "record is #%1")
                        .arg(expected)
                        .arg(*std::upper_bound(storedSizes.begin(), storedSizes.end(), expected)));
    // The witnesses from the smallest: the first that no longer matches bounds where history
    // changed (the last one that still matches says from where on).
    qint64 stillMatching = 0;
    for (const OutsideWitness& w : outside.value()) {
        if (w.size > expected)
            return fail(AuditVerification::Problem::Truncated, expected,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "the store has %1 records, but %2 saw %3: records were removed; the "
                            "first missing record is #%1")
                            .arg(expected)
                            .arg(w.who)
                            .arg(w.size));
        if (w.recordedAfter && w.size == expected)
            return fail(AuditVerification::Problem::Truncated, expected,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "the store has %1 records, but %2 saw them and was recorded after "
                            "them: records were removed; the first missing record is #%1")
                            .arg(expected)
                            .arg(w.who));
        const auto root = rootAt.find(w.size);
        if (root == rootAt.end() || root->second != w.rootHash)
            return fail(
                AuditVerification::Problem::HistoryRewritten, stillMatching,
                QCoreApplication::translate(
                    "AuditVerifier",
                    "history was rewritten since %1 saw %2 records: the store's root at that "
                    "size is not the one seen. The first record that differs is one of #%3 to "
                    "#%4 (the store still matches every witness up to %3 records)")
                    .arg(w.who)
                    .arg(w.size)
                    .arg(stillMatching)
                    .arg(w.size - 1));
        if (w.storeSigned && w.size > 0 && storedRoots.count(w.size) == 0)
            return fail(AuditVerification::Problem::CheckpointMissing, -1,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "%1 holds a checkpoint of %2 records that the store signed, but the "
                            "store's checkpoints table no longer has it: its rows were removed")
                            .arg(w.who)
                            .arg(w.size));
        stillMatching = w.size;
    }
    // Each checkpoint's time column (not inside its signed note) must lie between the time of
    // the last record it covers and the next record's: appends are never stamped before the
    // latest checkpoint, and the records' times are in their hashed bytes.
    for (const AuditBackend::CheckpointRow& row : rows.value()) {
        if (row.size <= 0 || row.size > expected)
            continue;
        auto before = sql.recordTime(row.size - 1);
        auto after = sql.recordTime(row.size);
        if (!before || !after)
            return fail(AuditVerification::Problem::Unreadable, -1,
                        (before ? after.error() : before.error()).message);
        const QDateTime signedAt = QDateTime::fromString(row.time, Qt::ISODateWithMs);
        const QDateTime earliest = QDateTime::fromString(before.value(), Qt::ISODateWithMs);
        const QDateTime latest = QDateTime::fromString(after.value(), Qt::ISODateWithMs);
        if (!signedAt.isValid() || signedAt < earliest || (latest.isValid() && signedAt > latest))
            return fail(AuditVerification::Problem::ColumnsChanged, row.size - 1,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "the checkpoints table's row of size %1 says it was signed at \"%2\", "
                            "which is not between its last record #%3 (%4) and the next one: its "
                            "time column was changed")
                            .arg(row.size)
                            .arg(row.time)
                            .arg(row.size - 1)
                            .arg(before.value()));
    }
    // The stored tree nodes (used for proofs and checkpoints) must agree with the records.
    auto stored = sql.rootHash(expected);
    if (!stored || stored.value() != v.rootHash)
        return fail(AuditVerification::Problem::NodesChanged, -1,
                    QCoreApplication::translate(
                        "AuditVerifier", "the stored Merkle tree nodes disagree with the records"));
    // Rows no scan of the tree reads (a record at seq -1 is returned by listings and
    // searches but is in no proof), and a schema that is not the store's own.
    auto shape = sql.rowShape(expected);
    if (!shape)
        return fail(AuditVerification::Problem::Unreadable, -1, shape.error().message);
    if (shape->firstStraySeq || shape->recordRows != expected)
        return fail(AuditVerification::Problem::StrayRow, shape->firstStraySeq.value_or(-1),
                    QCoreApplication::translate("AuditVerifier",
                                                "the records table holds %1 rows but the tree "
                                                "has %2 records: a row with sequence number %3 "
                                                "is outside the tree (inserted by hand)")
                        .arg(shape->recordRows)
                        .arg(expected)
                        .arg(shape->firstStraySeq.value_or(-1)));
    const QStringList expectedMeta{QStringLiteral("origin"), QStringLiteral("schema"),
                                   QStringLiteral("vkey")};
    if (shape->metaKeys != expectedMeta)
        return fail(AuditVerification::Problem::StrayRow, -1,
                    QCoreApplication::translate("AuditVerifier",
                                                "the meta table holds the keys %1 (expected %2)")
                        .arg(shape->metaKeys.join(QStringLiteral(", ")),
                             expectedMeta.join(QStringLiteral(", "))));
    auto schema = sql.schemaChanges();
    if (!schema)
        return fail(AuditVerification::Problem::Unreadable, -1, schema.error().message);
    if (!schema->isEmpty())
        return fail(AuditVerification::Problem::SchemaChanged, -1,
                    QCoreApplication::translate(
                        "AuditVerifier",
                        "the store's schema is not the one it was created with: %1 (its "
                        "append-only guards may have been removed and put back)")
                        .arg(schema->join(QStringLiteral("; "))));
    return v;
}

}  // namespace countersign
