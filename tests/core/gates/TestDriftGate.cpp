#include <QJsonArray>
#include <QtTest>
#include <cmath>

#include "TempDir.h"
#include "gates/DriftGate.h"

using namespace countersign;

namespace {

QByteArray column(const QByteArray& name, const QList<QByteArray>& values) {
    QByteArray out = name + "\n";
    for (const QByteArray& v : values) out += v + "\n";
    return out;
}

QList<QByteArray> repeat(const QByteArray& v, int n) {
    return QList<QByteArray>(n, v);
}

}  // namespace

class TestDriftGate : public QObject {
    Q_OBJECT
    test::TempDir* m_dir = nullptr;

    Result<DriftReport> run(const QByteArray& base, const QByteArray& cur,
                            const DriftOptions& options = {}) {
        return DriftGate::evaluate(m_dir->write(QStringLiteral("baseline.csv"), base),
                                   m_dir->write(QStringLiteral("current.csv"), cur), options);
    }

private slots:
    void init() { m_dir = new test::TempDir; }
    void cleanup() { delete m_dir; }

    // Evidently's reference [3, 2, 2] vs current [1, 2, 3]: two distinct baseline values, so
    // one bin per value seen in either sample; the empty baseline bin gets 0.0001.
    void evidentlyExampleThroughFiles() {
        const Result<DriftReport> r =
            run(column("x", {"3", "2", "2"}), column("x", {"1", "2", "3"}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const FeatureDrift& f = r->features[0];
        QCOMPARE(f.kind, QStringLiteral("discrete"));
        QCOMPARE(f.bins.size(), 3);
        QCOMPARE(f.bins[0].label, QStringLiteral("1"));
        QCOMPARE(f.bins[0].baseline, 0.0);
        QCOMPARE(f.bins[0].current, 1.0 / 3.0);
        QCOMPARE(f.bins[1].baseline, 2.0 / 3.0);
        QVERIFY(std::abs(*f.psi - 2.9341472484810085) < 1e-12);
        QCOMPARE(f.status, Verdict::Fail);
        QCOMPARE(r->status, Verdict::Fail);
        QCOMPARE(r->breached().size(), 1);
    }

    // popmon's test_psi proportions [0.85, 0.05, 0.05, 0.05] vs [0.25] * 4 as a categorical
    // feature.
    void popmonExampleAsCategories() {
        QList<QByteArray> base = repeat("a", 17);
        base << "b"
             << "c"
             << "d";
        QList<QByteArray> cur;
        for (const char* v : {"a", "b", "c", "d"}) cur += repeat(v, 5);
        DriftOptions o;
        o.categorical = {QStringLiteral("channel")};
        const Result<DriftReport> r = run(column("channel", base), column("channel", cur), o);
        QVERIFY(r.ok());
        QCOMPARE(r->features[0].kind, QStringLiteral("categorical"));
        QVERIFY(std::abs(*r->features[0].psi - 1.699815077214137) < 1.5e-4);
        QVERIFY(std::abs(*r->features[0].psi - 1.6999280064337297) < 1e-12);
    }

    // Baseline 1..100: deciles 10.9, 20.8, ..., 90.1 (numpy linear); every current value <= 10.
    void numericDecilesWithOpenOuterBins() {
        QList<QByteArray> base, cur;
        for (int i = 1; i <= 100; ++i) base << QByteArray::number(i);
        for (int i = 0; i < 100; ++i) cur << QByteArray::number(-1000 + i * 10.0 / 100.0 * 100);
        const Result<DriftReport> r = run(column("amount", base), column("amount", cur));
        QVERIFY(r.ok());
        const FeatureDrift& f = r->features[0];
        QCOMPARE(f.kind, QStringLiteral("numeric"));
        QCOMPARE(f.bins.size(), 10);
        QVERIFY(!f.bins[0].lower.has_value());
        QVERIFY(std::abs(*f.bins[0].upper - 10.9) < 1e-12);
        QVERIFY(std::abs(*f.bins[9].lower - 90.1) < 1e-12);
        QVERIFY(!f.bins[9].upper.has_value());
        for (const DriftBin& b : f.bins) QCOMPARE(b.baselineCount, 10);
        QCOMPARE(f.bins[0].currentCount, 100);
        const double expected =
            (1.0 - 0.1) * std::log(1.0 / 0.1) + 9 * (0.0001 - 0.1) * std::log(0.0001 / 0.1);
        QVERIFY(std::abs(*f.psi - expected) < 1e-12);
        // The same sample on both sides: PSI 0, pass.
        const Result<DriftReport> same = run(column("amount", base), column("amount", base));
        QCOMPARE(*same->features[0].psi, 0.0);
        QCOMPARE(same->status, Verdict::Pass);
    }

    void missingValuesCountedNotBinned() {
        const Result<DriftReport> r =
            run("x,k\n1,a\n,a\nNA,a\n2,a\nNaN,a\n", "k,x\na,1\na,2\na,null\na,None\na,N/A\n");
        QVERIFY(r.ok());
        const FeatureDrift& f = r->features[0];
        QCOMPARE(f.baselineMissing, 3);
        QCOMPARE(f.currentMissing, 3);
        QCOMPARE(f.baselineCount, 2);
        QCOMPARE(f.currentCount, 2);
        QCOMPARE(*f.psi, 0.0);
        QCOMPARE(r->features.size(), 2);
        const QJsonObject json = r->toJson();
        QCOMPARE(json[QStringLiteral("features")][0][QStringLiteral("baseline_missing")].toInt(),
                 3);
    }

    void breachIsStrictAndWarningBand() {
        const QByteArray base = column("x", {"3", "2", "2"});
        const QByteArray cur = column("x", {"1", "2", "3"});
        DriftOptions o;
        o.breach = 2.9341472484810085 + 1e-9;  // at most the bound: no breach
        o.warning = 0.1;
        Result<DriftReport> r = run(base, cur, o);
        QCOMPARE(r->features[0].status, Verdict::Warning);
        QCOMPARE(r->status, Verdict::Warning);
        QVERIFY(r->breached().isEmpty());
        o.breach = 2.93;
        r = run(base, cur, o);
        QCOMPARE(r->features[0].status, Verdict::Fail);
        o.breach = 5;
        o.warning = 3;
        r = run(base, cur, o);
        QCOMPARE(r->features[0].status, Verdict::Pass);
    }

    void categoricalDetectionAndFeatureSelection() {
        const QByteArray base = "id,country,amount\n1,AU,1.5\n2,NZ,2.5\n3,AU,3.5\n";
        const QByteArray cur = "amount,country,id\n1.5,AU,7\n2.5,AU,8\n3.5,FJ,9\n";
        DriftOptions o;
        o.detectCategorical = true;
        o.ignore = {QStringLiteral("id")};
        Result<DriftReport> r = run(base, cur, o);
        QVERIFY(r.ok());
        QCOMPARE(r->features.size(), 2);
        QCOMPARE(r->features[0].name, QStringLiteral("country"));
        QCOMPARE(r->features[0].kind, QStringLiteral("categorical"));
        QCOMPARE(r->features[0].bins.size(), 3);  // AU, FJ, NZ
        QCOMPARE(r->features[0].bins[1].label, QStringLiteral("FJ"));
        QCOMPARE(r->features[0].bins[1].baselineCount, 0);
        QCOMPARE(r->features[1].kind, QStringLiteral("discrete"));
        o.features = {QStringLiteral("amount")};
        r = run(base, cur, o);
        QCOMPARE(r->features.size(), 1);
        // Without detection a text value in a numeric feature is an error naming the line.
        DriftOptions strict;
        strict.features = {QStringLiteral("country")};
        r = run(base, cur, strict);
        QVERIFY(r.ok());
        QCOMPARE(r->status, Verdict::Error);
        QVERIFY(r->features[0].problem.contains(QStringLiteral("line 2")));
        QVERIFY(!r->features[0].psi.has_value());
    }

    void unreadableInputIsAnError() {
        DriftOptions o;
        o.features = {QStringLiteral("missing_col")};
        Result<DriftReport> r = run(column("x", {"1"}), column("x", {"1"}), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("line 1"));
        r = run(column("x", {"1"}), QByteArray());
        QVERIFY(!r.ok());
        r = run("x,y\n,1\nNA,2\n", "x,y\n1,1\n");
        QVERIFY(r.ok());
        QCOMPARE(r->status, Verdict::Error);  // no baseline values
        r = run("a,b\n1,2\n1\n", "a,b\n1,2\n");
        QVERIFY(r.ok());
        QCOMPARE(r->badRowCount, 1);
        QCOMPARE(r->status, Verdict::Error);
        QVERIFY(r->badRows[0].contains(QStringLiteral("line 3")));
    }

    void gateResult() {
        const Result<DriftReport> r =
            run(column("x", {"3", "2", "2"}), column("x", {"1", "2", "3"}));
        const GateResult g =
            DriftGate::toGateResult(*r, DriftOptions{}, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(g.gate, QStringLiteral("drift"));
        QCOMPARE(g.status, Verdict::Fail);
        QCOMPARE(g.thresholds[QStringLiteral("drift_psi_breach")].toDouble(), 0.2);
        QCOMPARE(g.measured[QStringLiteral("breached")].toArray().first().toString(),
                 QStringLiteral("x"));
        QVERIFY(g.summary.contains(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestDriftGate)
#include "TestDriftGate.moc"
