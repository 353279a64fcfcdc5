#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace countersign {

// Incremental SHA-256 over OpenSSL's EVP interface (which uses SHA-NI where the CPU has it).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView data);
    void add(const void* data, size_t size);
    QByteArray finish();  // 32 raw bytes; the object is reset for reuse

    static QByteArray hash(QByteArrayView data);     // raw 32 bytes
    static QByteArray hashHex(QByteArrayView data);  // 64 lowercase hex characters

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace countersign
