#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "audit/AuditWitnesses.h"
#include "common/Error.h"
#include "common/Result.h"

namespace countersign {

// Every witness of a workspace's audit store that the workspace's own files hold: the
// store's checkpoint file, every operator's anchor (.countersign/operators/*.checkpoint) and
// the checkpoint inside every genuine sign-off under a bundle's approvals/ (valid, or void
// because the bundle changed since: the signer still saw that tree), and the checkpoint inside
// every release attestation (approvals/release-attestation.dsse.json, signed by the store's
// key; one it does not verify is listed as not read). `audit verify` and the
// console's Verify prove the store consistent with each (DESIGN.md "The audit store").
// The store's key is pinned by config/ml/controls.json (`audit.store_vkey`, committed with
// the ML-Ops repository) and by every operator's profile: the anchor the console keeps for
// the operator (.countersign/operators/<id>.checkpoint) is signed by the store key it saw.
struct WorkspaceWitnesses {
    AuditWitnesses witnesses;
    QStringList notRead;  // files that could have been witnesses but were not read, and why
    // controls.json could not be read (a malformed store_vkey, ...): the pin it may hold is
    // unknown, so a verification must not pass (bad input, naming the file and JSON pointer).
    std::optional<Error> configError;

    // For the store at dbPath: the anchors and sign-offs count only when it is the
    // workspace's own store (another store is no log the workspace's signers saw).
    static WorkspaceWitnesses gather(const QString& workspaceRoot, const QString& dbPath);
    // Only the key config/ml/controls.json pins (audit.store_vkey), read without gathering the
    // rest; none when it pins none. An unreadable controls.json is the error.
    static Result<std::optional<AuditWitnesses::PinnedKey>> pinnedByControls(
        const QString& workspaceRoot);
};

}  // namespace countersign
