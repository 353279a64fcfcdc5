#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

#include "common/Result.h"

namespace countersign {

// An operator's ECDSA P-256 public key, as the roster holds it (PEM SubjectPublicKeyInfo).
// Verifies DER-encoded ECDSA-SHA256 signatures, the format `openssl dgst -sha256 -sign`
// and cosign produce.
class PublicKey {
public:
    PublicKey();
    ~PublicKey();
    PublicKey(const PublicKey& other);
    PublicKey& operator=(const PublicKey& other);
    PublicKey(PublicKey&&) noexcept;
    PublicKey& operator=(PublicKey&&) noexcept;

    // Refuses anything but one ECDSA P-256 public key. `source` names the origin in errors
    // (a file, or "roster operator r.ahmed").
    static Result<PublicKey> fromPem(const QString& pem, const QString& source = {});
    static Result<PublicKey> fromDer(QByteArrayView spkiDer, const QString& source = {});

    bool isNull() const;
    QByteArray der() const;  // SubjectPublicKeyInfo DER
    QString pem() const;     // "-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----\n"
    QString keyId() const;   // lowercase hex SHA-256 of der()

    bool verify(QByteArrayView message, QByteArrayView derSignature) const;

    bool operator==(const PublicKey& other) const { return der() == other.der(); }

private:
    struct Impl;
    std::shared_ptr<const Impl> d;  // immutable once made, so copies share it
};

}  // namespace countersign
