#include "ui/risk/RiskCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <tuple>

#include "ui/widgets/VerdictPalette.h"

namespace countersign::ui {

namespace {
QString pct(double v) {
    return QString::number(v * 100.0, 'f', 1) + QStringLiteral(" %");
}

void styleChart(QChart* chart, const QPalette& palette) {
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
}

void styleAxis(QAbstractAxis* axis, const QPalette& palette) {
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Midlight));
}

QLineSeries* hLine(const QString& name, double y, double x0, double x1, const QColor& color,
                   Qt::PenStyle style) {
    auto* s = new QLineSeries;
    s->setName(name);
    s->append(x0, y);
    s->append(x1, y);
    QPen pen(color);
    pen.setWidthF(2);
    pen.setStyle(style);
    s->setPen(pen);
    return s;
}
}  // namespace

bool RiskCharts::isDark(const QPalette& palette) {
    return VerdictPalette::forPalette(palette).theme() == VerdictPalette::Theme::Dark;
}

QChart* RiskCharts::tprChart(const BiasAttribute& a, double bound, const QPalette& palette) {
    auto* chart = new QChart;
    styleChart(chart, palette);
    const VerdictPalette verdicts = VerdictPalette::forPalette(palette);
    auto* set = new QBarSet(QCoreApplication::translate("countersign::ui::RiskCharts", "TPR"));
    set->setColor(verdicts.colour(a.status == Verdict::Fail ? Verdict::Fail : Verdict::Pass)
                      .lighter(isDark(palette) ? 80 : 130));
    set->setBorderColor(palette.color(QPalette::Text));
    set->setLabelColor(palette.color(QPalette::Text));
    QStringList categories;
    for (const BiasGroup& g : a.groups) {
        const std::optional<double> t = g.tpr();
        set->append(t.value_or(0.0));
        QString label = g.value;
        if (!t)
            label += QCoreApplication::translate("countersign::ui::RiskCharts", " (n/a)");
        if (g.flagged)
            label += QCoreApplication::translate("countersign::ui::RiskCharts", " ⚑ small");
        categories << label;
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 1.05);
    y->setTitleText(
        QCoreApplication::translate("countersign::ui::RiskCharts", "true positive rate"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);

    QString title = a.name;
    if (a.gap) {
        // The gap as the distance between two dashed lines, and the bound as a band below the
        // highest TPR: a lowest TPR inside the band passes.
        double hi = 0, lo = 1;
        for (const BiasGroup& g : a.groups)
            if (const auto t = g.tpr()) {
                hi = std::max(hi, *t);
                lo = std::min(lo, *t);
            }
        auto* xs = new QValueAxis;  // hidden axis spanning the categories for the lines
        xs->setRange(0, 1);
        xs->setVisible(false);
        chart->addAxis(xs, Qt::AlignTop);
        const QColor failColor = verdicts.colour(Verdict::Fail);
        const QColor textColor = palette.color(QPalette::Text);
        auto* upper =
            hLine(QCoreApplication::translate("countersign::ui::RiskCharts", "highest TPR"), hi, 0,
                  1, textColor, Qt::DashLine);
        auto* lower =
            hLine(QCoreApplication::translate("countersign::ui::RiskCharts", "lowest TPR"), lo, 0,
                  1, a.status == Verdict::Fail ? failColor : textColor, Qt::DashLine);
        auto* bandTop = hLine(QString(), hi, 0, 1, Qt::transparent, Qt::NoPen);
        auto* bandBottom =
            hLine(QString(), std::max(0.0, hi - bound), 0, 1, Qt::transparent, Qt::NoPen);
        auto* band = new QAreaSeries(bandTop, bandBottom);
        // The area series does not own its boundary lines.
        bandTop->setParent(band);
        bandBottom->setParent(band);
        band->setName(
            QCoreApplication::translate("countersign::ui::RiskCharts", "allowed (bound %1)")
                .arg(pct(bound)));
        QColor bandColor = verdicts.colour(Verdict::Pass);
        bandColor.setAlpha(70);
        band->setBrush(bandColor);
        band->setPen(Qt::NoPen);
        for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{band, upper, lower}) {
            chart->addSeries(s);
            s->attachAxis(xs);
            s->attachAxis(y);
        }
        title = QCoreApplication::translate("countersign::ui::RiskCharts", "%1 — gap %2")
                    .arg(a.name, pct(*a.gap));
        if (a.gapCi)
            title += QCoreApplication::translate("countersign::ui::RiskCharts",
                                                 " (resampled, 95 %: %1 – %2)")
                         .arg(pct(a.gapCi->first), pct(a.gapCi->second));
        // No verdict here: the attribute's tab names it, and the title has to fit a
        // 1280-pixel window.
        title += QCoreApplication::translate("countersign::ui::RiskCharts", " · bound %1")
                     .arg(pct(bound));
    } else {
        title = QCoreApplication::translate("countersign::ui::RiskCharts",
                                            "%1 — no gap: no group has positives · %2")
                    .arg(a.name, verdictLabel(a.status));
    }
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Hide the legend entries of the band edges.
    const auto markers = chart->legend()->markers();
    for (QLegendMarker* m : markers)
        if (m->label().isEmpty())
            m->setVisible(false);
    return chart;
}

