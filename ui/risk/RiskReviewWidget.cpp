#include "ui/risk/RiskReviewWidget.h"

#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "gates/HotfixRequest.h"
#include "signoff/SignOffStep.h"
#include "ui/risk/RiskCharts.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/VerdictPalette.h"
#include "workspace/Role.h"
#include "workspace/Roster.h"

namespace countersign::ui {

namespace {
QString rate(const std::optional<double>& v) {
    return v ? QString::number(*v, 'f', 3) : QObject::tr("n/a");
}

// QChartView::setChart releases the previous chart without deleting it.
void setChart(QChartView* view, QChart* chart) {
    QChart* previous = view->chart();
    view->setChart(chart);
    delete previous;
}
}  // namespace

RiskReviewWidget::RiskReviewWidget(QWidget* parent)
    : QWidget(parent),
      m_runs(
          this,
          [this](const Runs& runs) {
              m_bias = runs.bias;
              m_drift = runs.drift;
              gatesDone();
          },
          [this](int permille) { m_progress->setValue(permille); }) {
    setObjectName(QStringLiteral("riskReview"));
    buildUi();
    updateActions();
}

RiskReviewWidget::~RiskReviewWidget() = default;

void RiskReviewWidget::setServices(const Services& services) {
    m_services = services;
    updateActions();
}

void RiskReviewWidget::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    m_status = new QLabel(tr("No bundle selected."), this);
    m_status->setObjectName(QStringLiteral("riskStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("riskProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Gate progress"));
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    outer->addLayout(top);

    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->setObjectName(QStringLiteral("riskSplitter"));
    auto* biasBox = new QGroupBox(tr("Fairness: equal opportunity (TPR per group)"), split);
    auto* biasLayout = new QVBoxLayout(biasBox);
    m_biasTabs = new QTabWidget(biasBox);
    m_biasTabs->setObjectName(QStringLiteral("biasTabs"));
    biasLayout->addWidget(m_biasTabs);

    auto* driftBox = new QGroupBox(tr("Drift: population stability index"), split);
    auto* driftLayout = new QHBoxLayout(driftBox);
    m_psiView = new QChartView(driftBox);
    m_psiView->setObjectName(QStringLiteral("psiChart"));
    m_psiView->setRenderHint(QPainter::Antialiasing);
    m_psiView->setAccessibleName(tr("PSI per feature chart"));
    m_features = new QListWidget(driftBox);
    m_features->setObjectName(QStringLiteral("featureList"));
    m_features->setAccessibleName(tr("Features"));
    m_features->setMaximumWidth(160);
    m_distributionView = new QChartView(driftBox);
    m_distributionView->setObjectName(QStringLiteral("distributionChart"));
    m_distributionView->setRenderHint(QPainter::Antialiasing);
    m_distributionView->setAccessibleName(tr("Baseline and current distribution chart"));
    // Legible down to a 900-pixel-wide window without scrolling sideways.
    m_psiView->setMinimumSize(210, 320);
    m_distributionView->setMinimumSize(210, 320);
    driftLayout->addWidget(m_psiView, 3);
    driftLayout->addWidget(m_features, 1);
    driftLayout->addWidget(m_distributionView, 3);
    split->addWidget(biasBox);
    split->addWidget(driftBox);
    // Charts keep a legible minimum size; in a small window the pane around the review
    // scrolls (one scroll area, not one inside another).
    outer->addWidget(split, 1);

    auto* actions = new QHBoxLayout;
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setPlaceholderText(
        tr("Justification (required to override a failed bias gate)"));
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setMaximumHeight(60);
    m_signOff = new QPushButton(tr("&Sign off…"), this);
    m_signOff->setObjectName(QStringLiteral("signOffButton"));
    m_override = new QPushButton(tr("&Override bias gate…"), this);
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_hotfix = new QPushButton(tr("Request &hotfix"), this);
    m_hotfix->setObjectName(QStringLiteral("hotfixButton"));
    actions->addWidget(m_justification, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_signOff);
    buttons->addWidget(m_override);
    buttons->addWidget(m_hotfix);
    actions->addLayout(buttons);
    outer->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("riskMessage"));
    m_message->setWordWrap(true);
    outer->addWidget(m_message);

    connect(m_features, &QListWidget::currentTextChanged, this, &RiskReviewWidget::selectFeature);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &RiskReviewWidget::updateActions);
    connect(m_signOff, &QPushButton::clicked, this, [this] { sign(QStringLiteral("approve")); });
    connect(m_override, &QPushButton::clicked, this, [this] { sign(QStringLiteral("override")); });
    connect(m_hotfix, &QPushButton::clicked, this, &RiskReviewWidget::requestHotfix);
}

