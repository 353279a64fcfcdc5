#pragma once

#include <QString>

#include "common/Result.h"

namespace countersign {

// Converts an audit store of schema 1 (tree nodes in a table of their own) to the current
// schema (nodes in each record's row), keeping every record's bytes and hash, every checkpoint
// and the store key: the roots, proofs and signed checkpoints held outside stay valid.
//
// The old store is locked exclusively for the whole migration (refused while another process
// has it open), its key file must be the store's key, and the new store is written beside it
// and fully verified (records, stored checkpoints, the sidecar checkpoint, the record count)
// before one atomic rename puts it in place; the old file is kept as <db>.schema1.bak (or
// .schema1-N.bak), out of WAL mode. A store that does not verify is left as it is.
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
