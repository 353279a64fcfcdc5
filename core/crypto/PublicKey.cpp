#include "crypto/PublicKey.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <QCoreApplication>

#include "crypto/EcP256.h"
#include "crypto/OpenSslErrors.h"
#include "crypto/Sha256.h"

namespace countersign {

struct PublicKey::Impl {
    EVP_PKEY* key = nullptr;
    QByteArray der;
    ~Impl() { EVP_PKEY_free(key); }
};

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(const PublicKey& other) = default;
PublicKey& PublicKey::operator=(const PublicKey& other) = default;
PublicKey::PublicKey(PublicKey&&) noexcept = default;
PublicKey& PublicKey::operator=(PublicKey&&) noexcept = default;

bool PublicKey::isNull() const {
    return !d;
}

Result<PublicKey> PublicKey::fromDer(QByteArrayView spki, const QString& source) {
    OpenSslErrors::clear();
    const auto* p = reinterpret_cast<const unsigned char*>(spki.data());
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size()));
    if (!key) {
        OpenSslErrors::clear();
        return Error::badInput(
            QCoreApplication::translate(
                "PublicKey", "not a public key (SubjectPublicKeyInfo DER cannot be read)"),
            source);
    }
    auto impl = std::make_shared<Impl>();
    impl->key = key;
    if (p != reinterpret_cast<const unsigned char*>(spki.data()) + spki.size())
        return Error::badInput(
            QCoreApplication::translate("PublicKey", "unexpected bytes after the public key"),
            source);
    const QString notP256 = detail::describeIfNotP256(key);
    if (!notP256.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("PublicKey", "the public key is %1, not ECDSA P-256")
                .arg(notP256),
            source);
    impl->der = detail::spkiDer(key);
    if (impl->der != spki.toByteArray())
        return Error::badInput(
            QCoreApplication::translate("PublicKey", "the public key is not in canonical DER form"),
            source);
    PublicKey out;
    out.d = std::move(impl);
    return out;
}

Result<PublicKey> PublicKey::fromPem(const QString& pem, const QString& source) {
    const QByteArray text = pem.toUtf8();
    static const QByteArray begin("-----BEGIN PUBLIC KEY-----");
    const qsizetype at = text.indexOf(begin);
    if (at < 0) {
        if (text.contains("PRIVATE KEY-----"))
            return Error::badInput(
                QCoreApplication::translate(
                    "PublicKey",
                    "this is a private key; the roster holds the public key (PEM \"PUBLIC "
                    "KEY\")"),
                source);
        if (text.trimmed().isEmpty())
            return Error::badInput(
                QCoreApplication::translate("PublicKey", "the public key is empty"), source);
        return Error::badInput(
            QCoreApplication::translate(
                "PublicKey", "not a PEM public key: no \"-----BEGIN PUBLIC KEY-----\" line"),
            source);
    }
    if (text.indexOf(begin, at + 1) >= 0)
        return Error::badInput(QCoreApplication::translate(
                                   "PublicKey", "more than one public key; expected exactly one"),
                               source);
    // Exactly one PEM block and nothing else: no second block of another type, no text that one
    // reader would skip and another would take.
    static const QByteArray end("-----END PUBLIC KEY-----");
    const qsizetype endAt = text.indexOf(end, at);
    if (!text.left(at).trimmed().isEmpty() || endAt < 0 ||
        !text.mid(endAt + end.size()).trimmed().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("PublicKey",
                                        "expected exactly one PEM \"PUBLIC KEY\" block and "
                                        "nothing else around it"),
            source);
    BIO* bio = BIO_new_mem_buf(text.constData(), static_cast<int>(text.size()));
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long len = 0;
    OpenSslErrors::clear();
    const int ok = PEM_read_bio(bio, &name, &header, &data, &len);
    BIO_free(bio);
    OpenSslErrors::clear();
    if (ok != 1)
        return Error::badInput(
            QCoreApplication::translate(
                "PublicKey", "the public key PEM is damaged (its base64 cannot be read)"),
            source);
    const QByteArray der(reinterpret_cast<const char*>(data), len);
    const bool isPublicKey = qstrcmp(name, "PUBLIC KEY") == 0;
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(data);
    if (!isPublicKey)
        return Error::badInput(
            QCoreApplication::translate("PublicKey", "expected one PEM \"PUBLIC KEY\" block first"),
            source);
    return fromDer(der, source);
}

QByteArray PublicKey::der() const {
    return d ? d->der : QByteArray();
}

QString PublicKey::pem() const {
    if (!d)
        return {};
    QString out = QStringLiteral("-----BEGIN PUBLIC KEY-----\n");
    const QByteArray b64 = d->der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += QString::fromLatin1(b64.mid(i, 64)) + QLatin1Char('\n');
    out += QStringLiteral("-----END PUBLIC KEY-----\n");
    return out;
}

QString PublicKey::keyId() const {
    return d ? QString::fromLatin1(Sha256::hashHex(d->der)) : QString();
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView derSignature) const {
    if (!d || derSignature.isEmpty())
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok =
        ctx &&
        EVP_DigestVerifyInit_ex(ctx, nullptr, "SHA256", nullptr, nullptr, d->key, nullptr) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(derSignature.data()),
                         static_cast<size_t>(derSignature.size()),
                         reinterpret_cast<const unsigned char*>(message.data()),
                         static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    OpenSslErrors::clear();
    return ok;
}

}  // namespace countersign
