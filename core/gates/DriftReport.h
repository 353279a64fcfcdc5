#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "gates/Verdict.h"

namespace countersign {

// One bin of a feature: its range (numeric) or value (discrete, categorical), the counts on
// both sides and the proportions of the non-missing values (before the empty-bin rule).
struct DriftBin {
    QString label;                // "(0.5, 1.25]", "3", "web"
    std::optional<double> lower;  // numeric bins: open lower end (nullopt = -inf)
    std::optional<double> upper;  // closed upper end (nullopt = +inf)
    qint64 baselineCount = 0, currentCount = 0;
    double baseline = 0, current = 0;
};

struct FeatureDrift {
    QString name;
    QString
        kind;  // "numeric" (decile bins), "discrete" (numeric, one bin per value), "categorical"
    std::optional<double> psi;
    Verdict status = Verdict::Undefined;
    QList<DriftBin> bins;
    qint64 baselineCount = 0, currentCount = 0;      // non-missing values binned
    qint64 baselineMissing = 0, currentMissing = 0;  // counted, not binned
    QString problem;  // why the feature is an error (a value that is not a number, no values)
};

// Everything the drift gate measured; toJson() is the CLI's `drift --json` document.
struct DriftReport {
    Verdict status = Verdict::Undefined;
    double breach = 0.2;   // PSI strictly above breaches
    double warning = 0.1;  // PSI at or above warns
    QList<FeatureDrift> features;
    qint64 baselineRows = 0, currentRows = 0;
    qint64 badRowCount = 0;
    QStringList badRows;  // "baseline.csv line 7: expected 5 fields, found 4" (first few)
    QString summary;
    QString baselineSha256, currentSha256;  // with DriftOptions::hashInputs

    QList<const FeatureDrift*> breached() const;
    const FeatureDrift* feature(const QString& name) const;
    QJsonObject toJson() const;
};

}  // namespace countersign
