#include "audit/AuditVerifier.h"

#include <QCoreApplication>
#include <map>

#include "audit/AuditSql.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "audit/RecordChecker.h"

namespace countersign {
namespace {}  // namespace

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
        return fail(
            AuditVerification::Problem::Unreadable, -1,
            QCoreApplication::translate("AuditVerifier", "cannot read the number of records"));

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
    if (bySize.count(0) > 0 && bySize.find(0)->second.rootHash != MerkleTree::emptyRoot())
        return fail(AuditVerification::Problem::RootMismatch, -1, rootMismatchMessage(0));
    std::multimap<qint64, QByteArray> roots;
    for (const auto& [size, cp] : bySize) roots.emplace(size, cp.rootHash);
    RecordChecker checker(dbPath, std::move(roots));

    qint64 expected = 0;
    bool stopped = false;
    // This thread reads, in sequence order, and checks the sequence numbers; the checker's
    // thread does the rest.
    const Status scan = sql.forEachRow([&](const AuditSql::Row& row) {
        if (checker.failed())
            return false;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            fail(AuditVerification::Problem::Cancelled, -1,
                 QCoreApplication::translate("AuditVerifier", "verification cancelled"));
            stopped = true;
            return false;
        }
        if (row.seq != expected) {
            fail(AuditVerification::Problem::RowMissing, expected,
                 QCoreApplication::translate("AuditVerifier",
                                             "record %1 is missing (the next stored record is %2)")
                     .arg(expected)
                     .arg(row.seq));
            stopped = true;
            return false;
        }
        checker.add(row);
        ++expected;
        if (progress && (expected & 0x3fff) == 0)
            progress(expected, total);
        return true;
    });
    checker.finish();
    // What the checker found comes first: it is about an earlier record than the reader's stop.
    if (const RecordProblem& found = checker.problem();
        found.problem != AuditVerification::Problem::None) {
        v.recordsChecked = checker.size();
        return fail(found.problem, found.seq, found.message);
    }
    if (!scan)
        return fail(AuditVerification::Problem::Unreadable, -1, scan.error().message);
    v.recordsChecked = expected;
    if (stopped)
        return v;
    v.size = expected;
    v.rootHash = checker.root();
    if (progress)
        progress(expected, total);
    if (const qint64 unreached = checker.unreachedCheckpoint(); unreached >= 0)
        return fail(AuditVerification::Problem::Truncated, expected,
                    QCoreApplication::translate(
                        "AuditVerifier",
                        "the store has %1 records but a checkpoint of %2 records was signed: "
                        "records were removed "
                        "(or the -wal file was lost)")
                        .arg(expected)
                        .arg(unreached));
    // The stored tree nodes (used for proofs and checkpoints) must agree with the records.
    auto stored = sql.rootHash(expected);
    if (!stored || stored.value() != v.rootHash)
        return fail(AuditVerification::Problem::NodesChanged, -1,
                    QCoreApplication::translate(
                        "AuditVerifier", "the stored Merkle tree nodes disagree with the records"));
    return v;
}

}  // namespace countersign
