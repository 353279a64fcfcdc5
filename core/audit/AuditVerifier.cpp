#include "audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

#include "audit/AuditSql.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "common/CanonicalJson.h"

namespace countersign {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("AuditVerifier", s);
}

// The bytes of a record are {"action":A,"actor":B,"payload":{...},"prev":"H","role":R,
// "seq":N,"subject":S,"time":T} (keys sorted, canonical). The columns and the expected
// chain link and sequence number pin down everything but the payload object, so they are
// checked by comparing the fixed prefix and suffix, without parsing the JSON.
bool matchesColumns(const AuditSql::Row& row, const QByteArray& prevHex, QByteArray& prefix,
                    QByteArray& suffix) {
    prefix.clear();
    prefix += "{\"action\":";
    CanonicalJson::appendString(prefix, row.action);
    prefix += ",\"actor\":";
    CanonicalJson::appendString(prefix, row.actor);
    prefix += ",\"payload\":";
    suffix.clear();
    suffix += ",\"prev\":\"";
    suffix += prevHex;
    suffix += "\",\"role\":";
    CanonicalJson::appendString(suffix, row.role);
    suffix += ",\"seq\":";
    suffix += QByteArray::number(row.seq);
    suffix += ",\"subject\":";
    CanonicalJson::appendString(suffix, row.subject);
    suffix += ",\"time\":";
    CanonicalJson::appendString(suffix, row.time);
    suffix += '}';
    const QByteArrayView b = row.bytes;
    if (b.size() < prefix.size() + suffix.size() + 2)
        return false;
    return b.startsWith(prefix) && b.endsWith(suffix) && b.at(prefix.size()) == '{' &&
           b.at(b.size() - suffix.size() - 1) == '}';
}

}  // namespace

