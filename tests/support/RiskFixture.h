#pragma once

#include <QString>

namespace countersign::test {

// A workspace for the bias and drift gates: tests/data/workspace/base copied to `root`, with
// fraud-detection@2026.10.0 given evaluation and drift data (written here, not committed):
//  - evaluation/predictions.csv: gender F TPR 0.70 (100 positives), M TPR 0.80 (100
//    positives), X 10 negatives only (TPR undefined, flagged); gap 0.10 -> the bias gate fails;
//  - drift/baseline.csv, drift/current.csv: "channel" moves from 1/3 each to 0.8/0.1/0.1
//    (PSI ~0.970, breach); "amount" and "hour" keep their distribution.
// All three are listed as artefacts of its bundle.json. Returns the bundle id
// "fraud-detection@2026.10.0", or an empty string on failure.
QString writeRiskWorkspace(const QString& root);

}  // namespace countersign::test
