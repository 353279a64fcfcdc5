#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

#include "common/Result.h"

namespace countersign {

// A demo operator's key, made deterministically so the same seed gives byte-identical
// files: the P-256 private scalar, the PBKDF2 salt and the AES IV are derived from
// (seed, operator id) with SHA-256. The file format is exactly OperatorKey's (encrypted
// PKCS#8 PEM, PBES2, PBKDF2-HMAC-SHA256 at 600,000 iterations, 16-byte salt, AES-256-CBC),
// so OperatorKey::loadEncrypted and `openssl pkey` open it. For demo workspaces only: a
// real key must come from OperatorKey::generate (random scalar, random salt and IV).
class DemoKey {
public:
    struct Written {
        QString publicKeyPem;  // SubjectPublicKeyInfo PEM, for the roster
        QByteArray encryptedPem;
    };
    static Result<Written> make(std::uint64_t seed, const QString& operatorId,
                                const QByteArray& passphrase);
    static constexpr int kIterations = 600000;
};

}  // namespace countersign
