#pragma once

#include <QByteArrayView>
#include <algorithm>
#include <array>

namespace countersign {

using Hash32 = std::array<unsigned char, 32>;

// RFC 6962 leaf and node hashes into fixed 32-byte buffers, with OpenSSL's low-level SHA-256.
// Verification hashes two million small inputs (a record, two child hashes): for those the
// per-call cost of EVP (provider dispatch, context reset, a heap buffer per result) was larger
// than the hashing itself. The low-level functions use SHA-NI where the CPU has it.
namespace TreeHash {

void leaf(QByteArrayView data, Hash32& out);                        // SHA-256(0x00 || data)
void node(QByteArrayView left, QByteArrayView right, Hash32& out);  // SHA-256(0x01 || l || r)
inline QByteArrayView view(const Hash32& h) {
    return QByteArrayView(reinterpret_cast<const char*>(h.data()), qsizetype(h.size()));
}
// The first 32 bytes of `h` (zeros after a shorter one).
inline Hash32 copy(QByteArrayView h) {
    Hash32 out{};
    std::copy_n(h.data(), std::min<qsizetype>(h.size(), 32), reinterpret_cast<char*>(out.data()));
    return out;
}

}  // namespace TreeHash
}  // namespace countersign