bool RiskReviewWidget::isRunning() const {
    return m_runs.isBusy();
}

void RiskReviewWidget::setBundle(const Bundle& bundle, const Controls& controls) {
    m_runs.cancel();  // the older run stops early; its result is dropped
    m_bundle = bundle;
    m_controls = controls;
    m_bias.reset();
    m_drift.reset();
    if (!m_shownBundle.isEmpty() && m_shownBundle != bundle.dir) {
        // Another bundle: its justification and messages do not carry over.
        m_justification->clear();
        m_message->clear();
    }
    m_shownBundle = bundle.dir;
    m_status->setText(tr("Computing the bias and drift gates for %1 …").arg(bundle.id()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    updateActions();

    const Clock* clock = m_services.signing.clock;
    m_runs.start([bundle, controls, clock](const Background<Runs>::Token& token) {
        // The bias gate is the first half of the bar, the drift gate the second.
        auto half = [&token](qint64 before) {
            return [&token, before](qint64 done, qint64 total) {
                if (total > 0)
                    token.progress(before * total + done, 2 * total);
                return !token.cancelled();
            };
        };
        Runs runs;
        runs.bias = RiskGates::bias(bundle, controls, *clock, half(0));
        runs.drift = RiskGates::drift(bundle, controls, *clock, half(1));
        return runs;
    });
}

void RiskReviewWidget::gatesDone() {
    m_progress->setVisible(false);
    m_status->setText(tr("%1 — Bias: %2 (%3) · Drift: %4 (%5)")
                          .arg(m_bundle->id(), verdictLabel(m_bias->result.status),
                               m_bias->result.summary, verdictLabel(m_drift->result.status),
                               m_drift->result.summary));
    showBias();
    showDrift();
    updateActions();
    emit gatesFinished();
}

void RiskReviewWidget::showBias() {
    while (m_biasTabs->count() > 0) {
        QWidget* w = m_biasTabs->widget(0);
        m_biasTabs->removeTab(0);
        w->deleteLater();
    }
    if (!m_bias->report) {
        auto* l = new QLabel(
            tr("The bias gate could not read its input: %1").arg(m_bias->result.summary));
        l->setWordWrap(true);
        m_biasTabs->addTab(l, verdictLabel(Verdict::Error));
        return;
    }
    const BiasReport& r = *m_bias->report;
    for (const BiasAttribute& a : r.attributes) {
        auto* page = new QWidget;
        auto* lay = new QHBoxLayout(page);
        auto* view = new QChartView(RiskCharts::tprChart(a, r.maxGap, palette()), page);
        view->setObjectName(QStringLiteral("biasChart_") + a.name);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(tr("TPR per group of %1").arg(a.name));
        view->setMinimumSize(300, 280);
        view->setToolTip(
            tr("The resampled range is where 95 % of the gaps fall when each group's true "
               "positives are drawn again from its counts (parametric bootstrap). A largest "
               "minus smallest rate of noisy groups is biased upwards, so with small groups "
               "the range can lie above the observed gap: it shows how much the gap moves "
               "with sampling noise, not where the true gap is."));
        auto* table = new QTableWidget(int(a.groups.size()), 10, page);
        table->setObjectName(QStringLiteral("confusionTable_") + a.name);
        table->setAccessibleName(tr("Confusion counts of %1").arg(a.name));
        table->setHorizontalHeaderLabels({tr("Group"), tr("Count"), tr("TP"), tr("FP"), tr("TN"),
                                          tr("FN"), tr("TPR"), tr("FPR"), tr("Sel. rate"),
                                          tr("Support")});
        table->verticalHeader()->setVisible(false);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        int row = 0;
        for (const BiasGroup& g : a.groups) {
            const QStringList cells{
                g.value,
                QString::number(g.count()),
                QString::number(g.tp),
                QString::number(g.fp),
                QString::number(g.tn),
                QString::number(g.fn),
                g.tpr() ? rate(g.tpr()) : tr("n/a: no positives"),
                rate(g.fpr()),
                rate(g.selectionRate()),
                g.flagged ? tr("⚑ below %1")
                                .arg(m_bundle && m_bundle->evaluation &&
                                             m_bundle->evaluation->minGroupSupport >= 0
                                         ? m_bundle->evaluation->minGroupSupport
                                         : m_controls.thresholds.biasMinGroupSupport)
                          : tr("ok")};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (g.flagged && c == 9)
                    item->setForeground(VerdictPalette::forWidget(this).colour(Verdict::Warning));
                if (c == 6 && !g.tpr())
                    item->setToolTip(
                        tr("The group has no actual positives: its true positive "
                           "rate is undefined and it is not in the gap."));
                table->setItem(row, c, item);
            }
            ++row;
        }
        table->resizeColumnsToContents();
        lay->addWidget(view, 3);
        lay->addWidget(table, 2);
        const QString tabText = QStringLiteral("%1 · %2").arg(a.name, verdictLabel(a.status));
        m_biasTabs->addTab(page, tabText);
    }
}

void RiskReviewWidget::showDrift() {
    m_features->clear();
    if (!m_drift->report) {
        auto* empty = new QChart;
        setChart(m_psiView, empty);
        empty->setTitle(
            tr("The drift gate could not read its input: %1").arg(m_drift->result.summary));
        return;
    }
    const DriftReport& r = *m_drift->report;
    setChart(m_psiView, RiskCharts::psiChart(r, palette()));
    // One row per feature tall enough for its name: with rows shorter than a label, the
    // category axis hides labels (the worst feature's, at the top, went first).
    m_psiView->setMinimumHeight(std::max(280, 150 + 17 * int(r.features.size())));
    QString worst;
    double worstPsi = -1;
    for (const FeatureDrift& f : r.features) {
        auto* item = new QListWidgetItem(f.name, m_features);
        item->setToolTip(tr("%1: PSI %2, %3")
                             .arg(f.name, f.psi ? QString::number(*f.psi, 'f', 3) : tr("n/a"),
                                  verdictLabel(f.status)));
        item->setForeground(VerdictPalette::forWidget(this).colour(f.status));
        if (f.psi && *f.psi > worstPsi) {
            worstPsi = *f.psi;
            worst = f.name;
        }
    }
    if (!worst.isEmpty())
        selectFeature(worst);
}

void RiskReviewWidget::selectFeature(const QString& name) {
    if (!m_drift || !m_drift->report)
        return;
    const FeatureDrift* f = m_drift->report->feature(name);
    if (!f)
        return;
    const QList<QListWidgetItem*> items = m_features->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty() && m_features->currentItem() != items.first()) {
        const QSignalBlocker block(m_features);
        m_features->setCurrentItem(items.first());
    }
    setChart(m_distributionView, RiskCharts::distributionChart(*f, palette()));
}

