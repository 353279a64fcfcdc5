#pragma once

#include <QColor>
#include <QPalette>

#include "gates/BiasReport.h"
#include "gates/DriftReport.h"
#include "gates/Verdict.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace countersign::ui {

// Builds the Risk Officer's charts from gate reports. Colours follow the verdict palette
// and the widget palette (light or dark); state is always also written in the labels.
class RiskCharts {
public:
    // The palette's theme as VerdictPalette sees it (verdict colours come from VerdictPalette).
    static bool isDark(const QPalette& palette);

    // TPR per group as bars (flagged small groups hatched and marked in the axis label),
    // dashed lines at the highest and lowest TPR (the gap), a band of the bound below the
    // highest TPR, and the gap with its 95 % interval and the bound in the title.
    static QChart* tprChart(const BiasAttribute& attribute, double bound, const QPalette& palette);
    // PSI per feature with the warning (0.1) and breach (0.2) lines.
    static QChart* psiChart(const DriftReport& report, const QPalette& palette);
    // Baseline and current proportions per bin of one feature, side by side.
    static QChart* distributionChart(const FeatureDrift& feature, const QPalette& palette);
};

}  // namespace countersign::ui
