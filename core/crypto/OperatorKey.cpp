#include "crypto/OperatorKey.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "crypto/EcP256.h"
#include "crypto/OpenSslErrors.h"

namespace countersign {

namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

}  // namespace

struct OperatorKey::Impl {
    EVP_PKEY* key = nullptr;
    PublicKey publicKey;
    ~Impl() { EVP_PKEY_free(key); }  // EC private scalars are cleared on free
};

OperatorKey::OperatorKey() = default;
OperatorKey::~OperatorKey() = default;
OperatorKey::OperatorKey(OperatorKey&&) noexcept = default;
OperatorKey& OperatorKey::operator=(OperatorKey&&) noexcept = default;

bool OperatorKey::isNull() const {
    return !d || !d->key;
}

Result<OperatorKey> OperatorKey::generate() {
    OpenSslErrors::clear();
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        return Error::internal(
            QCoreApplication::translate("OperatorKey", "OpenSSL could not generate a P-256 key: %1")
                .arg(OpenSslErrors::take()));
    OperatorKey out;
    out.d = std::make_unique<Impl>();
    out.d->key = key;
    auto pub = PublicKey::fromDer(detail::spkiDer(key));
    if (!pub)
        return pub.error();
    out.d->publicKey = pub.value();
    return out;
}

QString OperatorKey::defaultPath(const QString& operatorId) {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("keys/") + operatorId + QStringLiteral(".key"));
}

Status OperatorKey::checkNewPassphrase(const SecretBytes& passphrase) {
    if (passphrase.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "the passphrase is empty"));
    if (passphrase.codePoints() < kMinPassphraseLength)
        return Error::badInput(
            QCoreApplication::translate("OperatorKey",
                                        "the passphrase is too short: use at least %1 characters")
                .arg(kMinPassphraseLength));
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        const char c = passphrase.data()[i];
        if (c == '\n' || c == '\r' || c == '\0')
            return Error::badInput(QCoreApplication::translate(
                "OperatorKey", "the passphrase must not contain line breaks or NUL"));
    }
    return ok();
}

Result<QByteArray> OperatorKey::encryptedPem(const SecretBytes& passphrase) const {
    if (isNull())
        return Error::internal(QCoreApplication::translate("OperatorKey", "no key to save"));
    if (passphrase.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "the passphrase is empty"));
    OpenSslErrors::clear();
    unsigned char salt[kSaltBytes];
    if (RAND_bytes(salt, kSaltBytes) != 1)
        return Error::internal(
            QCoreApplication::translate("OperatorKey", "no random bytes for the salt: %1")
                .arg(OpenSslErrors::take()));

    // PBES2 with explicit parameters: OpenSSL's default PKCS#8 writer would use only 2,048
    // PBKDF2 iterations. A null IV asks OpenSSL for a random one.
    X509_ALGOR* pbe = PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), kPbkdf2Iterations, salt, kSaltBytes,
                                           nullptr, NID_hmacWithSHA256, nullptr);
    PKCS8_PRIV_KEY_INFO* p8inf = EVP_PKEY2PKCS8(d->key);
    X509_SIG* p8 = nullptr;
    if (pbe && p8inf)
        p8 = PKCS8_set0_pbe_ex(passphrase.data(), static_cast<int>(passphrase.size()), p8inf, pbe,
                               nullptr, nullptr);
    PKCS8_PRIV_KEY_INFO_free(p8inf);  // wipes the plain key encoding
    if (!p8) {
        X509_ALGOR_free(pbe);  // only owned by p8 when PKCS8_set0_pbe_ex succeeded
        return Error::internal(
            QCoreApplication::translate("OperatorKey", "OpenSSL could not encrypt the key: %1")
                .arg(OpenSslErrors::take()));
    }
    BIO* bio = BIO_new(BIO_s_mem());
    const bool written = bio && PEM_write_bio_PKCS8(bio, p8) == 1;
    X509_SIG_free(p8);
    QByteArray out;
    if (written) {
        char* data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, len);
    }
    BIO_free(bio);
    if (!written)
        return Error::internal(
            QCoreApplication::translate("OperatorKey", "OpenSSL could not write the key PEM: %1")
                .arg(OpenSslErrors::take()));
    return out;
}

