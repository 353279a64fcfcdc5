#pragma once

#include <QString>

#include "common/Result.h"

namespace countersign {

// Converts an audit store of schema 1 (tree nodes in a table of their own) to the current
// schema (nodes in each record's row), keeping every record's bytes and hash, every checkpoint
// and the store key: the roots, proofs and signed checkpoints held outside stay valid.
//
// The new store is written beside the old one and fully verified (against the stored
// checkpoints and the sidecar checkpoint) before it takes the old one's place; the old file is
// kept as <db>.schema1.bak. A store that does not verify is left as it is. Run it with the
// console closed: a store another process has open is refused.
class AuditMigration {
public:
    struct Outcome {
        bool migrated = false;  // false: the store already had the current schema
        qint64 records = 0;
        qint64 checkpoints = 0;
        QString backupPath;  // the schema 1 file, when migrated
    };
    static Result<Outcome> migrate(const QString& dbPath);
};

}  // namespace countersign
