#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/PublicKey.h"
#include "crypto/SecretBytes.h"

namespace countersign {

// An operator's ECDSA P-256 private key (cosign's default, so common tools verify what it
// signs). On disk it is encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY"): PBES2 with
// PBKDF2-HMAC-SHA256 at 600,000 iterations, a 16-byte random salt and AES-256-CBC,
// readable by `openssl pkey -in FILE`. Unlock it only for the moment of signing and let it
// go out of scope right after: OpenSSL wipes the private scalar when the key is freed.
class OperatorKey {
public:
    static constexpr int kPbkdf2Iterations = 600000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kMinPassphraseLength = 8;  // code points

    OperatorKey();
    ~OperatorKey();
    OperatorKey(OperatorKey&&) noexcept;
    OperatorKey& operator=(OperatorKey&&) noexcept;
    OperatorKey(const OperatorKey&) = delete;
    OperatorKey& operator=(const OperatorKey&) = delete;

    static Result<OperatorKey> generate();

    // Where the console keeps an operator's key file unless told otherwise:
    // <AppConfigLocation>/keys/<operator>.key (e.g. ~/.config/Countersign/keys/r.ahmed.key).
    static QString defaultPath(const QString& operatorId);

    // The passphrase policy for new passphrases (non-empty, at least kMinPassphraseLength
    // characters, no line breaks so `openssl -passin file:` reads the same bytes).
    static Status checkNewPassphrase(const SecretBytes& passphrase);

    // Encrypted PKCS#8 PEM. Saved atomically (QSaveFile), owner-only (0600).
    Result<QByteArray> encryptedPem(const SecretBytes& passphrase) const;
    Status saveEncrypted(const QString& path, const SecretBytes& passphrase) const;

    // Errors name the file and tell apart: wrong passphrase, damaged file, a file that is
    // not an encrypted private key (public key, certificate, unencrypted key...), and a key
    // that is not P-256. They never contain the passphrase or key material.
    static Result<OperatorKey> loadEncrypted(const QString& path, const SecretBytes& passphrase);
    static Result<OperatorKey> fromEncryptedPem(QByteArrayView pem, const SecretBytes& passphrase,
                                                const QString& sourceForErrors = {});

    // Re-encrypts the key file under a new passphrase (fresh salt and IV), atomically.
    static Status changePassphrase(const QString& path, const SecretBytes& oldPassphrase,
                                   const SecretBytes& newPassphrase);

    bool isNull() const;
    // ECDSA P-256 over SHA-256 of message; the DER signature (as `openssl dgst -sha256
    // -sign` and cosign write it).
    Result<QByteArray> sign(QByteArrayView message) const;
    // A DSSE envelope of `payload` with this key's one signature over PAE(type, payload).
    Result<DsseEnvelope> signEnvelope(const QString& payloadType, const QByteArray& payload) const;
    PublicKey publicKey() const;
    QString publicKeyPem() const;
    QString keyId() const;  // hex SHA-256 of the SubjectPublicKeyInfo DER

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace countersign
