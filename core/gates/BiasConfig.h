#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// What the bias gate reads and the thresholds it applies. Columns come from the bundle's
// "evaluation" section or from the CLI; thresholds from controls.json.
struct BiasConfig {
    QString label;                  // label column
    QString positiveLabel;          // its value for the positive class
    QString prediction;             // either a prediction column ...
    QStringList predictedPositive;  // ... and the values that mean "predicted positive"
    QString score;                  // or a score column ...
    double threshold = 0.5;         // ... predicted positive when score >= threshold
    QStringList protectedAttributes;

    qint64 minGroupSupport = 100;   // groups with fewer rows are flagged
    double maxGap = 0.02;           // fails when gap >= maxGap
    double maxBadRowShare = 0.001;  // above this share of bad rows the gate is an error
    int keptBadRows = 20;           // bad rows kept with line numbers

    // 95 % interval of each gap: parametric bootstrap over per-group binomial resampling.
    quint64 seed = 20261103;
    int bootstrapReplicates = 2000;
    double confidence = 0.95;

    bool hashInput = false;  // SHA-256 of the file while reading it (BiasReport::inputSha256)

    bool usesScore() const { return !score.isEmpty(); }
};

}  // namespace countersign
