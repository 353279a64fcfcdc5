#include "crypto/Sha256.h"

#include <openssl/evp.h>

#include <exception>

namespace countersign {

struct Sha256::Impl {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    ~Impl() {
        EVP_MD_CTX_free(ctx);
        EVP_MD_free(md);
    }
    void reset() {
        // Only fails when OpenSSL is out of memory or broken; nothing sensible to recover.
        if (!ctx || !md || EVP_DigestInit_ex2(ctx, md, nullptr) != 1)
            std::terminate();
    }
};

Sha256::Sha256() : d(std::make_unique<Impl>()) {
    d->reset();
}
Sha256::~Sha256() = default;

void Sha256::add(const void* data, size_t size) {
    EVP_DigestUpdate(d->ctx, data, size);
}

void Sha256::add(QByteArrayView data) {
    add(data.data(), static_cast<size_t>(data.size()));
}

QByteArray Sha256::finish() {
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &len);
    d->reset();
    return out;
}

QByteArray Sha256::hash(QByteArrayView data) {
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(), nullptr);
    return out;
}

QByteArray Sha256::hashHex(QByteArrayView data) {
    return hash(data).toHex();
}

}  // namespace countersign
