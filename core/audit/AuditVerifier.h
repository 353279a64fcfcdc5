#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

#include "audit/AuditVerification.h"
#include "audit/AuditWitnesses.h"
#include "audit/NoteVerifier.h"

namespace countersign {

// Full verification of an audit store file over its own connections (any thread).
// Every record in sequence: its sequence number, its leaf hash against the stored hash and
// the chain (the next record's prev), its browsing columns against the bytes; the Merkle
// root recomputed at every checkpoint size; every stored tree node against the recomputed
// one; every checkpoint's signature; every witness from outside the database (held
// checkpoints the store signed, tree heads signers saw) against the recomputed root at its
// size: a witness larger than the store names the first missing record, one whose root no
// longer matches bounds the first rewritten record by the last witness that still matches. The
// records are read and checked in two parts side by side (RecordRangeScan), then joined. Memory
// stays small: rows are streamed, the tree is kept as block roots (one hash per 4096 records) and
// compact ranges.
class AuditVerifier {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // parts: how many parts to check side by side (0: one per core; fewer when the store
    // has fewer whole blocks of 4096 records).
    static AuditVerification run(const QString& dbPath, const NoteVerifier& verifier,
                                 const AuditWitnesses& witnesses, const Progress& progress,
                                 const std::atomic_bool* cancel, int parts = 0);
};

}  // namespace countersign