Status OperatorKey::saveEncrypted(const QString& path, const SecretBytes& passphrase) const {
    auto pem = encryptedPem(passphrase);
    if (!pem)
        return Error{pem.error().message, path, {}, pem.error().kind};
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        // A folder made for keys is owner-only too.
        if (!QDir().mkpath(info.absolutePath()))
            return Error::badInput(QCoreApplication::translate(
                                       "OperatorKey", "cannot create the folder for the key file"),
                                   path);
        QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "cannot write the key file: %1")
                .arg(file.errorString()),
            path);
    // Owner-only before the first byte is written, on the temporary file QSaveFile renames.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "cannot make the key file owner-only"),
            path);
    }
    if (file.write(pem.value()) != pem->size() || !file.commit())
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "cannot write the key file: %1")
                .arg(file.errorString()),
            path);
    if (QFile::permissions(path) != (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadUser | QFileDevice::WriteUser) &&
        !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::badInput(
            QCoreApplication::translate("OperatorKey",
                                        "the key file was written but cannot be made owner-only"),
            path);
    return ok();
}

Result<OperatorKey> OperatorKey::fromEncryptedPem(QByteArrayView pem, const SecretBytes& passphrase,
                                                  const QString& source) {
    OpenSslErrors::clear();
    const QByteArray text = pem.toByteArray();
    const qsizetype begin = text.indexOf("-----BEGIN ");
    if (begin < 0)
        return Error::badInput(
            QCoreApplication::translate("OperatorKey",
                                        "not a key file: no PEM block (expected \"-----BEGIN "
                                        "ENCRYPTED PRIVATE KEY-----\")"),
            source);
    BIO* bio = BIO_new_mem_buf(text.constData() + begin, static_cast<int>(text.size() - begin));
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long len = 0;
    const int read = PEM_read_bio(bio, &name, &header, &data, &len);
    BIO_free(bio);
    OpenSslErrors::clear();
    if (read != 1)
        return Error::badInput(
            QCoreApplication::translate("OperatorKey",
                                        "the key file is damaged: its PEM block cannot be decoded"),
            source);
    const QByteArray label = QByteArray(name);
    OPENSSL_free(name);
    OPENSSL_free(header);
    struct Der {
        unsigned char* p;
        long n;
        ~Der() { OPENSSL_clear_free(p, static_cast<size_t>(n)); }
    } der{data, len};

    if (label != "ENCRYPTED PRIVATE KEY") {
        if (label == "PRIVATE KEY" || label == "EC PRIVATE KEY" || label == "RSA PRIVATE KEY")
            return Error::badInput(QCoreApplication::translate(
                                       "OperatorKey",
                                       "the private key in this file is not encrypted; Countersign "
                                       "only uses passphrase-protected keys (keys generate)"),
                                   source);
        if (label == "PUBLIC KEY")
            return Error::badInput(
                QCoreApplication::translate(
                    "OperatorKey",
                    "this is a public key; signing needs the private key file made by keys "
                    "generate"),
                source);
        return Error::badInput(
            QCoreApplication::translate("OperatorKey",
                                        "not an operator key: the file holds a PEM \"%1\" block, "
                                        "expected \"ENCRYPTED PRIVATE KEY\"")
                .arg(QString::fromLatin1(label.left(60))),
            source);
    }

    const unsigned char* p = der.p;
    X509_SIG* p8 = d2i_X509_SIG(nullptr, &p, der.n);
    if (!p8 || p != der.p + der.n) {
        X509_SIG_free(p8);
        OpenSslErrors::clear();
        return Error::badInput(
            QCoreApplication::translate(
                "OperatorKey",
                "the key file is damaged: the encrypted key structure cannot be read"),
            source);
    }
    if (passphrase.isEmpty()) {
        X509_SIG_free(p8);
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "no passphrase given for the key file"),
            source);
    }
    PKCS8_PRIV_KEY_INFO* p8inf = PKCS8_decrypt_ex(
        p8, passphrase.data(), static_cast<int>(passphrase.size()), nullptr, nullptr);
    X509_SIG_free(p8);
    if (!p8inf) {
        OpenSslErrors::clear();
        return Error::badInput(
            QCoreApplication::translate(
                "OperatorKey",
                "wrong passphrase for the key file (or its encrypted data is damaged)"),
            source);
    }
    EVP_PKEY* key = EVP_PKCS82PKEY(p8inf);
    PKCS8_PRIV_KEY_INFO_free(p8inf);
    if (!key) {
        OpenSslErrors::clear();
        return Error::badInput(
            QCoreApplication::translate(
                "OperatorKey", "the key file is damaged: the decrypted data is not a private key"),
            source);
    }
    const QString notP256 = detail::describeIfNotP256(key);
    if (!notP256.isEmpty()) {
        EVP_PKEY_free(key);
        return Error::badInput(
            QCoreApplication::translate("OperatorKey",
                                        "the key file holds %1; operator keys are ECDSA P-256")
                .arg(notP256),
            source);
    }
    OperatorKey out;
    out.d = std::make_unique<Impl>();
    out.d->key = key;
    auto pub = PublicKey::fromDer(detail::spkiDer(key), source);
    if (!pub)
        return pub.error();
    out.d->publicKey = pub.value();
    return out;
}

