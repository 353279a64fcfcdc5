#pragma once

#include "ui/pane/Pane.h"

namespace countersign::ui {

// What the model owner uploaded: the manifest, the training manifest, the data hashes, the
// artefacts and the owner's reported evaluation (evaluation/metrics.json), as read.
class OverviewPane : public Pane {
    Q_OBJECT
public:
    explicit OverviewPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QStringList primaryRoles() const override;

protected:
    void refresh() override;
};

}  // namespace countersign::ui
