#include "risk/RiskCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace countersign::ui {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("RiskCharts", s);
}
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
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor RiskCharts::verdictColor(Verdict v, const QPalette& palette) {
    const bool dark = isDark(palette);
    switch (v) {
        case Verdict::Pass:
            return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
        case Verdict::Warning:
            return dark ? QColor(0xff, 0xca, 0x28) : QColor(0xb2, 0x6a, 0x00);
        case Verdict::Fail:
            return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
        case Verdict::Error:
            return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
        case Verdict::Undefined:
            return palette.color(QPalette::Mid);
    }
    return palette.color(QPalette::Mid);
}

QChart* RiskCharts::tprChart(const BiasAttribute& a, double bound, const QPalette& palette) {
    auto* chart = new QChart;
    styleChart(chart, palette);
    auto* set = new QBarSet(tr("TPR"));
    set->setColor(verdictColor(a.status == Verdict::Fail ? Verdict::Fail : Verdict::Pass, palette)
                      .lighter(isDark(palette) ? 80 : 130));
    set->setBorderColor(palette.color(QPalette::Text));
    set->setLabelColor(palette.color(QPalette::Text));
    QStringList categories;
    for (const BiasGroup& g : a.groups) {
        const std::optional<double> t = g.tpr();
        set->append(t.value_or(0.0));
        QString label = g.value;
        if (!t)
            label += tr(" (n/a)");
        if (g.flagged)
            label += tr(" ⚑ small");
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
    y->setTitleText(tr("true positive rate"));
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
        const QColor failColor = verdictColor(Verdict::Fail, palette);
        const QColor textColor = palette.color(QPalette::Text);
        auto* upper = hLine(tr("highest TPR"), hi, 0, 1, textColor, Qt::DashLine);
        auto* lower = hLine(tr("lowest TPR"), lo, 0, 1,
                            a.status == Verdict::Fail ? failColor : textColor, Qt::DashLine);
        auto* bandTop = hLine(QString(), hi, 0, 1, Qt::transparent, Qt::NoPen);
        auto* bandBottom =
            hLine(QString(), std::max(0.0, hi - bound), 0, 1, Qt::transparent, Qt::NoPen);
        auto* band = new QAreaSeries(bandTop, bandBottom);
        band->setName(tr("allowed (bound %1)").arg(pct(bound)));
        QColor bandColor = verdictColor(Verdict::Pass, palette);
        bandColor.setAlpha(70);
        band->setBrush(bandColor);
        band->setPen(Qt::NoPen);
        for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{band, upper, lower}) {
            chart->addSeries(s);
            s->attachAxis(xs);
            s->attachAxis(y);
        }
        title = tr("%1 — gap %2").arg(a.name, pct(*a.gap));
        if (a.gapCi)
            title += tr(" (95 % CI %1 – %2)").arg(pct(a.gapCi->first), pct(a.gapCi->second));
        title += tr(" · bound %1 · %2").arg(pct(bound), verdictLabel(a.status));
    } else {
        title = tr("%1 — no gap: no group has positives · %2").arg(a.name, verdictLabel(a.status));
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
    auto* series = new QBarSeries;
    // One set per verdict so colour and legend say pass / warning / breach together.
    QList<QPair<Verdict, QBarSet*>> sets;
    for (Verdict v : {Verdict::Pass, Verdict::Warning, Verdict::Fail, Verdict::Error}) {
        const QString name = v == Verdict::Fail ? tr("breach") : verdictLabel(v);
        auto* s = new QBarSet(name);
        s->setColor(verdictColor(v, palette));
        s->setBorderColor(palette.color(QPalette::Text));
        s->setLabelColor(palette.color(QPalette::Text));
        sets.append({v, s});
    }
    QStringList categories;
    double maxPsi = 0.25;
    for (const FeatureDrift& f : report.features) {
        categories << f.name;
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
    series->setBarWidth(0.9);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, maxPsi * 1.1);
    y->setTitleText(tr("PSI"));
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto* xs = new QValueAxis;
    xs->setRange(0, 1);
    xs->setVisible(false);
    chart->addAxis(xs, Qt::AlignTop);
    for (QLineSeries* l : {hLine(tr("warning %1").arg(report.warning), report.warning, 0, 1,
                                 verdictColor(Verdict::Warning, palette), Qt::DashLine),
                           hLine(tr("breach > %1").arg(report.breach), report.breach, 0, 1,
                                 verdictColor(Verdict::Fail, palette), Qt::DashLine)}) {
        chart->addSeries(l);
        l->attachAxis(xs);
        l->attachAxis(y);
    }
    chart->setTitle(tr("PSI per feature — %1").arg(verdictLabel(report.status)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* RiskCharts::distributionChart(const FeatureDrift& f, const QPalette& palette) {
    auto* chart = new QChart;
    styleChart(chart, palette);
    auto* base = new QBarSet(tr("baseline"));
    auto* cur = new QBarSet(tr("current"));
    const bool dark = isDark(palette);
    base->setColor(dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0));
    cur->setColor(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00));
    QStringList categories;
    for (const DriftBin& b : f.bins) {
        base->append(b.baseline);
        cur->append(b.current);
        categories << b.label;
    }
    auto* series = new QBarSeries;
    series->append(base);
    series->append(cur);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 6 ? -45 : 0);
    auto* y = new QValueAxis;
    y->setTitleText(tr("share of non-missing values"));
    y->setLabelFormat(QStringLiteral("%.2f"));
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(tr("%1 (%2) — PSI %3 · %4 · missing %5 / %6")
                        .arg(f.name, f.kind, f.psi ? QString::number(*f.psi, 'f', 3) : tr("n/a"),
                             verdictLabel(f.status))
                        .arg(f.baselineMissing)
                        .arg(f.currentMissing));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

}  // namespace countersign::ui
