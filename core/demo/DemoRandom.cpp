#include "demo/DemoRandom.h"

#include <cmath>
#include <numbers>

namespace countersign {

namespace {
// splitmix64: spreads (seed, purpose, index) into a well-mixed engine seed.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}
}  // namespace

DemoRandom DemoRandom::derived(std::uint64_t seed, const char* purpose, std::uint64_t index) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the purpose
    for (const char* p = purpose; *p; ++p)
        h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
    return DemoRandom(mix(mix(seed) ^ h) ^ mix(index + 0x51ed270b27d1c0e5ull));
}

double DemoRandom::uniform() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::uint64_t DemoRandom::below(std::uint64_t n) {
    if (n <= 1)
        return 0;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x;
    do {
        x = next();
    } while (x >= limit);
    return x % n;
}

double DemoRandom::normal() {
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u1;
    do {
        u1 = uniform();
    } while (u1 <= 0.0);
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    m_spare = r * std::sin(2.0 * std::numbers::pi * u2);
    m_hasSpare = true;
    return r * std::cos(2.0 * std::numbers::pi * u2);
}

int DemoRandom::pick(const QList<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = uniform() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (x < weights.at(i))
            return static_cast<int>(i);
        x -= weights.at(i);
    }
    return static_cast<int>(weights.size() - 1);
}

}  // namespace countersign
