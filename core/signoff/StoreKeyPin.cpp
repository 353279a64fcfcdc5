#include "signoff/StoreKeyPin.h"

#include <QCoreApplication>

#include "audit/AuditStore.h"
#include "audit/NoteVerifier.h"

namespace countersign {

Status StoreKeyPin::check(const AuditStore& store, const QString& pinnedVkey) {
    if (pinnedVkey.isEmpty())
        return ok();
    const QString where = QStringLiteral("config/ml/controls.json");
    const Result<NoteVerifier> pinned = NoteVerifier::parse(pinnedVkey);
    if (!pinned)
        return Error::badInput(pinned.error().message, where, QStringLiteral("/audit/store_vkey"));
    const NoteVerifier actual = store.verifier();
    if (actual.publicKey == pinned->publicKey && actual.name == pinned->name)
        return ok();
    return Error::checkFailed(
        QCoreApplication::translate("StoreKeyPin",
                                    "the audit store is signed by key %1, but controls.json pins "
                                    "%2 (/audit/store_vkey): this is not the workspace's store")
            .arg(actual.keyIdText(), pinned->keyIdText()),
        store.path());
}

}  // namespace countersign
