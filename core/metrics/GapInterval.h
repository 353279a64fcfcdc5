#pragma once

#include <QtGlobal>
#include <optional>
#include <utility>
#include <vector>

namespace countersign {

// Counts behind one group's true positive rate.
struct RateCounts {
    qint64 successes = 0;  // true positives
    qint64 trials = 0;     // positives (true positives + false negatives); > 0
};

// Percentile interval for a gap max(rate) - min(rate) by parametric bootstrap over the
// counts: each replicate draws, per group, Binomial(trials, successes / trials) and takes
// the gap of the resampled rates; the interval is the (1-c)/2 and (1+c)/2 quantiles
// (linear interpolation) of the replicate gaps. No second pass over the data; the same seed
// gives the same interval (std::mt19937_64 and std::binomial_distribution of libstdc++).
// nullopt with fewer than one group.
std::optional<std::pair<double, double>> bootstrapGapInterval(const std::vector<RateCounts>& groups,
                                                              int replicates, double confidence,
                                                              quint64 seed);

// Quantile with linear interpolation between order statistics (Hyndman & Fan type 7, numpy's
// default "linear" method, same arithmetic) of an ascending-sorted, non-empty sample.
double sortedQuantile(const double* sorted, qsizetype n, double q);

}  // namespace countersign
