#pragma once

#include <QMap>

#include "panes/Pane.h"

class QLabel;

namespace countersign::ui {

class CsvRowCounter;
class InfoTable;

// The Risk Officer's pane: what the bias and drift gates will read — the evaluation set-up,
// protected attributes, the owner's reported metrics, the drift samples with their sizes.
class RiskPane : public Pane {
    Q_OBJECT
public:
    explicit RiskPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Risk"); }
    QStringList primaryRoles() const override;

protected:
    void refresh() override;

private:
    QWidget* evaluationSection();
    QWidget* driftSection();
    void onCounted(const QString& path, qint64 rows, int columns, const QString& error);

    CsvRowCounter* m_counter = nullptr;
    // Where each counted file's figures go: table and row.
    struct Target {
        InfoTable* table;
        int row;
    };
    QMultiMap<QString, Target> m_targets;
};

}  // namespace countersign::ui
