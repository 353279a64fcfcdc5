#include <QJsonArray>
#include <QtTest>

#include "TempDir.h"
#include "gates/BiasGate.h"

using namespace countersign;

namespace {

// Ten rows, hand-counted (score >= 0.5 is predicted positive):
//   sex F: TP FN FP TN        -> TPR 1/2, FPR 1/2, FNR 1/2, selection 2/4
//   sex M: TP TP FN TN        -> TPR 2/3, FPR 0,   FNR 1/3, selection 2/4
//   sex X: TN FP (no positive) -> TPR undefined, FPR 1/2, selection 1/2
//   region N: TP FN TP TN TN  -> TPR 2/3;  region S: FP TN TP FN FP -> TPR 1/2
const QByteArray kRows =
    "label,score,sex,region\n"
    "1,0.9,F,N\n"
    "1,0.4,F,N\n"
    "0,0.6,F,S\n"
    "0,0.1,F,S\n"
    "1,0.8,M,N\n"
    "1,0.7,M,S\n"
    "1,0.3,M,S\n"
    "0,0.2,M,N\n"
    "0,0.1,X,N\n"
    "0,0.9,X,S\n";

BiasConfig scoreConfig() {
    BiasConfig c;
    c.label = QStringLiteral("label");
    c.positiveLabel = QStringLiteral("1");
    c.score = QStringLiteral("score");
    c.threshold = 0.5;
    c.protectedAttributes = {QStringLiteral("sex"), QStringLiteral("region")};
    c.minGroupSupport = 3;
    c.maxGap = 0.2;
    c.maxBadRowShare = 0.2;
    return c;
}

const BiasGroup* group(const BiasAttribute& a, const QString& value) {
    for (const BiasGroup& g : a.groups)
        if (g.value == value)
            return &g;
    return nullptr;
}

}  // namespace

class TestBiasGate : public QObject {
    Q_OBJECT
    test::TempDir* m_dir = nullptr;

    Result<BiasReport> run(const QByteArray& csv, const BiasConfig& config) {
        return BiasGate::evaluate(m_dir->write(QStringLiteral("predictions.csv"), csv), config);
    }

private slots:
    void init() { m_dir = new test::TempDir; }
    void cleanup() { delete m_dir; }

