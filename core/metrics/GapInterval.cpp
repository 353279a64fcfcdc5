#include "metrics/GapInterval.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace countersign {

double sortedQuantile(const double* sorted, qsizetype n, double q) {
    if (n == 1)
        return sorted[0];
    // numpy: virtual index (n - 1) * q, then lerp(a, b, t) computed from the nearer end.
    const double h = double(n - 1) * q;
    double lowD = std::floor(h);
    if (lowD < 0)
        lowD = 0;
    qsizetype low = qsizetype(lowD);
    if (low >= n - 1)
        return sorted[n - 1];
    const double t = h - lowD;
    const double a = sorted[low];
    const double b = sorted[low + 1];
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

std::optional<std::pair<double, double>> bootstrapGapInterval(const std::vector<RateCounts>& groups,
                                                              int replicates, double confidence,
                                                              quint64 seed) {
    if (groups.empty() || replicates < 1)
        return std::nullopt;
    std::mt19937_64 rng(seed);
    std::vector<double> gaps(static_cast<size_t>(replicates));
    std::vector<std::binomial_distribution<qint64>> draws;
    draws.reserve(groups.size());
    for (const RateCounts& g : groups)
        draws.emplace_back(g.trials, double(g.successes) / double(g.trials));
    for (int r = 0; r < replicates; ++r) {
        double lo = 1.0, hi = 0.0;
        for (size_t k = 0; k < groups.size(); ++k) {
            const double rate = double(draws[k](rng)) / double(groups[k].trials);
            lo = std::min(lo, rate);
            hi = std::max(hi, rate);
        }
        gaps[size_t(r)] = hi - lo;
    }
    std::sort(gaps.begin(), gaps.end());
    const double alpha = (1.0 - confidence) / 2.0;
    return std::make_pair(sortedQuantile(gaps.data(), qsizetype(gaps.size()), alpha),
                          sortedQuantile(gaps.data(), qsizetype(gaps.size()), 1.0 - alpha));
}

}  // namespace countersign
