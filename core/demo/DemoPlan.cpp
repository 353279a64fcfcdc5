#include "demo/DemoPlan.h"

#include <QTimeZone>

namespace countersign {

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
}  // namespace

QList<DemoPlan::Entry> DemoPlan::bundles() {
    const QString fraud = QStringLiteral("fraud-detection"),
                  remit = QStringLiteral("remittance-scoring"),
                  device = QStringLiteral("device-risk");
    const QString scheduled = QStringLiteral("scheduled"), hotfix = QStringLiteral("hotfix");
    // Scheduled retraining: the first Tuesday of the month (12:00 AEST = 02:00Z); the feature
    // snapshot froze the Friday before at 18:00 AEST (08:00Z).
    return {
        {fraud, QStringLiteral("2026.9.0"), scheduled, utc(2026, 9, 1, 2), utc(2026, 8, 28, 8),
         Defect::None, false, 3 << 19},
        {fraud, QStringLiteral("2026.10.0"), scheduled, utc(2026, 10, 6, 2), utc(2026, 10, 2, 8),
         Defect::None, false, 3 << 19},
        {fraud, QStringLiteral("2026.11.0"), scheduled, utc(2026, 11, 3, 2), utc(2026, 10, 30, 8),
         Defect::None, false, 3 << 19},
        {remit, QStringLiteral("2026.10.0"), scheduled, utc(2026, 10, 6, 3), utc(2026, 10, 2, 8),
         Defect::None, true, 1 << 20},
        {remit, QStringLiteral("2026.11.0"), scheduled, utc(2026, 11, 3, 3), utc(2026, 10, 30, 8),
         Defect::Bias, false, 1 << 20},
        {remit, QStringLiteral("2026.11.1"), hotfix, utc(2026, 11, 10, 5, 30), utc(2026, 11, 9, 8),
         Defect::Critical, false, 1 << 20},
        {device, QStringLiteral("2026.10.0"), scheduled, utc(2026, 10, 6, 4), utc(2026, 10, 2, 8),
         Defect::None, false, 3 << 18},
        {device, QStringLiteral("2026.11.0"), scheduled, utc(2026, 11, 3, 4), utc(2026, 10, 30, 8),
         Defect::Drift, false, 3 << 18},
        {device, QStringLiteral("2026.11.1"), hotfix, utc(2026, 11, 12, 1, 15),
         utc(2026, 11, 11, 8), Defect::Integrity, false, 3 << 18},
    };
}

QList<DemoPlan::ModelControls> DemoPlan::controls() {
    return {
        {QStringLiteral("fraud-detection"), QStringLiteral("2026.10.0"),
         QStringLiteral("2026.9.0")},
        {QStringLiteral("remittance-scoring"), QStringLiteral("2026.10.0"),
         QStringLiteral("2026.10.0")},
        {QStringLiteral("device-risk"), QStringLiteral("2026.10.0"), QStringLiteral("2026.10.0")}};
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
