#include "ui/risk/RiskPane.h"

#include <QFileInfo>
#include <QVBoxLayout>

#include "signoff/SignOffStep.h"
#include "ui/AppServices.h"
#include "ui/Format.h"
#include "ui/risk/CsvRowCounter.h"
#include "ui/risk/ReportedMetricsSection.h"
#include "ui/risk/RiskReviewWidget.h"
#include "ui/signoff/SignOffController.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/FormSection.h"
#include "ui/widgets/InfoTable.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {
enum FileColumn { FilePath, FileUse, FileRows, FileColumns, FileSize };
}

RiskPane::RiskPane(QWidget* parent) : Pane(parent), m_counter(new CsvRowCounter(this)) {
    connect(m_counter, &CsvRowCounter::counted, this, &RiskPane::onCounted);
    m_review = new RiskReviewWidget(this);
    m_review->hide();
    m_review->setMinimumHeight(720);
    connect(m_review, &RiskReviewWidget::signedOff, this, &RiskPane::onSignedOff);
    connect(m_review, &RiskReviewWidget::refusedSigning, this,
            [this](const QString& why) { emit statusMessage(tr("Refused: %1").arg(why)); });
    connect(m_review, &RiskReviewWidget::hotfixRequested, this, [this](qint64 seq) {
        emit statusMessage(tr("Hotfix requested (audit record %1)").arg(seq));
        emit recorded();
    });
}

QStringList RiskPane::primaryRoles() const {
    return {Role::riskOfficer(), Role::riskCompliance()};
}

void RiskPane::refresh() {
    m_counter->cancel();
    m_targets.clear();
    // Keep the review (and its running gates) out of the content about to be replaced.
    m_review->hide();
    m_review->setParent(this);
    if (showStateWithoutBundle()) {
        m_reviewKey.clear();
        return;
    }
    const PaneContext& c = context();
    QVBoxLayout* column = resetContent();
    addEntryError(column, c);
    configureReview();
    const QString key = c.bundle->dir + QLatin1Char('|') + c.bundle->digest;
    if (key != m_reviewKey) {
        m_reviewKey = key;
        m_review->setBundle(*c.bundle, c.workspace->controls());
    }
    column->addWidget(m_review, 1);
    m_review->show();
    // The owner's figures are claims, shown beside the recomputed ones, never trusted.
    column->addWidget(new ReportedMetricsSection(*c.bundle));
    column->addWidget(evaluationSection());
    column->addWidget(driftSection());
    const QStringList files = m_targets.uniqueKeys();
    m_counter->start(files);
}

void RiskPane::configureReview() {
    const PaneContext& c = context();
    RiskReviewWidget::Services s;
    s.signing = SigningDialog::servicesFor(c);
    s.sign = [this](const SignOffRequest& request, const QList<GateResult>& shown,
                    const SignOffController::Done& done) {
        const PaneContext& now = context();
        if (!now.bundle)
            return;
        // Every rule is checked first (state, separation of duties, preconditions: a failed
        // bias gate needs an override with a justification); a refusal is recorded.
        SignOffController::sign(this, now, *now.bundle, request, shown, this,
                                [this, done](const SignOffOutcome& outcome) {
                                    if (outcome.refused())
                                        emit recorded();
                                    done(outcome);
                                });
    };
    m_review->setServices(s);
}

void RiskPane::onSignedOff(const QString& decision, qint64 auditSeq) {
    // The gate results the signer saw are in the signed envelope (their digests).
    emit statusMessage(tr("Risk %1 recorded (audit record %2)").arg(decision).arg(auditSeq));
    emit recorded();
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
