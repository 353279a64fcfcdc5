#pragma once

#include <QString>

#include "common/Result.h"

namespace countersign {

class AuditStore;

// The audit store's key against the one config/ml/controls.json pins (`audit.store_vkey`):
// the console checks it when it opens a store, as `audit verify` does, so a store replaced by
// one signed with another key (a rewrite under a fresh key) is refused before anyone signs.
namespace StoreKeyPin {
// Ok when nothing is pinned or the store is signed by the pinned key; otherwise CheckFailed
// naming both key ids (BadInput when the pinned vkey does not parse).
Status check(const AuditStore& store, const QString& pinnedVkey);
}  // namespace StoreKeyPin

}  // namespace countersign