AuditVerification AuditVerifier::run(const QString& dbPath, const NoteVerifier& verifier,
                                     const QStringList& heldNotes, const Progress& progress,
                                     const std::atomic_bool* cancel) {
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
    const qint64 total = sql.size();
    if (total < 0)
        return fail(AuditVerification::Problem::Unreadable, -1,
                    tr("cannot read the number of records"));

    // Checkpoints: stored ones, then held ones; each must carry the store's signature.
    std::multimap<qint64, Checkpoint> bySize;
    auto notes = sql.checkpointNotes();
    if (!notes)
        return fail(AuditVerification::Problem::Unreadable, -1, notes.error().message);
    auto addCheckpoint = [&](const QString& note, const QString& where) -> bool {
        auto cp = Checkpoint::fromSignedNote(note, verifier);
        if (!cp) {
            fail(AuditVerification::Problem::WrongKey, -1,
                 tr("%1 is not signed by the store's key %2: %3")
                     .arg(where, verifier.toString(), cp.error().message));
            return false;
        }
        if (cp->origin != verifier.name) {
            fail(AuditVerification::Problem::WrongKey, -1,
                 tr("%1 is for another log (%2)").arg(where, cp->origin));
            return false;
        }
        bySize.emplace(cp->size, cp.value());
        ++v.checkpointsChecked;
        return true;
    };
    for (const QString& n : notes.value())
        if (!addCheckpoint(n, tr("a stored checkpoint")))
            return v;
    std::map<qint64, QByteArray> storedRoots;
    for (const auto& [size, cp] : bySize) storedRoots.emplace(size, cp.rootHash);
    for (const QString& n : heldNotes) {
        if (!addCheckpoint(n, tr("a held checkpoint")))
            return v;
        // Every checkpoint the store signed went into its checkpoints table first: one held
        // outside but missing inside means rows were lost (a damaged or replaced -wal file).
        auto held = Checkpoint::parseUnverified(n);
        const auto it = storedRoots.find(held->size);
        if (it != storedRoots.end() && it->second != held->rootHash)
            return fail(AuditVerification::Problem::RootMismatch, -1,
                        tr("a held checkpoint of %1 records has another root than the store's: the "
                           "store was "
                           "rebuilt, or the two copies forked")
                            .arg(held->size));
        if (it == storedRoots.end())
            return fail(AuditVerification::Problem::Truncated, -1,
                        tr("a signed checkpoint of %1 records is missing from the store: its "
                           "records or checkpoints "
                           "were lost or replaced")
                            .arg(held->size));
    }
    auto cpIt = bySize.begin();

    CompactRange tree;
    QByteArray prev(32, '\0');
    QByteArray prevHex = prev.toHex();
    QByteArray prefix, suffix;
    qint64 expected = 0;
    bool stopped = false;
    auto checkRootsAt = [&](qint64 size) -> bool {
        while (cpIt != bySize.end() && cpIt->first == size) {
            if (tree.root() != cpIt->second.rootHash) {
                fail(AuditVerification::Problem::RootMismatch, -1,
                     tr("the records do not match the signed checkpoint of %1 records: the store "
                        "was rewritten, "
                        "rebuilt or forked")
                         .arg(size));
                return false;
            }
            ++cpIt;
        }
        return true;
    };
    if (!checkRootsAt(0))
        return v;
    const Status scan = sql.forEachRow([&](const AuditSql::Row& row) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            fail(AuditVerification::Problem::Cancelled, -1, tr("verification cancelled"));
            stopped = true;
            return false;
        }
        if (row.seq != expected) {
            fail(AuditVerification::Problem::RowMissing, expected,
                 tr("record %1 is missing (the next stored record is %2)")
                     .arg(expected)
                     .arg(row.seq));
            stopped = true;
            return false;
        }
        const QByteArray leaf = MerkleTree::leafHash(row.bytes);
        if (leaf != row.hash) {
            fail(AuditVerification::Problem::RecordChanged, row.seq,
                 tr("record %1 was changed: its bytes no longer match its hash").arg(row.seq));
            stopped = true;
            return false;
        }
        if (!matchesColumns(row, prevHex, prefix, suffix)) {
            // Slow path, only on failure: say what is wrong.
            const QByteArray bytes = row.bytes.toByteArray();
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            const qint64 innerSeq =
                static_cast<qint64>(o.value(QStringLiteral("seq")).toDouble(-1));
            if (o.isEmpty()) {
                fail(AuditVerification::Problem::RecordChanged, row.seq,
                     tr("record %1 is not a valid record").arg(row.seq));
            } else if (innerSeq != row.seq) {
                fail(AuditVerification::Problem::Reordered, row.seq,
                     tr("the row at position %1 holds record %2: rows were reordered or inserted")
                         .arg(row.seq)
                         .arg(innerSeq));
            } else if (o.value(QStringLiteral("prev")).toString().toLatin1() != prevHex) {
                // This record is intact but does not link to the one before: that one was
                // changed (and re-hashed), or a row was inserted or re-chained before this one.
                const qint64 bad = row.seq > 0 ? row.seq - 1 : row.seq;
                fail(AuditVerification::Problem::RecordChanged, bad,
                     tr("record %1 was changed or replaced: record %2 no longer links to it")
                         .arg(bad)
                         .arg(row.seq));
            } else if (CanonicalJson::serialize(o) != bytes) {
                fail(AuditVerification::Problem::RecordChanged, row.seq,
                     tr("record %1 is not in canonical form").arg(row.seq));
            } else {
                fail(AuditVerification::Problem::ColumnsChanged, row.seq,
                     tr("the browsing columns of record %1 were changed: they disagree with the "
                        "record")
                         .arg(row.seq));
            }
            stopped = true;
            return false;
        }
        tree.append(leaf);
        prev = leaf;
        prevHex = leaf.toHex();
        ++expected;
        if (!checkRootsAt(expected)) {
            stopped = true;
            return false;
        }
        if (progress && (expected & 0x3fff) == 0)
            progress(expected, total);
        return true;
    });
    if (!scan)
        return fail(AuditVerification::Problem::Unreadable, -1, scan.error().message);
    v.recordsChecked = expected;
    if (stopped)
        return v;
    v.size = expected;
    v.rootHash = tree.root();
    if (progress)
        progress(expected, total);
    if (cpIt != bySize.end())
        return fail(AuditVerification::Problem::Truncated, expected,
                    tr("the store has %1 records but a checkpoint of %2 records was signed: "
                       "records were removed "
                       "(or the -wal file was lost)")
                        .arg(expected)
                        .arg(cpIt->first));
    // The stored tree nodes (used for proofs and checkpoints) must agree with the records.
    auto stored = sql.rootHash(expected);
    if (!stored || stored.value() != v.rootHash)
        return fail(AuditVerification::Problem::NodesChanged, -1,
                    tr("the stored Merkle tree nodes disagree with the records"));
    return v;
}

}  // namespace countersign
