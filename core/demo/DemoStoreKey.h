#pragma once

#include <QByteArray>
#include <cstdint>

#include "audit/NoteVerifier.h"
#include "common/Result.h"

namespace countersign {

// The demo audit store's Ed25519 key, derived from the demo seed with SHA-256 (like the demo
// operators' keys, DemoKey), so a seed gives identical files: `demo init` writes it as the
// store key (.countersign/store.key, which the store then opens with when it is created) and
// pins its verifier in controls.json (audit.store_vkey). For demo workspaces only: a real
// store makes its key with Ed25519Key::generate when it is created.
class DemoStoreKey {
public:
    struct Made {
        QByteArray keyFile;  // store.key's text (signed-note private key format)
        NoteVerifier verifier;
    };
    static Result<Made> make(std::uint64_t seed);
};

}  // namespace countersign
