#include "demo/DemoStoreKey.h"

#include <QString>

#include "audit/Ed25519Key.h"
#include "audit/SignedNote.h"
#include "crypto/Sha256.h"

namespace countersign {

Result<DemoStoreKey::Made> DemoStoreKey::make(std::uint64_t seed) {
    const QByteArray s = QByteArray::number(static_cast<qulonglong>(seed));
    const QByteArray keyInput = "countersign demo audit store key\n" + s;
    const QByteArray originInput = "countersign demo audit store origin\n" + s;
    auto key = Ed25519Key::fromSeed(Sha256::hash(keyInput));
    if (!key)
        return key.error();
    // The store's own origin form, countersign.local/audit/<16 hex>.
    const QString origin = QStringLiteral("countersign.local/audit/%1")
                               .arg(QString::fromLatin1(Sha256::hash(originInput).left(8).toHex()));
    return Made{SignedNote::encodePrivateKey(origin, key.value()) + '\n',
                NoteVerifier::make(origin, key->publicKey())};
}

}  // namespace countersign
