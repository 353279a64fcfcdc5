#pragma once

#include <QString>

#include "audit/AuditStore.h"
#include "audit/ConsistencyProof.h"
#include "common/Result.h"

namespace countersign {

// The last checkpoint an operator saw, kept outside the database in the operator's profile
// (<workspace>/.countersign/operators/<id>.checkpoint). On sign-in the store must prove it
// extends that checkpoint; then the anchor moves to the store's latest checkpoint.
class OperatorAnchor {
public:
    static QString path(const QString& workspace, const QString& operatorId);

    // Checks the store against the operator's anchor (none yet is fine) and advances the anchor
    // to a fresh checkpoint. CheckFailed when the store was truncated, rewritten or forked
    // since the operator last saw it, or the anchor is signed by another key.
    struct Outcome {
        bool hadAnchor = false;
        qint64 anchoredSize = 0;  // the size the operator saw before
        Checkpoint latest;        // the anchor now
    };
    static Result<Outcome> checkAndAdvance(AuditStore& store, const QString& workspace,
                                           const QString& operatorId);
};

}  // namespace countersign