    void handComputedCounts() {
        const Result<BiasReport> r = run(kRows, scoreConfig());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->rows, 10);
        QCOMPARE(r->badRowCount, 0);
        QCOMPARE(r->attributes.size(), 2);
        const BiasAttribute& sex = r->attributes[0];
        QCOMPARE(sex.name, QStringLiteral("sex"));
        const BiasGroup* f = group(sex, QStringLiteral("F"));
        const BiasGroup* m = group(sex, QStringLiteral("M"));
        const BiasGroup* x = group(sex, QStringLiteral("X"));
        QVERIFY(f && m && x);
        QCOMPARE((QList<qint64>{f->tp, f->fp, f->tn, f->fn}), (QList<qint64>{1, 1, 1, 1}));
        QCOMPARE((QList<qint64>{m->tp, m->fp, m->tn, m->fn}), (QList<qint64>{2, 0, 1, 1}));
        QCOMPARE((QList<qint64>{x->tp, x->fp, x->tn, x->fn}), (QList<qint64>{0, 1, 1, 0}));
        QCOMPARE(*f->tpr(), 0.5);
        QCOMPARE(*f->fpr(), 0.5);
        QCOMPARE(*f->fnr(), 0.5);
        QCOMPARE(*f->selectionRate(), 0.5);
        QCOMPARE(*m->tpr(), 2.0 / 3.0);
        QCOMPARE(*m->fpr(), 0.0);
        QCOMPARE(*m->fnr(), 1.0 / 3.0);
        QCOMPARE(*m->selectionRate(), 0.5);
        QVERIFY(!f->flagged && !m->flagged);
        QVERIFY(x->flagged);  // 2 rows < 3
        QVERIFY(std::abs(*sex.gap - 1.0 / 6.0) < 1e-15);
        QCOMPARE(sex.maxGroup, QStringLiteral("M"));
        QCOMPARE(sex.minGroup, QStringLiteral("F"));
        QCOMPARE(sex.status, Verdict::Pass);
        const BiasAttribute& region = r->attributes[1];
        QCOMPARE(*group(region, QStringLiteral("N"))->tpr(), 2.0 / 3.0);
        QCOMPARE(*group(region, QStringLiteral("S"))->tpr(), 0.5);
        QCOMPARE(group(region, QStringLiteral("S"))->fp, 2);
        // Passes, but with a flagged small group: a warning.
        QCOMPARE(r->status, Verdict::Warning);
    }

    void undefinedTprIsNullAndLeftOutOfTheGap() {
        const Result<BiasReport> r = run(kRows, scoreConfig());
        QVERIFY(r.ok());
        const BiasGroup* x = group(r->attributes[0], QStringLiteral("X"));
        QVERIFY(!x->tpr().has_value());
        QVERIFY(!x->fnr().has_value());
        // Counted as 0 the gap would be 2/3; it is 1/6.
        QVERIFY(*r->attributes[0].gap < 0.2);
        const QJsonObject json = r->toJson();
        const QJsonArray groups =
            json[QStringLiteral("attributes")][0][QStringLiteral("groups")].toArray();
        QJsonObject xJson;
        for (const QJsonValue& g : groups)
            if (g[QStringLiteral("value")] == QStringLiteral("X"))
                xJson = g.toObject();
        QVERIFY(xJson[QStringLiteral("tpr")].isNull());
        QVERIFY(xJson[QStringLiteral("fnr")].isNull());
        QCOMPARE(xJson[QStringLiteral("fpr")].toDouble(), 0.5);
        QCOMPARE(xJson[QStringLiteral("flagged")].toBool(), true);
        const QJsonArray ci =
            json[QStringLiteral("attributes")][0][QStringLiteral("gap_ci")].toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(ci[0].toDouble() <= ci[1].toDouble());
    }

    void gapAtTheBoundFails() {
        BiasConfig c;
        c.label = QStringLiteral("y");
        c.positiveLabel = QStringLiteral("yes");
        c.prediction = QStringLiteral("pred");
        c.predictedPositive = {QStringLiteral("yes"), QStringLiteral("Y")};
        c.protectedAttributes = {QStringLiteral("g")};
        c.minGroupSupport = 1;
        c.maxGap = 0.5;
        // A: TP FN -> 1/2; B: TP TP -> 1: gap exactly 0.5
        const QByteArray csv = "y,pred,g\nyes,yes,A\nyes,no,A\nyes,Y,B\nyes,yes,B\nno,no,B\n";
        Result<BiasReport> r = run(csv, c);
        QVERIFY(r.ok());
        QCOMPARE(*r->attributes[0].gap, 0.5);
        QCOMPARE(r->attributes[0].status, Verdict::Fail);
        QCOMPARE(r->status, Verdict::Fail);
        c.maxGap = 0.5000001;
        r = run(csv, c);
        QCOMPARE(r->status, Verdict::Pass);
        const GateResult g = BiasGate::toGateResult(
            *r, c, {{QStringLiteral("evaluation/predictions.csv"), QStringLiteral("ab")}},
            QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC));
        QCOMPARE(g.gate, QStringLiteral("bias"));
        QCOMPARE(g.status, Verdict::Pass);
        QCOMPARE(g.thresholds[QStringLiteral("bias_max_gap")].toDouble(), 0.5000001);
        QCOMPARE(g.measured[QStringLiteral("max_gap")].toDouble(), 0.5000001);
    }

    void badRowsCountedWithLineNumbers() {
        QByteArray csv = kRows;
        csv += "1,abc,M,N\n";                 // line 12: unparsable score
        csv += "1,0.5,M\n";                   // line 13: too few fields
        csv += ",0.5,M,N\n";                  // line 14: missing label
        csv += "\"1\",\"0.9\",\"M\",\"\"\n";  // line 15: missing attribute value
        csv += "1,nan,F,N\n";                 // line 16: NaN score
        BiasConfig c = scoreConfig();
        c.maxBadRowShare = 0.5;
        Result<BiasReport> r = run(csv, c);
        QVERIFY(r.ok());
        QCOMPARE(r->rows, 15);
        QCOMPARE(r->badRowCount, 5);
        QCOMPARE(r->badRows.size(), 5);
        QCOMPARE((QList<qint64>{r->badRows[0].line, r->badRows[1].line, r->badRows[2].line,
                                r->badRows[3].line, r->badRows[4].line}),
                 (QList<qint64>{12, 13, 14, 15, 16}));
        QVERIFY(r->badRows[0].reason.contains(QStringLiteral("abc")));
        QCOMPARE(r->status, Verdict::Warning);
        // Counts unchanged by the bad rows.
        QCOMPARE(group(r->attributes[0], QStringLiteral("M"))->count(), 4);
        // Above the share: an error, never a pass.
        c.maxBadRowShare = 0.3;
        r = run(csv, c);
        QVERIFY(r.ok());
        QCOMPARE(r->status, Verdict::Error);
        c.keptBadRows = 2;
        r = run(csv, c);
        QCOMPARE(r->badRows.size(), 2);
        QCOMPARE(r->badRowCount, 5);
    }

    void unreadableInputIsAnError() {
        BiasConfig c = scoreConfig();
        c.protectedAttributes = {QStringLiteral("ethnicity")};
        Result<BiasReport> r = run(kRows, c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("line 1"));
        QVERIFY(r.error().message.contains(QStringLiteral("ethnicity")));
        r = run(QByteArray(), scoreConfig());
        QVERIFY(!r.ok());
        r = run("label,score,sex,region\n\"1,0.9,F,N\n", scoreConfig());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("line 2"));
        r = BiasGate::evaluate(m_dir->filePath(QStringLiteral("missing.csv")), scoreConfig());
        QVERIFY(!r.ok());
        const GateResult g =
            BiasGate::errorResult(r.error(), scoreConfig(), {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(g.status, Verdict::Error);
        QVERIFY(!g.passed());
        // Only negatives: no TPR anywhere -> error, not a pass.
        r = run("label,score,sex,region\n0,0.9,F,N\n0,0.1,M,S\n", scoreConfig());
        QVERIFY(r.ok());
        QCOMPARE(r->status, Verdict::Error);
        QVERIFY(!r->attributes[0].gap.has_value());
        // A header and no rows: an error that says so (not "0 of 0 rows unreadable").
        r = run("label,score,sex,region\n", scoreConfig());
        QVERIFY(r.ok());
        QCOMPARE(r->status, Verdict::Error);
        QVERIFY2(r->summary.contains(QStringLiteral("no data rows")), qPrintable(r->summary));
        QVERIFY(!r->summary.contains(QStringLiteral("0 of 0")));
    }

    void manyGroupsAndCancellation() {
        QByteArray csv = "label,score,id\n";
        for (int i = 0; i < 70000; ++i)
            csv += QByteArray::number(i % 2) + ",0.7," + QByteArray::number(i % 500) + "\n";
        BiasConfig c;
        c.label = QStringLiteral("label");
        c.positiveLabel = QStringLiteral("1");
        c.score = QStringLiteral("score");
        c.protectedAttributes = {QStringLiteral("id")};
        const Result<BiasReport> r = run(csv, c);
        QVERIFY(r.ok());
        QCOMPARE(r->attributes[0].groups.size(), 500);
        qint64 total = 0;
        for (const BiasGroup& g : r->attributes[0].groups) total += g.count();
        QCOMPARE(total, 70000);
        const QString path = m_dir->write(QStringLiteral("big.csv"), csv);
        const Result<BiasReport> cancelled =
            BiasGate::evaluate(path, c, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
    }
};

QTEST_GUILESS_MAIN(TestBiasGate)
#include "TestBiasGate.moc"
