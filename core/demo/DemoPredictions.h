#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "demo/DemoRandom.h"

namespace countersign {

// Writes evaluation/predictions.csv for the demo: `id,label,score|prediction,gender,age_band`.
// The true positive rate of each gender group is set exactly (the hits are apportioned over
// the gender × age cells, then drawn without replacement), so the equal-opportunity gap is
// what the plan says, not what sampling noise makes of it.
class DemoPredictions {
public:
    struct Spec {
        qint64 rows = 100000;
        double prevalence = 0.06;       // share of rows with label 1
        QList<double> genderTpr;        // per gender group (genders() order)
        double fpr = 0.04;              // share of negatives predicted positive
        int threshold = 5000;           // score threshold in 1/10000 (score >= threshold: positive)
        bool predictionColumn = false;  // write a 0/1 "prediction" column instead of "score"
    };
    // What was written, recomputed from the rows: counts and the gap per attribute.
    struct Summary {
        qint64 rows = 0, tp = 0, fp = 0, tn = 0, fn = 0;
        QJsonObject tprByGroup;  // {"gender": {"female": 0.82, ...}, "age_band": {...}}
        QJsonObject gaps;        // {"gender": 0.003, "age_band": 0.002}
        double gap(const QString& attribute) const { return gaps.value(attribute).toDouble(); }
    };

    static QStringList genders();   // female, male, non_binary
    static QStringList ageBands();  // 18-25, 26-40, 41-60, 60+
    static Result<Summary> write(const QString& path, const Spec& spec, DemoRandom& random);
};

}  // namespace countersign
