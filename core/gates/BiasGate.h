#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "gates/BiasConfig.h"
#include "gates/BiasReport.h"
#include "gates/GateResult.h"
#include "metrics/Progress.h"

namespace countersign {

class CsvReader;

// The bias gate: confusion counts per protected attribute and group from a predictions CSV,
// in one streaming pass, the equal-opportunity gap (max TPR - min TPR over groups with a
// defined TPR, Fairlearn's equal_opportunity_difference, between groups) and its interval.
class BiasGate {
public:
    // Reads the file. An Error when it cannot be read at all (missing file or column,
    // unterminated quote, cancelled); a report with status Error when too many rows are bad.
    static Result<BiasReport> evaluate(const QString& predictionsCsv, const BiasConfig& config,
                                       const ProgressCallback& progress = {});
    static Result<BiasReport> evaluate(CsvReader& csv, const BiasConfig& config,
                                       const ProgressCallback& progress = {});

    // The shared gate result ("bias"): measured = report JSON, thresholds from the config.
    static GateResult toGateResult(const BiasReport& report, const BiasConfig& config,
                                   const QList<Evidence>& evidence, const QDateTime& at);
    // A gate result with status Error for input that could not be read.
    static GateResult errorResult(const Error& error, const BiasConfig& config,
                                  const QList<Evidence>& evidence, const QDateTime& at);

    static QJsonObject thresholdsJson(const BiasConfig& config);
};

}  // namespace countersign