void RiskReviewWidget::updateActions() {
    const bool ready = m_bias && m_drift && !isRunning();
    const bool canSign = ready && m_services.signing.roster && m_services.signing.store &&
                         !m_services.signing.operatorId.isEmpty();
    const bool biasFailed = ready && m_bias->result.status == Verdict::Fail;
    const bool breached = ready && m_drift->result.status == Verdict::Fail;
    const bool justified = !m_justification->toPlainText().trimmed().isEmpty();
    if (m_services.sign) {
        // The rules decide and names the reason; the buttons only need an operator.
        m_signOff->setEnabled(canSign);
        m_override->setEnabled(canSign);
    } else {
        m_signOff->setEnabled(canSign && !biasFailed && m_bias->result.status != Verdict::Error);
        m_override->setEnabled(canSign && biasFailed && justified);
    }
    const QString hotfixRole = hotfixRoleOfOperator();
    m_hotfix->setEnabled(ready && breached && m_services.signing.store && !hotfixRole.isEmpty());
    const QString noOperator = tr("Sign in with an operator key and open the audit store to sign.");
    m_signOff->setToolTip(
        !ready       ? tr("Waiting for the gates.")
        : !canSign   ? noOperator
        : biasFailed ? tr("The bias gate failed: only a signed override with a justification.")
        : m_bias->result.status == Verdict::Error ? tr("The bias gate could not run.")
                                                  : tr("Sign the Risk Officer's approval."));
    m_override->setToolTip(!biasFailed  ? tr("Only a failed bias gate can be overridden.")
                           : !justified ? tr("Write the justification first.")
                           : !canSign   ? noOperator
                                        : tr("Sign an override of the failed bias gate."));
    if (!m_services.signing.blocked.isEmpty())
        for (QPushButton* b : {m_signOff, m_override}) b->setToolTip(m_services.signing.blocked);
    QStringList hotfixRoleLabels;
    for (const QString& r : hotfixRoles()) hotfixRoleLabels << Role::label(r);
    m_hotfix->setToolTip(
        !breached ? tr("No feature breaches PSI > %1.").arg(m_controls.thresholds.driftPsiBreach)
        : hotfixRole.isEmpty()
            ? tr("A hotfix is requested by a signed-in %1.").arg(hotfixRoleLabels.join(tr(" or ")))
            : tr("Record a hotfix request for the drift breach in the audit store, as %1.")
                  .arg(Role::label(hotfixRole)));
}

