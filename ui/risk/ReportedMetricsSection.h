#pragma once

#include "ui/widgets/FormSection.h"

namespace countersign {
struct Bundle;
}

namespace countersign::ui {

// The model owner's reported metrics (evaluation/metrics.json) as read, marked as reported:
// the gates recompute every figure and never trust these.
class ReportedMetricsSection : public FormSection {
    Q_OBJECT
public:
    ReportedMetricsSection(const Bundle& bundle, QWidget* parent = nullptr);

    static QString relativePath() { return QStringLiteral("evaluation/metrics.json"); }
};

}  // namespace countersign::ui
