#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// bundle.json "evaluation": where the bias gate finds its predictions and how to read them.
// Either score + threshold (predicted positive when score >= threshold) or prediction +
// predictedPositive (the values of the prediction column that count as positive).
struct EvaluationConfig {
    QString predictions;              // relative path of the predictions CSV
    QString label;                    // column of the true label
    QString positiveLabel;            // value of the label column that is the positive class
    QString score;                    // score column; empty when prediction is used
    double threshold = 0.5;           // only with score
    QString prediction;               // prediction column; empty when score is used
    QStringList predictedPositive;    // only with prediction
    QStringList protectedAttributes;  // at least one
    int minGroupSupport = -1;         // -1: not given, use controls' bias_min_group_support

    bool usesScore() const { return !score.isEmpty(); }
};

}  // namespace countersign
