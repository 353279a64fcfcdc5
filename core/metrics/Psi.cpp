#include "metrics/Psi.h"

#include <algorithm>
#include <cmath>

namespace countersign {

double Psi::fromProportions(const std::vector<double>& baseline,
                            const std::vector<double>& current) {
    double psi = 0;
    const size_t n = std::min(baseline.size(), current.size());
    for (size_t i = 0; i < n; ++i) {
        const double b = baseline[i] == 0 ? kEmptyBinProportion : baseline[i];
        const double c = current[i] == 0 ? kEmptyBinProportion : current[i];
        psi += (c - b) * std::log(c / b);
    }
    return psi;
}

double Psi::fromCounts(const std::vector<qint64>& baseline, const std::vector<qint64>& current) {
    qint64 nb = 0, nc = 0;
    for (qint64 v : baseline) nb += v;
    for (qint64 v : current) nc += v;
    std::vector<double> pb(baseline.size()), pc(current.size());
    for (size_t i = 0; i < baseline.size(); ++i)
        pb[i] = nb > 0 ? double(baseline[i]) / double(nb) : 0.0;
    for (size_t i = 0; i < current.size(); ++i)
        pc[i] = nc > 0 ? double(current[i]) / double(nc) : 0.0;
    return fromProportions(pb, pc);
}

namespace {
// Puts the order statistics at the sorted positions [posFirst, posLast) in place, like
// std::nth_element for each, but selecting the middle one first and recursing into the two
// sides: about n·log2(k) steps instead of the n·k of selecting them one after the other.
void selectOrderStatistics(std::vector<double>::iterator first, std::vector<double>::iterator last,
                           std::vector<double>::iterator origin, const qsizetype* posFirst,
                           const qsizetype* posLast) {
    while (posFirst < posLast && first < last) {
        const qsizetype* mid = posFirst + (posLast - posFirst) / 2;
        const auto nth = origin + *mid;
        std::nth_element(first, nth, last);
        selectOrderStatistics(first, nth, origin, posFirst, mid);
        first = nth + 1;
        posFirst = mid + 1;
    }
}
}  // namespace

std::vector<double> Psi::decileEdges(std::vector<double>& values, int bins) {
    const qsizetype n = qsizetype(values.size());
    std::vector<double> edges;
    if (n == 0 || bins < 2)
        return edges;
    // The order statistics each quantile needs (numpy's linear interpolation uses two each).
    std::vector<qsizetype> needed;
    for (int k = 1; k < bins; ++k) {
        const double h = double(n - 1) * (double(k) / double(bins));
        const qsizetype lo = qsizetype(std::floor(h));
        needed.push_back(lo);
        if (lo + 1 < n)
            needed.push_back(lo + 1);
    }
    std::sort(needed.begin(), needed.end());
    needed.erase(std::unique(needed.begin(), needed.end()), needed.end());
    selectOrderStatistics(values.begin(), values.end(), values.begin(), needed.data(),
                          needed.data() + needed.size());
    for (int k = 1; k < bins; ++k) {
        const double q = double(k) / double(bins);
        const double h = double(n - 1) * q;
        const qsizetype lo = qsizetype(std::floor(h));
        if (lo + 1 >= n) {
            edges.push_back(values[size_t(n - 1)]);
            continue;
        }
        // The two order statistics are in place; reuse the shared interpolation.
        const double pair[2] = {values[size_t(lo)], values[size_t(lo + 1)]};
        const double t = h - double(lo);
        const double diff = pair[1] - pair[0];
        edges.push_back(t >= 0.5 ? pair[1] - diff * (1.0 - t) : pair[0] + diff * t);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

}  // namespace countersign
