#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

#include "audit/AuditVerification.h"
#include "audit/NoteVerifier.h"

namespace countersign {

// Full verification of an audit store file over its own connections (any thread).
// One pass in sequence order: each record's leaf hash against the stored hash and the chain
// (the next record's prev), its sequence number, its browsing columns against the bytes; the
// Merkle root recomputed at every checkpoint size; every stored tree node against the
// recomputed one; every checkpoint's signature; the held checkpoints (signed notes from
// outside the database) against the recomputed roots. Reading (this thread) and checking (a
// RecordChecker thread) run side by side. Memory stays small: the tree is a compact range,
// rows are streamed through a short queue.
class AuditVerifier {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static AuditVerification run(const QString& dbPath, const NoteVerifier& verifier,
                                 const QStringList& heldNotes, const Progress& progress,
                                 const std::atomic_bool* cancel);
};

}  // namespace countersign