QChart* RiskCharts::psiChart(const DriftReport& report, const QPalette& palette) {
    auto* chart = new QChart;
    styleChart(chart, palette);
    // Horizontal bars, one row per feature named with its PSI: legible with many features in
    // a small chart. One set per verdict (stacked: a row holds one non-zero bar) so colour and
    // legend say pass / warning / breach together.
    auto* series = new QHorizontalStackedBarSeries;
    QList<QPair<Verdict, QBarSet*>> sets;
    const VerdictPalette verdicts = VerdictPalette::forPalette(palette);
    for (Verdict v : {Verdict::Pass, Verdict::Warning, Verdict::Fail, Verdict::Error}) {
        const QString name = v == Verdict::Fail ? QCoreApplication::translate(
                                                      "countersign::ui::RiskCharts", "breach")
                                                : verdictLabel(v);
        auto* s = new QBarSet(name);
        s->setColor(verdicts.colour(v));
        s->setBorderColor(palette.color(QPalette::Text));
        sets.append({v, s});
    }
    QStringList categories;
    double maxPsi = report.breach * 1.25;
    // Top to bottom in report order: the category axis counts from the bottom.
    for (auto it = report.features.crbegin(); it != report.features.crend(); ++it) {
        const FeatureDrift& f = *it;
        categories << f.name;  // the value is in the list's tooltip and the distribution title
        for (auto& [v, s] : sets) s->append(f.status == v ? f.psi.value_or(0.0) : 0.0);
        maxPsi = std::max(maxPsi, f.psi.value_or(0.0));
    }
    for (auto& [v, s] : sets) {
        bool any = false;
        for (const FeatureDrift& f : report.features) any = any || f.status == v;
        if (any)
            series->append(s);
        else
            delete s;
    }
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto* features = new QBarCategoryAxis;
    features->append(categories);
    auto* psi = new QValueAxis;
    psi->setRange(0, maxPsi * 1.05);
    psi->setTickCount(5);
    psi->setLabelFormat(QStringLiteral("%.2f"));
    psi->setTitleText(QCoreApplication::translate("countersign::ui::RiskCharts", "PSI"));
    styleAxis(features, palette);
    styleAxis(psi, palette);
    if (categories.size() > 8) {
        // Many features: a smaller font keeps every name on its row instead of "...".
        QFont small = features->labelsFont();
        small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
        features->setLabelsFont(small);
    }
    features->setTruncateLabels(false);  // feature names whole; the plot narrows instead
    chart->addAxis(features, Qt::AlignLeft);
    chart->addAxis(psi, Qt::AlignBottom);
    series->attachAxis(features);
    series->attachAxis(psi);
    auto* span = new QValueAxis;
    span->setRange(0, 1);
    span->setVisible(false);
    chart->addAxis(span, Qt::AlignRight);
    const QList<std::tuple<QString, double, QColor>> lines{
        {QCoreApplication::translate("countersign::ui::RiskCharts", "warning %1")
             .arg(report.warning),
         report.warning, verdicts.colour(Verdict::Warning)},
        {QCoreApplication::translate("countersign::ui::RiskCharts", "breach > %1")
             .arg(report.breach),
         report.breach, verdicts.colour(Verdict::Fail)}};
    for (const auto& [name, at, color] : lines) {
        auto* l = new QLineSeries;
        l->setName(name);
        l->append(at, 0);
        l->append(at, 1);
        QPen pen(color);
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        l->setPen(pen);
        chart->addSeries(l);
        l->attachAxis(psi);
        l->attachAxis(span);
    }
    // The worst feature in the title: a row label can be hidden when rows are tight.
    const FeatureDrift* worst = nullptr;
    for (const FeatureDrift& f : report.features)
        if (f.psi && (!worst || *f.psi > *worst->psi))
            worst = &f;
    chart->setTitle(
        worst ? QCoreApplication::translate("countersign::ui::RiskCharts",
                                            "PSI per feature — %1 · max %2 on %3")
                    .arg(verdictLabel(report.status), QString::number(*worst->psi, 'f', 3),
                         worst->name)
              : QCoreApplication::translate("countersign::ui::RiskCharts", "PSI per feature — %1")
                    .arg(verdictLabel(report.status)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* RiskCharts::distributionChart(const FeatureDrift& f, const QPalette& palette) {
    auto* chart = new QChart;
    styleChart(chart, palette);
    auto* base =
        new QBarSet(QCoreApplication::translate("countersign::ui::RiskCharts", "baseline"));
    auto* cur = new QBarSet(QCoreApplication::translate("countersign::ui::RiskCharts", "current"));
    const bool dark = isDark(palette);
    base->setColor(dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0));
    cur->setColor(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00));
    QStringList categories;
    int longest = 0;
    for (const DriftBin& b : f.bins) {
        base->append(b.baseline);
        cur->append(b.current);
        categories << b.label;
        longest = std::max(longest, int(b.label.size()));
    }
    // Interval labels of many bins do not fit a small chart: number the bins instead (the
    // intervals are in the drift report and the CLI's JSON).
    const bool numbered = categories.size() > 6 && longest > 8;
    if (numbered)
        for (int i = 0; i < categories.size(); ++i) categories[i] = QString::number(i + 1);
    auto* series = new QBarSeries;
    series->append(base);
    series->append(cur);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(!numbered && categories.size() > 6 ? -45 : 0);
    if (numbered)
        x->setTitleText(QCoreApplication::translate("countersign::ui::RiskCharts",
                                                    "bin (baseline deciles, low to high)"));
    auto* y = new QValueAxis;
    y->setTitleText(QCoreApplication::translate("countersign::ui::RiskCharts", "proportion"));
    y->setLabelFormat(QStringLiteral("%.2f"));
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(
        QCoreApplication::translate("countersign::ui::RiskCharts",
                                    "%1 (%2) — PSI %3 · %4 · missing %5 / %6")
            .arg(f.name, f.kind,
                 f.psi ? QString::number(*f.psi, 'f', 3)
                       : QCoreApplication::translate("countersign::ui::RiskCharts", "n/a"),
                 verdictLabel(f.status))
            .arg(f.baselineMissing)
            .arg(f.currentMissing));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

}  // namespace countersign::ui
