#include "panes/RiskPane.h"

#include <QFileInfo>
#include <QVBoxLayout>

#include "Format.h"
#include "panes/CsvRowCounter.h"
#include "panes/ReportedMetricsSection.h"
#include "widgets/FormSection.h"
#include "widgets/InfoTable.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {
enum FileColumn { FilePath, FileUse, FileRows, FileColumns, FileSize };
}

RiskPane::RiskPane(QWidget* parent) : Pane(parent), m_counter(new CsvRowCounter(this)) {
    connect(m_counter, &CsvRowCounter::counted, this, &RiskPane::onCounted);
}

QStringList RiskPane::primaryRoles() const {
    return {Role::riskOfficer(), Role::riskCompliance()};
}

void RiskPane::refresh() {
    m_counter->cancel();
    m_targets.clear();
    if (showStateWithoutBundle())
        return;
    QVBoxLayout* column = resetContent();
    addEntryError(column, context());
    column->addWidget(evaluationSection());
    column->addWidget(new ReportedMetricsSection(*context().bundle));
    column->addWidget(driftSection());
    column->addStretch(1);
    const QStringList files = m_targets.uniqueKeys();
    for (const QString& path : files) m_counter->start(path);
}

QWidget* RiskPane::evaluationSection() {
    const Bundle& b = *context().bundle;
    const Controls::Thresholds& t = context().workspace->controls().thresholds;
    auto* s = new FormSection(QStringLiteral("evaluationConfig"), tr("Bias evaluation set-up"));
    s->addRow(QStringLiteral("bound"), tr("Gate:"),
              tr("equal-opportunity gap must stay below %1 %").arg(t.biasMaxGap * 100, 0, 'g', 4));
    if (!b.evaluation) {
        s->addNote(QStringLiteral("missing"),
                   tr("bundle.json has no \"evaluation\" section, so the bias gate cannot run: it "
                      "will report an error."));
        return s;
    }
    const EvaluationConfig& e = *b.evaluation;
    s->addRow(QStringLiteral("protected"), tr("Protected attributes:"),
              Format::list(e.protectedAttributes));
    s->addRow(QStringLiteral("label"), tr("Label column:"),
              tr("%1 (positive class: %2)").arg(e.label, e.positiveLabel));
    if (e.usesScore())
        s->addRow(QStringLiteral("prediction"), tr("Prediction:"),
                  tr("score column %1, positive when ≥ %2").arg(e.score).arg(e.threshold));
    else
        s->addRow(QStringLiteral("prediction"), tr("Prediction:"),
                  tr("column %1, positive values: %2")
                      .arg(e.prediction, Format::list(e.predictedPositive)));
    const int support = e.minGroupSupport >= 0 ? e.minGroupSupport : t.biasMinGroupSupport;
    s->addRow(QStringLiteral("support"), tr("Minimum group support:"),
              e.minGroupSupport >= 0 ? tr("%1 rows").arg(support)
                                     : tr("%1 rows (from controls.json)").arg(support));
    auto* table = new InfoTable(QStringLiteral("evaluationFiles"),
                                {tr("File"), tr("Use"), tr("Rows"), tr("Columns"), tr("Size")});
    const QString path = b.filePath(e.predictions);
    const QFileInfo info(path);
    const int row = table->addRow({e.predictions, tr("predictions"),
                                   info.exists() ? tr("counting…") : QString(), QString(),
                                   info.exists() ? Format::size(info.size()) : tr("missing")});
    if (info.exists())
        m_targets.insert(path, {table, row});
    s->addRow(QString(), table);
    return s;
}

QWidget* RiskPane::driftSection() {
    const Bundle& b = *context().bundle;
    const Controls::Thresholds& t = context().workspace->controls().thresholds;
    auto* s = new FormSection(QStringLiteral("driftConfig"), tr("Drift samples"));
    s->addRow(QStringLiteral("bound"), tr("Gate:"),
              tr("PSI above %1 breaches (hotfix), above %2 warns")
                  .arg(t.driftPsiBreach, 0, 'g', 4)
                  .arg(t.driftPsiWarning, 0, 'g', 4));
    if (!b.drift) {
        s->addNote(QStringLiteral("missing"), tr("bundle.json has no \"drift\" section, so the "
                                                 "drift gate has no samples to compare."));
        return s;
    }
    const DriftConfig& d = *b.drift;
    s->addRow(QStringLiteral("categorical"), tr("Categorical features:"),
              Format::list(d.categorical));
    s->addRow(QStringLiteral("ignored"), tr("Ignored columns:"), Format::list(d.ignore));
    auto* table = new InfoTable(QStringLiteral("driftFiles"),
                                {tr("File"), tr("Use"), tr("Rows"), tr("Columns"), tr("Size")});
    const QList<std::pair<QString, QString>> files{{d.baseline, tr("baseline")},
                                                   {d.current, tr("current")}};
    for (const auto& [relative, use] : files) {
        const QString path = b.filePath(relative);
        const QFileInfo info(path);
        const int row =
            table->addRow({relative, use, info.exists() ? tr("counting…") : QString(), QString(),
                           info.exists() ? Format::size(info.size()) : tr("missing")});
        if (info.exists())
            m_targets.insert(path, {table, row});
    }
    s->addRow(QString(), table);
    return s;
}

void RiskPane::onCounted(const QString& path, qint64 rows, int columns, const QString& error) {
    const QList<Target> targets = m_targets.values(path);
    for (const Target& t : targets) {
        auto* rowsItem = new QTableWidgetItem(error.isEmpty() ? Format::count(rows) : error);
        rowsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t.table->setItem(t.row, FileRows, rowsItem);
        auto* colsItem =
            new QTableWidgetItem(error.isEmpty() ? QString::number(columns) : QString());
        colsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t.table->setItem(t.row, FileColumns, colsItem);
        t.table->resizeColumnsToContents();
    }
}

}  // namespace countersign::ui
