// The one verdict palette: a distinct colour, icon and text per verdict, legible on light and
// dark window backgrounds; badges say their state in words.
#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QtTest>

#include "ui/widgets/VerdictBadge.h"
#include "ui/widgets/VerdictPalette.h"

using namespace countersign;
using namespace countersign::ui;

namespace {
const QList<Verdict> all{Verdict::Pass, Verdict::Warning, Verdict::Fail, Verdict::Error,
                         Verdict::Undefined};

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c) {
    auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
}  // namespace

class TestVerdictPalette : public QObject {
    Q_OBJECT
private slots:
    void themeFollowsWindowBackground();
    void coloursAreDistinctAndLegible_data();
    void coloursAreDistinctAndLegible();
    void iconsDifferInShape();
    void badgeSaysItsStateInWords();
};

void TestVerdictPalette::themeFollowsWindowBackground() {
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    QCOMPARE(VerdictPalette::forPalette(light).theme(), VerdictPalette::Theme::Light);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(VerdictPalette::forPalette(dark).theme(), VerdictPalette::Theme::Dark);
    QWidget w;
    w.setPalette(dark);
    QCOMPARE(VerdictPalette::forWidget(&w).theme(), VerdictPalette::Theme::Dark);
}

void TestVerdictPalette::coloursAreDistinctAndLegible_data() {
    QTest::addColumn<int>("theme");
    QTest::addColumn<QColor>("window");
    QTest::newRow("light") << int(VerdictPalette::Theme::Light) << QColor(0xef, 0xef, 0xef);
    QTest::newRow("dark") << int(VerdictPalette::Theme::Dark) << QColor(0x20, 0x20, 0x20);
}

void TestVerdictPalette::coloursAreDistinctAndLegible() {
    QFETCH(int, theme);
    QFETCH(QColor, window);
    const VerdictPalette p(static_cast<VerdictPalette::Theme>(theme));
    QSet<QRgb> colours;
    for (Verdict v : all) {
        colours.insert(p.colour(v).rgb());
        // The strong colour stands out from the window (WCAG non-text contrast 3:1) ...
        QVERIFY2(contrast(p.colour(v), window) >= 3.0, qPrintable(verdictId(v)));
        // ... and text on the tint reads at WCAG AA (4.5:1).
        QVERIFY2(contrast(p.textOnTint(), p.tint(v)) >= 4.5, qPrintable(verdictId(v)));
        QVERIFY(!VerdictPalette::text(v).isEmpty());
    }
    QCOMPARE(colours.size(), all.size());
}

void TestVerdictPalette::iconsDifferInShape() {
    // Compare silhouettes and marks: the shapes differ even without colour.
    const VerdictPalette p;
    QSet<QByteArray> masks;
    for (Verdict v : all) {
        const QImage img =
            p.icon(v, 16).pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY(!img.isNull());
        QByteArray mask;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QRgb px = img.pixel(x, y);
                // Transparent, the white mark, or the coloured fill: the silhouette and the mark.
                mask.append(qAlpha(px) < 128 ? '0' : (qGray(px) > 200 ? '1' : '2'));
            }
        masks.insert(mask);
    }
    QCOMPARE(masks.size(), all.size());
}

void TestVerdictPalette::badgeSaysItsStateInWords() {
    VerdictBadge badge(QStringLiteral("Bias"));
    QCOMPARE(badge.verdict(), Verdict::Undefined);
    QCOMPARE(badge.accessibleName(),
             QStringLiteral("Bias: %1").arg(verdictLabel(Verdict::Undefined)));
    const int before = badge.sizeHint().width();
    badge.setVerdict(Verdict::Fail, QStringLiteral("2.6 %"));
    QCOMPARE(badge.stateText(), verdictLabel(Verdict::Fail) + QStringLiteral(" 2.6 %"));
    QVERIFY(badge.accessibleName().contains(QStringLiteral("2.6 %")));
    QCOMPARE(badge.toolTip(), badge.accessibleName());
    QVERIFY(badge.sizeHint().width() != before);
    QImage img(badge.sizeHint(), QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    badge.resize(badge.sizeHint());
    badge.render(&img);
    // The failing badge carries the fail colour somewhere (its border and icon).
    const QColor fail = VerdictPalette::forWidget(&badge).colour(Verdict::Fail);
    bool found = false;
    for (int y = 0; y < img.height() && !found; ++y)
        for (int x = 0; x < img.width() && !found; ++x)
            found = QColor(img.pixel(x, y)).rgb() == fail.rgb();
    QVERIFY(found);
}

QTEST_MAIN(TestVerdictPalette)
#include "TestVerdictPalette.moc"
