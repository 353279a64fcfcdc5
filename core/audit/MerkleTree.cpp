#include "audit/MerkleTree.h"

#include <QCoreApplication>
#include <algorithm>
#include <bit>

#include "audit/TreeHash.h"
#include "crypto/Sha256.h"

namespace countersign {
namespace {

bool isPow2(qint64 n) {
    return n > 0 && (n & (n - 1)) == 0;
}

Status pathInto(qint64 m, qint64 lo, qint64 hi, const MerkleTree::HashSource& src,
                QList<QByteArray>& out) {
    const qint64 n = hi - lo;
    if (n <= 1)
        return ok();
    const qint64 k = MerkleTree::splitPoint(n);
    if (m < k) {
        if (auto s = pathInto(m, lo, lo + k, src, out); !s)
            return s;
        auto h = MerkleTree::subtreeHash(lo + k, hi, src);
        if (!h)
            return h.error();
        out.append(h.value());
    } else {
        if (auto s = pathInto(m - k, lo + k, hi, src, out); !s)
            return s;
        auto h = MerkleTree::subtreeHash(lo, lo + k, src);
        if (!h)
            return h.error();
        out.append(h.value());
    }
    return ok();
}

Status subproofInto(qint64 m, qint64 lo, qint64 hi, bool complete,
                    const MerkleTree::HashSource& src, QList<QByteArray>& out) {
    const qint64 n = hi - lo;
    if (m == n) {
        if (!complete) {
            auto h = MerkleTree::subtreeHash(lo, hi, src);
            if (!h)
                return h.error();
            out.append(h.value());
        }
        return ok();
    }
    const qint64 k = MerkleTree::splitPoint(n);
    if (m <= k) {
        if (auto s = subproofInto(m, lo, lo + k, complete, src, out); !s)
            return s;
        auto h = MerkleTree::subtreeHash(lo + k, hi, src);
        if (!h)
            return h.error();
        out.append(h.value());
    } else {
        if (auto s = subproofInto(m - k, lo + k, hi, false, src, out); !s)
            return s;
        auto h = MerkleTree::subtreeHash(lo, lo + k, src);
        if (!h)
            return h.error();
        out.append(h.value());
    }
    return ok();
}

}  // namespace

qint64 MerkleTree::splitPoint(qint64 n) {
    return qint64(1) << (63 - std::countl_zero(static_cast<quint64>(n - 1)));
}

QByteArray MerkleTree::leafHash(QByteArrayView data) {
    Hash32 h;
    TreeHash::leaf(data, h);
    return TreeHash::view(h).toByteArray();
}

QByteArray MerkleTree::nodeHash(QByteArrayView left, QByteArrayView right) {
    Hash32 h;
    TreeHash::node(left, right, h);
    return TreeHash::view(h).toByteArray();
}

QByteArray MerkleTree::emptyRoot() {
    return Sha256::hash(QByteArrayView());
}

Result<QByteArray> MerkleTree::subtreeHash(qint64 lo, qint64 hi, const HashSource& source) {
    const qint64 n = hi - lo;
    if (n <= 0)
        return Error::internal(
            QCoreApplication::translate("MerkleTree", "empty Merkle subtree requested"));
    if (isPow2(n) && lo % n == 0) {
        const int level = std::countr_zero(static_cast<quint64>(n));
        QByteArray h = source(level, lo >> level);
        if (h.size() != 32)
            return Error::checkFailed(
                QCoreApplication::translate("MerkleTree",
                                            "Merkle tree node (level %1, index %2) is missing")
                    .arg(level)
                    .arg(lo >> level));
        return h;
    }
    const qint64 k = splitPoint(n);
    auto left = subtreeHash(lo, lo + k, source);
    if (!left)
        return left;
    auto right = subtreeHash(lo + k, hi, source);
    if (!right)
        return right;
    return nodeHash(left.value(), right.value());
}

Result<QByteArray> MerkleTree::rootHash(qint64 size, const HashSource& source) {
    if (size == 0)
        return emptyRoot();
    return subtreeHash(0, size, source);
}

Result<QList<QByteArray>> MerkleTree::inclusionProof(qint64 index, qint64 size,
                                                     const HashSource& source) {
    if (index < 0 || index >= size)
        return Error::badInput(
            QCoreApplication::translate("MerkleTree", "leaf index %1 is outside a tree of size %2")
                .arg(index)
                .arg(size));
    QList<QByteArray> out;
    if (auto s = pathInto(index, 0, size, source, out); !s)
        return s.error();
    return out;
}

Result<QList<QByteArray>> MerkleTree::consistencyProof(qint64 from, qint64 to,
                                                       const HashSource& source) {
    if (from < 0 || from > to)
        return Error::badInput(QCoreApplication::translate(
                                   "MerkleTree", "no consistency proof from size %1 to size %2")
                                   .arg(from)
                                   .arg(to));
    QList<QByteArray> out;
    if (from == 0 || from == to)
        return out;
    if (auto s = subproofInto(from, 0, to, true, source, out); !s)
        return s.error();
    return out;
}

bool MerkleTree::verifyInclusion(qint64 index, qint64 size, const QByteArray& leaf,
                                 const QList<QByteArray>& proof, const QByteArray& root) {
    if (index < 0 || index >= size || leaf.size() != 32 || root.size() != 32)
        return false;
    quint64 fn = static_cast<quint64>(index), sn = static_cast<quint64>(size - 1);
    QByteArray r = leaf;
    for (const QByteArray& p : proof) {
        if (p.size() != 32 || sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1))
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool MerkleTree::verifyConsistency(qint64 from, qint64 to, const QByteArray& fromRoot,
                                   const QByteArray& toRoot, const QList<QByteArray>& proofIn) {
    if (from < 0 || from > to)
        return false;
    if (from == to)
        return proofIn.isEmpty() && fromRoot == toRoot;
    if (from == 0)
        return proofIn.isEmpty();
    if (proofIn.isEmpty() || fromRoot.size() != 32 || toRoot.size() != 32)
        return false;
    QList<QByteArray> proof = proofIn;
    if (isPow2(from))
        proof.prepend(fromRoot);
    quint64 fn = static_cast<quint64>(from - 1), sn = static_cast<quint64>(to - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = proof.at(0), sr = proof.at(0);
    for (qsizetype i = 1; i < proof.size(); ++i) {
        const QByteArray& c = proof.at(i);
        if (c.size() != 32 || sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            if (!(fn & 1))
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == fromRoot && sr == toRoot && sn == 0;
}

void CompactRange::append(QByteArrayView leafHash) {
    append(TreeHash::copy(leafHash));
}

void CompactRange::append(const Hash32& leafHash, const CompletedNode& completed) {
    appendSubtree(0, leafHash, completed);
}

void CompactRange::appendSubtree(int level, const Hash32& hash, const CompletedNode& completed) {
    const qint64 leaves = qint64(1) << level;
    Hash32 h = hash;
    // Each set low bit of the size, in units of the subtree, is a left sibling on the stack.
    for (qint64 n = m_size >> level; n & 1; n >>= 1) {
        TreeHash::node(TreeHash::view(m_stack.back()), TreeHash::view(h), h);
        m_stack.pop_back();
        ++level;
        if (completed)
            completed(level, n >> 1, h);
    }
    m_stack.push_back(h);
    m_size += leaves;
}

QByteArray CompactRange::root() const {
    if (m_stack.empty())
        return MerkleTree::emptyRoot();
    Hash32 r = m_stack.back();
    for (auto it = m_stack.rbegin() + 1; it != m_stack.rend(); ++it)
        TreeHash::node(TreeHash::view(*it), TreeHash::view(r), r);
    return TreeHash::view(r).toByteArray();
}

}  // namespace countersign
