#pragma once

#include <QtGlobal>
#include <vector>

namespace countersign {

// Population stability index and the binning it uses (docs/formats.md, "Drift").
class Psi {
public:
    // The proportion an empty bin gets instead of 0 (Evidently's rule), so ln() stays finite.
    static constexpr double kEmptyBinProportion = 0.0001;

    // PSI = sum over bins of (cur - base) * ln(cur / base), proportions given; a zero
    // proportion (either side) is replaced by kEmptyBinProportion first. Same length.
    static double fromProportions(const std::vector<double>& baseline,
                                  const std::vector<double>& current);
    // The same from counts: proportion = count / total of its side.
    static double fromCounts(const std::vector<qint64>& baseline,
                             const std::vector<qint64>& current);

    // Inner edges at the baseline's deciles (q = k/10, k = 1..9; numpy's "linear" quantile),
    // duplicates (ties) removed, ascending. Reorders `values` (partial sorts). Non-empty input.
    static std::vector<double> decileEdges(std::vector<double>& values, int bins = 10);

    // Bin of x for inner edges e_1 < ... < e_m: the number of edges strictly below x, so bin i
    // is (e_i, e_{i+1}] with open outer bins (numpy.searchsorted(edges, x, side="left")).
    static int binOf(const std::vector<double>& edges, double x) {
        int i = 0;
        for (double e : edges) i += e < x ? 1 : 0;
        return i;
    }
};

}  // namespace countersign
