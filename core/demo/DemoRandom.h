#pragma once

#include <QList>
#include <cstdint>
#include <random>

namespace countersign {

// The demo's only source of randomness: a seeded std::mt19937_64 with distributions written
// out here (the standard library's distributions differ between implementations), so a seed
// gives the same bytes everywhere.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}
    // A generator for one named part of the demo, independent of the order parts are made in.
    static DemoRandom derived(std::uint64_t seed, const char* purpose, std::uint64_t index = 0);

    std::uint64_t next() { return m_engine(); }
    double uniform();                      // [0, 1)
    std::uint64_t below(std::uint64_t n);  // [0, n), unbiased
    bool chance(double p) { return uniform() < p; }
    double normal();  // N(0, 1), Box-Muller
    // An index drawn with the given (unnormalised) weights.
    int pick(const QList<double>& weights);

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

}  // namespace countersign