Result<OperatorKey> OperatorKey::loadEncrypted(const QString& path, const SecretBytes& passphrase) {
    QFile file(path);
    if (!file.exists())
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "the key file does not exist"), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("OperatorKey", "cannot read the key file: %1")
                .arg(file.errorString()),
            path);
    if (file.size() > kMaxKeyFileBytes)
        return Error::badInput(
            QCoreApplication::translate("OperatorKey",
                                        "not a key file: %1 bytes is far larger than a key")
                .arg(file.size()),
            path);
    const QByteArray text = file.readAll();
    if (text.trimmed().isEmpty())
        return Error::badInput(QCoreApplication::translate("OperatorKey", "the key file is empty"),
                               path);
    return fromEncryptedPem(text, passphrase, path);
}

Status OperatorKey::changePassphrase(const QString& path, const SecretBytes& oldPassphrase,
                                     const SecretBytes& newPassphrase) {
    const Status policy = checkNewPassphrase(newPassphrase);
    if (!policy)
        return policy.error();
    auto key = loadEncrypted(path, oldPassphrase);
    if (!key)
        return key.error();
    return key->saveEncrypted(path, newPassphrase);
}

Result<QByteArray> OperatorKey::sign(QByteArrayView message) const {
    if (isNull())
        return Error::internal(QCoreApplication::translate("OperatorKey", "no key to sign with"));
    OpenSslErrors::clear();
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    bool ok =
        ctx &&
        EVP_DigestSignInit_ex(ctx, nullptr, "SHA256", nullptr, nullptr, d->key, nullptr) == 1 &&
        EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(message.data()),
                       static_cast<size_t>(message.size())) == 1;
    if (ok) {
        sig.resize(static_cast<qsizetype>(len));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                            reinterpret_cast<const unsigned char*>(message.data()),
                            static_cast<size_t>(message.size())) == 1;
        sig.resize(static_cast<qsizetype>(len));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error::internal(
            QCoreApplication::translate("OperatorKey", "OpenSSL could not sign: %1")
                .arg(OpenSslErrors::take()));
    return sig;
}

PublicKey OperatorKey::publicKey() const {
    return d ? d->publicKey : PublicKey();
}
QString OperatorKey::publicKeyPem() const {
    return publicKey().pem();
}
QString OperatorKey::keyId() const {
    return publicKey().keyId();
}

Result<DsseEnvelope> OperatorKey::signEnvelope(const QString& payloadType,
                                               const QByteArray& payload) const {
    DsseEnvelope env;
    env.payloadType = payloadType;
    env.payload = payload;
    auto sig = sign(Dsse::pae(env.payloadType, env.payload));
    if (!sig)
        return sig.error();
    env.signatures.append({keyId(), sig.value()});
    return env;
}

}  // namespace countersign
