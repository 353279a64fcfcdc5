#include "audit/Ed25519Key.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <QCoreApplication>

#include <memory>

namespace countersign {
namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char* bytes(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}

}  // namespace

Ed25519Key::~Ed25519Key() {
    if (!m_seed.isEmpty() && m_seed.isDetached())
        OPENSSL_cleanse(m_seed.data(), static_cast<size_t>(m_seed.size()));
}

Result<Ed25519Key> Ed25519Key::generate() {
    QByteArray seed(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(seed.data()), 32) != 1)
        return Error::internal(
            QCoreApplication::translate("Ed25519Key", "the system random number generator failed"));
    auto key = fromSeed(seed);
    OPENSSL_cleanse(seed.data(), 32);
    return key;
}

Result<Ed25519Key> Ed25519Key::fromSeed(const QByteArray& seed32) {
    if (seed32.size() != 32)
        return Error::badInput(
            QCoreApplication::translate("Ed25519Key", "an Ed25519 private key is 32 bytes"));
    Pkey pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed32), 32));
    if (!pkey)
        return Error::internal(
            QCoreApplication::translate("Ed25519Key", "OpenSSL could not load the Ed25519 key"));
    QByteArray pub(32, Qt::Uninitialized);
    size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char*>(pub.data()),
                                    &len) != 1 ||
        len != 32)
        return Error::internal(QCoreApplication::translate(
            "Ed25519Key", "OpenSSL could not derive the Ed25519 public key"));
    Ed25519Key k;
    k.m_seed = QByteArray(seed32.constData(), 32);
    k.m_publicKey = pub;
    return k;
}

Result<QByteArray> Ed25519Key::sign(const QByteArray& message) const {
    if (m_seed.size() != 32)
        return Error::internal(
            QCoreApplication::translate("Ed25519Key", "no Ed25519 private key to sign with"));
    Pkey pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(m_seed), 32));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!pkey || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return Error::internal(QCoreApplication::translate(
            "Ed25519Key", "OpenSSL could not start an Ed25519 signature"));
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = 64;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       bytes(message), static_cast<size_t>(message.size())) != 1 ||
        len != 64)
        return Error::internal(QCoreApplication::translate(
            "Ed25519Key", "OpenSSL could not make an Ed25519 signature"));
    return sig;
}

bool Ed25519Key::verify(const QByteArray& publicKey, const QByteArray& message,
                        const QByteArray& signature) {
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Pkey pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!pkey || !ctx ||
        EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), 64, bytes(message),
                            static_cast<size_t>(message.size())) == 1;
}

}  // namespace countersign
