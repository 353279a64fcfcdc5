#pragma once

#include <QByteArray>
#include <QList>
#include <functional>
#include <vector>

#include "audit/TreeHash.h"
#include "common/Result.h"

namespace countersign {

// RFC 6962 section 2.1 (RFC 9162 section 2.1) Merkle tree hashing, proofs and their checks.
// Leaf hash = SHA-256(0x00 || data); node hash = SHA-256(0x01 || left || right).
class MerkleTree {
public:
    // The hash of the perfect subtree at `level` (0 = leaves) and horizontal `index`, i.e. of
    // leaves [index << level, (index + 1) << level). Returns an empty array if unavailable.
    using HashSource = std::function<QByteArray(int level, qint64 index)>;

    static QByteArray leafHash(QByteArrayView data);
    static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    static QByteArray emptyRoot();  // SHA-256 of the empty string

    // MTH(D[lo:hi]) from perfect-subtree hashes.
    static Result<QByteArray> subtreeHash(qint64 lo, qint64 hi, const HashSource& source);
    static Result<QByteArray> rootHash(qint64 size, const HashSource& source);
    // PATH(index, D[0:size]) and PROOF(from, D[0:to]) of RFC 6962 2.1.1 and 2.1.2.
    static Result<QList<QByteArray>> inclusionProof(qint64 index, qint64 size,
                                                    const HashSource& source);
    static Result<QList<QByteArray>> consistencyProof(qint64 from, qint64 to,
                                                      const HashSource& source);

    // RFC 9162 2.1.3.2 and 2.1.4.2.
    static bool verifyInclusion(qint64 index, qint64 size, const QByteArray& leafHash,
                                const QList<QByteArray>& proof, const QByteArray& root);
    static bool verifyConsistency(qint64 from, qint64 to, const QByteArray& fromRoot,
                                  const QByteArray& toRoot, const QList<QByteArray>& proof);

    // The largest power of two strictly smaller than n (n >= 2).
    static qint64 splitPoint(qint64 n);
};

// Streams leaves in order and keeps only the perfect subtrees on the right edge (log n
// hashes): verification computes roots of any prefix size without holding the tree.
class CompactRange {
public:
    void append(QByteArrayView leafHash);  // 32 bytes
    // Each perfect subtree the leaf completes goes to `completed` (level >= 1, index), lowest
    // level first.
    using CompletedNode = std::function<void(int level, qint64 index, const Hash32& hash)>;
    void append(const Hash32& leafHash, const CompletedNode& completed = {});
    // Appends a whole perfect subtree of 2^level leaves; size() must be a multiple of that.
    void appendSubtree(int level, const Hash32& hash, const CompletedNode& completed = {});
    qint64 size() const { return m_size; }
    QByteArray root() const;
    // The perfect subtrees, largest first: one per set bit of size(), highest bit first.
    const std::vector<Hash32>& subtrees() const { return m_stack; }

private:
    std::vector<Hash32> m_stack;  // left to right, decreasing subtree sizes
    qint64 m_size = 0;
};

}  // namespace countersign
