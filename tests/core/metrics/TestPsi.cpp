#include <QtTest>
#include <cmath>

#include "metrics/GapInterval.h"
#include "metrics/Psi.h"

using namespace countersign;

class TestPsi : public QObject {
    Q_OBJECT
private slots:
    // popmon tests/popmon/analysis/comparison/test_comparisons.py::test_psi:
    // p = [0.85, 0.05, 0.05, 0.05], q = [0.25] * 4, expected 1.699815077214137 to 4 decimals.
    void popmonReference() {
        const std::vector<double> p{0.85, 0.05, 0.05, 0.05};
        const std::vector<double> q{0.25, 0.25, 0.25, 0.25};
        const double psi = Psi::fromProportions(p, q);
        QVERIFY(std::abs(psi - 1.699815077214137) < 1.5e-4);  // popmon's assert_almost_equal(.., 4)
        QVERIFY(std::abs(psi - 1.6999280064337297) < 1e-12);  // numpy, same formula
        QVERIFY(std::abs(Psi::fromProportions(q, p) - psi) < 1e-12);  // symmetric
        QCOMPARE(Psi::fromProportions(q, q), 0.0);
    }

    // Evidently: reference [3, 2, 2], current [1, 2, 3]. Two distinct reference values, so one
    // bin per value seen in either sample: 1 -> (0, 1/3), 2 -> (2/3, 1/3), 3 -> (1/3, 1/3); the
    // empty reference bin becomes 0.0001. PSI ~ 2.934.
    void evidentlyReference() {
        const double psi = Psi::fromCounts({0, 2, 1}, {1, 1, 1});
        QVERIFY(std::abs(psi - 2.9341472484810085) < 1e-12);
        QCOMPARE(QString::number(psi, 'f', 3), QStringLiteral("2.934"));
    }

    void emptyBinRuleBothSides() {
        // Baseline empty in bin 0, current empty in bin 1: both become 0.0001, not renormalised.
        const double psi = Psi::fromProportions({0.0, 1.0}, {1.0, 0.0});
        const double hand =
            (1.0 - 0.0001) * std::log(1.0 / 0.0001) + (0.0001 - 1.0) * std::log(0.0001 / 1.0);
        QVERIFY(std::abs(psi - hand) < 1e-12);
        QVERIFY(std::abs(Psi::fromCounts({0, 4}, {2, 0}) - hand) < 1e-12);
    }

    // Edges as numpy.quantile(x, np.arange(1, 10) / 10) (linear), then numpy.unique.
    void decileEdgesWithTies() {
        std::vector<double> x{1, 2, 2, 2, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9, 10, 10, 10, 10, 11, 12};
        std::reverse(x.begin(), x.end());
        const std::vector<double> edges = Psi::decileEdges(x);
        const std::vector<double> expected{2.0, 3.7, 5.0, 5.5, 7.4, 9.3, 10.0, 10.1};
        QCOMPARE(edges.size(), expected.size());
        for (size_t i = 0; i < edges.size(); ++i)
            QVERIFY2(std::abs(edges[i] - expected[i]) < 1e-12,
                     qPrintable(QString::number(edges[i])));
        // Right-closed bins: 2 belongs to the first bin (-inf, 2], 2.0000001 to (2, 3.7].
        QCOMPARE(Psi::binOf(edges, 2.0), 0);
        QCOMPARE(Psi::binOf(edges, 2.0000001), 1);
        QCOMPARE(Psi::binOf(edges, -100.0), 0);
        QCOMPARE(Psi::binOf(edges, 10.1), 7);
        QCOMPARE(Psi::binOf(edges, 1e9), 8);
    }

    void decileEdgesInterpolate() {
        std::vector<double> y{3.5, 1.25, 7.0, 2.0, 9.75, 4.0, 6.5, 8.0, 5.0, 0.5, 10.0};
        const std::vector<double> edges = Psi::decileEdges(y);
        const std::vector<double> expected{1.25, 2.0, 3.5, 4.0, 5.0, 6.5, 7.0, 8.0, 9.75};
        QCOMPARE(edges.size(), expected.size());
        for (size_t i = 0; i < edges.size(); ++i) QVERIFY(std::abs(edges[i] - expected[i]) < 1e-12);
        std::vector<double> one{4.0};
        QCOMPARE(Psi::decileEdges(one), std::vector<double>{4.0});
    }

    void gapIntervalIsReproducibleAndCoversTheGap() {
        const std::vector<RateCounts> groups{{80, 100}, {60, 100}, {700, 1000}};
        const auto a = bootstrapGapInterval(groups, 2000, 0.95, 7);
        const auto b = bootstrapGapInterval(groups, 2000, 0.95, 7);
        bool seedMatters = false;
        for (quint64 seed = 8; seed < 20 && !seedMatters; ++seed) {
            const auto c = bootstrapGapInterval(groups, 2000, 0.95, seed);
            seedMatters = a->first != c->first || a->second != c->second;
        }
        QVERIFY(seedMatters);
        QVERIFY(a && b);
        QCOMPARE(a->first, b->first);
        QCOMPARE(a->second, b->second);
        QVERIFY(a->first < 0.20 && 0.20 < a->second);  // observed gap 0.8 - 0.6
        QVERIFY(a->first > 0.05 && a->second < 0.40);
        // Degenerate rates: no spread.
        const auto d = bootstrapGapInterval({{10, 10}, {0, 5}}, 500, 0.95, 1);
        QCOMPARE(d->first, 1.0);
        QCOMPARE(d->second, 1.0);
        QVERIFY(!bootstrapGapInterval({}, 100, 0.95, 1));
    }
};

QTEST_GUILESS_MAIN(TestPsi)
#include "TestPsi.moc"
