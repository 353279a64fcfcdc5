#pragma once

#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "demo/DemoRandom.h"

namespace countersign {

// Writes drift/baseline.csv and drift/current.csv: an `id` column (ignored by the drift gate),
// numeric features and four categorical ones. The current sample equals the baseline's
// distribution up to a small shift, except `amount` when the plan asks for drift: its log is
// shifted by `amountShift` standard deviations (0.6 gives PSI ≈ 0.34 over baseline deciles).
class DemoDriftSamples {
public:
    struct Spec {
        qint64 rows = 20000;
        int features = 14;         // at least 14: 10 named numeric + 4 categorical, extras numeric
        double amountShift = 0.0;  // in standard deviations of log(amount)
        double mildShift = 0.03;   // every other numeric feature, in standard deviations
    };
    static QStringList categoricalFeatures();
    static QStringList featureNames(int features);  // in column order, after "id"
    static Status write(const QString& baselinePath, const QString& currentPath, const Spec& spec,
                        DemoRandom& random);
};

}  // namespace countersign
