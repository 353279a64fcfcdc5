#pragma once

#include <QString>
#include <atomic>
#include <climits>
#include <vector>

#include "audit/MerkleTree.h"
#include "audit/RecordColumns.h"

namespace countersign {

// One part of a full verification: the records lo <= seq < hi, read and checked in place on
// the calling thread over a connection of its own. For each record in sequence: its sequence
// number, its leaf hash against the stored hash, its bytes against its browsing columns and
// the stored hash of the record before (the chain), and the tree nodes kept in its row
// against the ones it completes. The Merkle tree is built in aligned blocks of 4096 records:
// the nodes inside a block are compared here; the block roots, the records after the last
// whole block, the stored nodes above block level and the tree state at each checkpoint size
// are handed back for AuditVerifier to join the parts (the nodes above the blocks and the
// checkpoint roots need the parts before). Two parts on two threads read and hash side by
// side, with nothing copied between them.
class RecordRangeScan {
public:
    static constexpr int kBlockLevel = 12;
    static constexpr qint64 kBlockSize = qint64(1) << kBlockLevel;

    // The tree inside this part when a checkpoint's size was reached.
    struct AtCheckpoint {
        qint64 size = 0;
        size_t blocksBefore = 0;  // whole blocks of this part before it
        CompactRange partial;     // the records after those blocks
    };
    // The stored nodes above block level of one record (its `nodes` from level 13 on).
    struct UpperNodes {
        qint64 seq = 0;
        QByteArray hashes;
    };
    struct Outcome {
        RecordProblem problem;               // the first bad record (problem None: all good)
        RecordProblem nodeProblem;           // the first stored node inside a block that disagrees
        std::vector<UpperNodes> upperNodes;  // in sequence order
        bool cancelled = false;
        std::vector<Hash32> blockRoots;
        CompactRange tail;  // the records after the last whole block
        std::vector<AtCheckpoint> checkpoints;
        QByteArray firstTime, lastTime;  // the times of the first and last records read
    };

    // What the parts of one verification share.
    struct Shared {
        const std::atomic_bool* cancel = nullptr;
        std::atomic<int> firstFailedPart{INT_MAX};  // the parts after it stop: not needed
        std::atomic<qint64> done{0};                // records checked, for progress
    };

    // Part number `part` (0, 1, ... in sequence order): the records lo <= seq < hi; lo must be
    // a multiple of kBlockSize. checkpointSizes: ascending; those in (lo, hi] are recorded.
    static Outcome run(const QString& dbPath, qint64 lo, qint64 hi,
                       const std::vector<qint64>& checkpointSizes, int part, Shared& shared);

    // Whether the record time `later` (of the record after `earlier`'s) is earlier than it:
    // the store's clock went back, or a record's time was changed.
    static bool wentBack(QByteArrayView earlier, QByteArrayView later);
    static RecordProblem timeWentBack(qint64 seq, QByteArrayView time, QByteArrayView before);
};

}  // namespace countersign
