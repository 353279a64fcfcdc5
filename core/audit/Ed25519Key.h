#pragma once

#include <QByteArray>
#include <QString>

#include "common/Result.h"

namespace countersign {

// An Ed25519 key pair held as its 32-byte seed and public key (OpenSSL 3 EVP_PKEY_ED25519).
// The audit store signs its checkpoints with one. The seed is wiped on destruction.
class Ed25519Key {
public:
    Ed25519Key() = default;
    ~Ed25519Key();
    Ed25519Key(const Ed25519Key& other) = default;
    Ed25519Key& operator=(const Ed25519Key& other) = default;

    static Result<Ed25519Key> generate();
    static Result<Ed25519Key> fromSeed(const QByteArray& seed32);

    bool isNull() const { return m_publicKey.isEmpty(); }
    const QByteArray& publicKey() const { return m_publicKey; }  // 32 bytes
    const QByteArray& seed() const { return m_seed; }            // 32 bytes, secret

    Result<QByteArray> sign(const QByteArray& message) const;  // 64-byte signature
    static bool verify(const QByteArray& publicKey, const QByteArray& message,
                       const QByteArray& signature);

private:
    QByteArray m_seed;
    QByteArray m_publicKey;
};

}  // namespace countersign
