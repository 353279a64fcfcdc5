#include "audit/TreeHash.h"

// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP, but they are still
// there and are what makes the hashing of small inputs cheap (see TreeHash.h).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace countersign::TreeHash {

void leaf(QByteArrayView data, Hash32& out) {
    static constexpr unsigned char kLeafPrefix = 0x00;
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, &kLeafPrefix, 1);
    SHA256_Update(&ctx, data.data(), static_cast<size_t>(data.size()));
    SHA256_Final(out.data(), &ctx);
}

void node(QByteArrayView left, QByteArrayView right, Hash32& out) {
    static constexpr unsigned char kNodePrefix = 0x01;
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, &kNodePrefix, 1);
    SHA256_Update(&ctx, left.data(), static_cast<size_t>(left.size()));
    SHA256_Update(&ctx, right.data(), static_cast<size_t>(right.size()));
    SHA256_Final(out.data(), &ctx);
}

}  // namespace countersign::TreeHash
