#pragma once

#include <QByteArray>

#include "audit/NoteVerifier.h"
#include "audit/SignedNote.h"

namespace countersign::fuzz {

// The verifier of tests/data/audit/schema1/store.key (a test key, quoted here): the seeds of
// signed-note and checkpoint carry its valid signatures, so the harnesses reach the body.
inline const NoteVerifier& testNoteVerifier() {
    static const NoteVerifier verifier = [] {
        const QByteArray keyFile = QByteArrayLiteral(
            "PRIVATE+KEY+countersign.local/audit/6b46048e161014f4+f0584d46+"
            "AVD19r0Zb53whYUcgI0OdmzCfVwP7MclLze85Qo0gFxs\n");
        const auto key = SignedNote::decodePrivateKey(keyFile, QStringLiteral("store.key"));
        if (!key)
            __builtin_trap();
        return NoteVerifier::make(key->name, key->key.publicKey());
    }();
    return verifier;
}

}  // namespace countersign::fuzz
