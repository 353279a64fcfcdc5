#include <QBarSet>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

#include "RiskFixture.h"
#include "TempDir.h"
#include "ui/risk/RiskReviewWidget.h"
#include "ui/widgets/VerdictPalette.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestRiskReview : public QObject {
    Q_OBJECT
private slots:
    void showsFailedBiasAndDriftBreach() {
        test::TempDir dir;
        const QString id = test::writeRiskWorkspace(dir.path());
        auto ws = Workspace::open(dir.path());
        QVERIFY(ws.ok());
        auto bundle = ws->findBundle(id);
        QVERIFY(bundle.ok());
        RiskReviewWidget w;
        QSignalSpy done(&w, &RiskReviewWidget::gatesFinished);
        w.setBundle(*bundle, ws->controls());
        QVERIFY(done.wait(20000));
        QCOMPARE(w.biasRun()->result.status, Verdict::Fail);
        QCOMPARE(w.driftRun()->result.status, Verdict::Fail);
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("biasTabs"));
        QCOMPARE(tabs->count(), 2);
        QVERIFY(tabs->tabText(0).contains(QStringLiteral("gender")));
        auto* chart = w.findChild<QChartView*>(QStringLiteral("biasChart_gender"));
        QVERIFY(chart && chart->chart()->title().contains(QStringLiteral("gap 10.0 %")));
        QVERIFY(chart->chart()->title().contains(QStringLiteral("resampled, 95 %")));
        QVERIFY(chart->toolTip().contains(QStringLiteral("bootstrap")));
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("confusionTable_gender"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("70"));
        QVERIFY(table->item(2, 9)->text().contains(QStringLiteral("below")));
        // Group X has no actual positives: its TPR is undefined, and the table says why.
        QCOMPARE(table->item(2, 6)->text(), QStringLiteral("n/a: no positives"));
        QVERIFY(table->item(2, 6)->toolTip().contains(QStringLiteral("not in the gap")));
        auto* features = w.findChild<QListWidget*>(QStringLiteral("featureList"));
        QCOMPARE(features->currentItem()->text(), QStringLiteral("channel"));
        // The charts take their verdict colours from the one verdict palette.
        const VerdictPalette verdicts = VerdictPalette::forWidget(&w);
        QCOMPARE(features->currentItem()->foreground().color(), verdicts.colour(Verdict::Fail));
        auto* psi = w.findChild<QChartView*>(QStringLiteral("psiChart"));
        QVERIFY(psi && !psi->chart()->series().isEmpty());
        auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(psi->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);  // the drift fixture has passing and breached features
        for (QBarSet* set : bars->barSets()) {
            const Verdict v =
                set->label() == QStringLiteral("breach") ? Verdict::Fail : Verdict::Pass;
            QCOMPARE(set->color(), verdicts.colour(v));
        }
        // Without an operator and store nothing can be signed; the reasons are in tooltips.
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("overrideButton"))->isEnabled());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("hotfixButton"))->isEnabled());

        const QString shots = qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS");
        if (!shots.isEmpty()) {
            for (const QSize& size : {QSize(1280, 800), QSize(640, 480)}) {
                for (bool dark : {false, true}) {
                    QPalette p;
                    if (dark) {
                        p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
                        p.setColor(QPalette::WindowText, Qt::white);
                        p.setColor(QPalette::Base, QColor(0x2a, 0x2c, 0x30));
                        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
                        p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x39));
                        p.setColor(QPalette::ButtonText, Qt::white);
                    }
                    w.setPalette(p);
                    w.setBundle(*bundle, ws->controls());
                    QVERIFY(done.wait(20000));
                    w.resize(size);
                    w.show();
                    QTest::qWait(50);
                    w.grab().save(
                        QStringLiteral("%1/risk-%2x%3-%4.png")
                            .arg(shots)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
                }
            }
        }
    }
};

QTEST_MAIN(TestRiskReview)
#include "TestRiskReview.moc"