// The role the signed-in operator requests a hotfix in, Risk Officer first in this pane; empty
// when they hold none of the hotfix roles.
QString RiskReviewWidget::hotfixRoleOfOperator() const {
    const Roster* roster = m_services.signing.roster;
    const Operator* op = roster && !m_services.signing.operatorId.isEmpty()
                             ? roster->find(m_services.signing.operatorId)
                             : nullptr;
    return op ? hotfixRoleOf(op->roles, Role::riskOfficer()) : QString();
}

QList<GateResult> RiskReviewWidget::gateResults() const {
    if (!m_bias || !m_drift || isRunning())
        return {};
    return {m_bias->result, m_drift->result};
}

QString RiskReviewWidget::lastMessage() const {
    return m_message->text();
}

void RiskReviewWidget::message(const QString& text, Verdict tone) {
    m_message->setText(QStringLiteral("%1: %2").arg(verdictLabel(tone), text));
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, VerdictPalette::forWidget(this).colour(tone));
    m_message->setPalette(p);
}

bool RiskReviewWidget::showUnsigned(const SignOffOutcome& outcome) {
    if (outcome.refused()) {
        message(tr("refused: %1").arg(outcome.reasons()), Verdict::Fail);
        emit refusedSigning(outcome.reasons());
    } else if (!outcome.isSigned() && outcome.error && !outcome.cancelled()) {
        message(outcome.error->toString(), Verdict::Error);
    }
    return outcome.isSigned();
}

void RiskReviewWidget::sign(const QString& decision) {
    if (!m_bundle || !m_bias || !m_drift || !m_services.sign)
        return;
    const QString justification = m_justification->toPlainText().trimmed();
    m_services.sign({{}, SignOffStep::risk(), Role::riskOfficer(), decision, justification, {}, {}},
                    gateResults(), [this, decision](const SignOffOutcome& outcome) {
                        if (!showUnsigned(outcome))
                            return;
                        message(decision == Decision::override_()
                                    ? tr("override of the bias gate signed and recorded")
                                    : tr("sign-off signed and recorded"),
                                Verdict::Pass);
                        emit signedOff(decision, outcome.signOff->auditSequence);
                    });
}

void RiskReviewWidget::requestHotfix() {
    const QString role = hotfixRoleOfOperator();
    if (!m_bundle || !m_drift || !m_services.sign || role.isEmpty())
        return;
    const Result<QString> breach = driftHotfixReason(m_drift->result);
    if (!breach) {
        message(breach.error().toString(), Verdict::Error);
        return;
    }
    QString reason = breach.value();
    if (const QString note = m_justification->toPlainText().trimmed(); !note.isEmpty())
        reason += QStringLiteral(" — ") + note;
    m_services.sign(
        {{}, SignOffStep::hotfix(), role, Decision::approve(), reason, {}, {m_drift->result}}, {},
        [this, reason](const SignOffOutcome& outcome) {
            if (!showUnsigned(outcome))
                return;
            message(tr("hotfix requested, signed and recorded (audit record %1): %2")
                        .arg(outcome.signOff->auditSequence)
                        .arg(reason),
                    Verdict::Warning);
            emit hotfixRequested(outcome.signOff->auditSequence);
        });
}

}  // namespace countersign::ui
