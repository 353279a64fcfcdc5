#include "demo/DemoPlan.h"

#include <QTimeZone>

namespace countersign {

QString DemoPlan::versionOf(const RetrainingCycle& cycle, int patch) {
    return QStringLiteral("%1.%2.%3")
        .arg(cycle.retraining.year())
        .arg(cycle.retraining.month())
        .arg(patch);
}

QList<DemoPlan::Entry> DemoPlan::bundles(const CycleOpenAt& open) {
    const QString fraud = QStringLiteral("fraud-detection"),
                  remit = QStringLiteral("remittance-scoring"),
                  device = QStringLiteral("device-risk");
    const QString scheduled = QStringLiteral("scheduled"), hotfix = QStringLiteral("hotfix");
    const RetrainingCycle now = open.cycle, back1 = open.earlier(1), back2 = open.earlier(2);
    const QDateTime at = open.at;
    // A scheduled bundle is uploaded on its retraining day (12:00 in the calendar's zone, one
    // hour apart per model), and no later than the demo's instant; its feature snapshot froze
    // at its cycle's freeze.
    auto created = [&](const RetrainingCycle& c, int model) {
        const QDateTime noon = c.windowStart.addSecs(qint64(12 + model) * 3600);
        const QDateTime latest = at.addSecs(-qint64(3 - model) * 3600);
        return c.retraining == now.retraining ? qMin(noon, latest) : noon;
    };
    // A hotfix is uploaded in the hours before the instant, its snapshot taken the day before.
    const QDateTime remitHotfix = at.addSecs(-90 * 60), deviceHotfix = at.addSecs(-45 * 60);
    return {
        {fraud, versionOf(back2), scheduled, created(back2, 0), back2.freeze, Defect::None, false,
         3 << 19},
        {fraud, versionOf(back1), scheduled, created(back1, 0), back1.freeze, Defect::None, false,
         3 << 19},
        {fraud, versionOf(now), scheduled, created(now, 0), now.freeze, Defect::None, false,
         3 << 19},
        {remit, versionOf(back1), scheduled, created(back1, 1), back1.freeze, Defect::None, true,
         1 << 20},
        {remit, versionOf(now), scheduled, created(now, 1), now.freeze, Defect::Bias, false,
         1 << 20},
        {remit, versionOf(now, 1), hotfix, remitHotfix, remitHotfix.addSecs(-21 * 3600),
         Defect::Critical, false, 1 << 20},
        {device, versionOf(back1), scheduled, created(back1, 2), back1.freeze, Defect::None, false,
         3 << 18},
        {device, versionOf(now), scheduled, created(now, 2), now.freeze, Defect::Drift, false,
         3 << 18},
        {device, versionOf(now, 1), hotfix, deviceHotfix, deviceHotfix.addSecs(-17 * 3600),
         Defect::Integrity, false, 3 << 18},
    };
}

QList<DemoPlan::ModelControls> DemoPlan::controls(const CycleOpenAt& open) {
    const QString back1 = versionOf(open.earlier(1)), back2 = versionOf(open.earlier(2));
    return {{QStringLiteral("fraud-detection"), back1, back2},
            {QStringLiteral("remittance-scoring"), back1, back1},
            {QStringLiteral("device-risk"), back1, back1}};
}

QString DemoPlan::defectId(Defect d) {
    switch (d) {
        case Defect::None:
            return QStringLiteral("none");
        case Defect::Integrity:
            return QStringLiteral("integrity");
        case Defect::Bias:
            return QStringLiteral("bias");
        case Defect::Drift:
            return QStringLiteral("drift");
        case Defect::Critical:
            return QStringLiteral("critical-cve");
    }
    return {};
}

}  // namespace countersign
