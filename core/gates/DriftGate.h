#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "gates/DriftReport.h"
#include "gates/GateResult.h"
#include "metrics/Progress.h"

namespace countersign {

class CsvReader;

// Which features the drift gate compares and the thresholds it applies (bundle "drift"
// section and controls.json; the CLI's --features).
struct DriftOptions {
    QStringList features;     // empty: every baseline column not in `ignore`
    QStringList categorical;  // one bin per value
    QStringList ignore;
    // A column not listed as categorical is numeric. With detection on (the CLI without a
    // bundle), one whose first non-missing baseline value is not a number is categorical.
    bool detectCategorical = false;
    double breach = 0.2;
    double warning = 0.1;
    // A feature with fewer non-missing values than this on either side gets no PSI and is an
    // error (controls.json thresholds.drift_min_sample; 1 accepts any non-empty sample).
    qint64 minSample = 1;
    double maxBadRowShare = 0.001;
    int keptBadRows = 20;
    bool hashInputs = false;  // SHA-256 of both files while reading them
};

// The drift gate: PSI per feature between a baseline and a current CSV sample, one streaming
// pass over each file (docs/formats.md, "Drift", for the binning).
class DriftGate {
public:
    static Result<DriftReport> evaluate(const QString& baselineCsv, const QString& currentCsv,
                                        const DriftOptions& options,
                                        const ProgressCallback& progress = {});
    // Over readers the caller opened (RiskGates opens a bundle's files with openInside).
    static Result<DriftReport> evaluate(CsvReader& baseline, CsvReader& current,
                                        const DriftOptions& options,
                                        const ProgressCallback& progress = {});

    static GateResult toGateResult(const DriftReport& report, const DriftOptions& options,
                                   const QList<Evidence>& evidence, const QDateTime& at);
    static GateResult errorResult(const Error& error, const DriftOptions& options,
                                  const QList<Evidence>& evidence, const QDateTime& at);
    static QJsonObject thresholdsJson(const DriftOptions& options);

    // A value the gate counts as missing: empty, NA, N/A, NaN, nan, null, NULL, None.
    static bool isMissing(QByteArrayView value);
};

}  // namespace countersign
