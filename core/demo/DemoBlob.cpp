#include "demo/DemoBlob.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <cstring>

namespace countersign {

namespace {
std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}
std::uint64_t splitmix(std::uint64_t& s) {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
}  // namespace

Status DemoBlob::write(const QString& path, qint64 bytes, std::uint64_t seed) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::badInput(f.errorString(), path);
    std::uint64_t s[4];
    for (auto& x : s) x = splitmix(seed);
    constexpr qsizetype kBlock = 8 << 20;
    QByteArray buffer(kBlock, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0;) {
        const qsizetype n = static_cast<qsizetype>(std::min<qint64>(left, kBlock));
        char* out = buffer.data();
        for (qsizetype i = 0; i < n; i += 8) {
            const std::uint64_t r = rotl(s[1] * 5, 7) * 9;  // xoshiro256**
            const std::uint64_t t = s[1] << 17;
            s[2] ^= s[0];
            s[3] ^= s[1];
            s[1] ^= s[2];
            s[0] ^= s[3];
            s[2] ^= t;
            s[3] = rotl(s[3], 45);
            unsigned char le[8];
            for (int k = 0; k < 8; ++k) le[k] = static_cast<unsigned char>(r >> (8 * k));
            std::memcpy(out + i, le, static_cast<size_t>(std::min<qsizetype>(8, n - i)));
        }
        if (f.write(buffer.constData(), n) != n)
            return Error::internal(
                QCoreApplication::translate("DemoBlob", "cannot write the file: %1")
                    .arg(f.errorString()),
                path);
        left -= n;
    }
    return ok();
}

}  // namespace countersign
