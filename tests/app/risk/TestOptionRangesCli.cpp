// Numeric options and thresholds through the real countersign-cli binary (COUNTERSIGN_BIN_DIR):
// NaN, infinities, values out of range and a PSI warning above the breach are bad input (exit 2)
// naming the option (or controls.json and its JSON pointer) and the allowed range; the same
// ranges (ControlsRanges) hold for both. A CSV header naming a column twice is an error naming
// the file, line 1 and the column.
#include <QDir>
#include <QtTest>

#include "CliProcess.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"

namespace {

using Run = countersign::test::CliRun;

Run cli(const QStringList& args) {
    return countersign::test::runCli(args);
}

// Two groups, both with positives; group b is predicted positive on every row.
const QByteArray kPredictions =
    "label,score,group\n1,0.9,a\n1,0.2,a\n0,0.1,a\n1,0.9,b\n0,0.8,b\n1,0.7,b\n";
// One numeric feature that moves a lot (PSI far above 0.2).
QByteArray sample(int offset) {
    QByteArray out = "amount\n";
    for (int i = 0; i < 200; ++i) out += QByteArray::number(i + offset) + '\n';
    return out;
}

}  // namespace

class TestOptionRangesCli : public QObject {
    Q_OBJECT
    std::unique_ptr<countersign::test::TempDir> m_dir;

    QStringList bias(const QStringList& extra) const {
        return QStringList{QStringLiteral("bias"),
                           QStringLiteral("--predictions"),
                           m_dir->filePath(QStringLiteral("p.csv")),
                           QStringLiteral("--label"),
                           QStringLiteral("label"),
                           QStringLiteral("--positive-label"),
                           QStringLiteral("1"),
                           QStringLiteral("--score"),
                           QStringLiteral("score"),
                           QStringLiteral("--threshold"),
                           QStringLiteral("0.5"),
                           QStringLiteral("--group"),
                           QStringLiteral("group"),
                           QStringLiteral("--min-support"),
                           QStringLiteral("1")} +
               extra;
    }
    QStringList drift(const QStringList& extra) const {
        return QStringList{QStringLiteral("drift"), QStringLiteral("--baseline"),
                           m_dir->filePath(QStringLiteral("base.csv")), QStringLiteral("--current"),
                           m_dir->filePath(QStringLiteral("cur.csv"))} +
               extra;
    }

private slots:
    void init() {
        m_dir = std::make_unique<countersign::test::TempDir>();
        m_dir->write(QStringLiteral("p.csv"), kPredictions);
        m_dir->write(QStringLiteral("base.csv"), sample(0));
        m_dir->write(QStringLiteral("cur.csv"), sample(150));
    }

    void biasOptionOutOfRangeIsBadInputNamingIt_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("range");
        QTest::newRow("threshold nan") << QStringLiteral("threshold") << QStringLiteral("nan")
                                       << QStringLiteral("a finite number");
        QTest::newRow("threshold inf") << QStringLiteral("threshold") << QStringLiteral("inf")
                                       << QStringLiteral("a finite number");
        QTest::newRow("max-gap 5")
            << QStringLiteral("max-gap") << QStringLiteral("5") << QStringLiteral("(0, 1]");
        QTest::newRow("max-gap negative")
            << QStringLiteral("max-gap") << QStringLiteral("-0.1") << QStringLiteral("(0, 1]");
        QTest::newRow("max-gap 0")
            << QStringLiteral("max-gap") << QStringLiteral("0") << QStringLiteral("(0, 1]");
        QTest::newRow("max-gap nan")
            << QStringLiteral("max-gap") << QStringLiteral("nan") << QStringLiteral("(0, 1]");
        QTest::newRow("min-support 0") << QStringLiteral("min-support") << QStringLiteral("0")
                                       << QStringLiteral("an integer from 1");
        QTest::newRow("min-support 2.5") << QStringLiteral("min-support") << QStringLiteral("2.5")
                                         << QStringLiteral("an integer from 1");
        QTest::newRow("bad-row-share 2") << QStringLiteral("max-bad-row-share")
                                         << QStringLiteral("2") << QStringLiteral("[0, 1]");
        QTest::newRow("seed -1") << QStringLiteral("seed") << QStringLiteral("-1")
                                 << QStringLiteral("an integer from 0");
    }
    void biasOptionOutOfRangeIsBadInputNamingIt() {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, range);
        const Run r = cli(bias({QStringLiteral("--") + option, value}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--") + option), qPrintable(r.all()));
        QVERIFY2(r.err.contains(range), qPrintable(r.all()));
    }

    void biasWithinRangeRuns() {
        const Run r = cli(bias({QStringLiteral("--max-gap"), QStringLiteral("1")}));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
    }

    void driftOptionOutOfRangeOrOrderIsBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("breach nan")
            << QStringList{QStringLiteral("--breach"), QStringLiteral("nan")}
            << QStringLiteral("--breach must be");
        QTest::newRow("breach 0") << QStringList{QStringLiteral("--breach"), QStringLiteral("0")}
                                  << QStringLiteral("(0, 100]");
        QTest::newRow("breach -1") << QStringList{QStringLiteral("--breach"), QStringLiteral("-1")}
                                   << QStringLiteral("(0, 100]");
        QTest::newRow("breach inf")
            << QStringList{QStringLiteral("--breach"), QStringLiteral("inf")}
            << QStringLiteral("(0, 100]");
        QTest::newRow("warning above breach")
            << QStringList{QStringLiteral("--breach"), QStringLiteral("0.2"),
                           QStringLiteral("--warning"), QStringLiteral("0.3")}
            << QStringLiteral("--warning (0.3) is above");
        QTest::newRow("min-sample 0")
            << QStringList{QStringLiteral("--min-sample"), QStringLiteral("0")}
            << QStringLiteral("--min-sample must be an integer from 1");
        QTest::newRow("warning above default breach")
            << QStringList{QStringLiteral("--warning"), QStringLiteral("0.5")}
            << QStringLiteral("--breach (0.2)");
    }
    void driftOptionOutOfRangeOrOrderIsBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(drift(args));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.all()));
    }

    void driftBreachStillFailsWithValidBounds() {
        const Run r = cli(drift({QStringLiteral("--breach"), QStringLiteral("0.2")}));
        QVERIFY2(r.code == 1, qPrintable(r.all()));
    }

    // A sample below the minimum gets no PSI: the gate is an error (exit 2), never a breach
    // or a pass computed from a handful of rows.
    void driftSampleBelowTheMinimumIsAnError() {
        m_dir->write(QStringLiteral("base.csv"), "amount\n5\n");
        Run r = cli(drift({}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("insufficient baseline sample: 1 values, fewer "
                                               "than the 100")),
                 qPrintable(r.all()));
        m_dir->write(QStringLiteral("base.csv"), sample(0));
        r = cli(drift({QStringLiteral("--min-sample"), QStringLiteral("201")}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("insufficient baseline sample: 200 values")),
                 qPrintable(r.all()));
        r = cli(drift({QStringLiteral("--min-sample"), QStringLiteral("200")}));
        QCOMPARE(r.code, 1);
    }

    // With MODEL@VERSION the gate runs on the workspace's rules: an option that would set a
    // threshold or a column is refused by name, never ignored in silence.
    void thresholdOptionsWithABundleAreRefused() {
        const QString ws = m_dir->filePath(QStringLiteral("ws"));
        QVERIFY(countersign::test::copyTree(
            countersign::test::testDataDir() + QStringLiteral("/workspace/base"), ws));
        const QString bundle = QStringLiteral("fraud-detection@2026.10.0");
        for (const QStringList& args :
             {QStringList{QStringLiteral("bias"), bundle, QStringLiteral("--max-gap"),
                          QStringLiteral("1")},
              QStringList{QStringLiteral("bias"), bundle, QStringLiteral("--threshold"),
                          QStringLiteral("0.9")},
              QStringList{QStringLiteral("drift"), bundle, QStringLiteral("--breach"),
                          QStringLiteral("50")},
              QStringList{QStringLiteral("drift"), bundle, QStringLiteral("--ignore"),
                          QStringLiteral("amount")}}) {
            const Run r = cli(QStringList{QStringLiteral("--workspace"), ws} + args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(args[2]) && r.err.contains(QStringLiteral("controls.json")),
                     qPrintable(r.all()));
        }
    }

    void integrityThreadsOutOfRangeIsBadInput() {
        const QString manifest = m_dir->write(QStringLiteral("m/SHA256SUMS"), QByteArray());
        for (const QString& v : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("x"),
                                 QStringLiteral("100000")}) {
            const Run r =
                cli({QStringLiteral("integrity"), QStringLiteral("verify"),
                     QStringLiteral("--manifest"), manifest, QStringLiteral("--threads"), v});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--threads must be an integer from 1 to 1024")),
                     qPrintable(r.all()));
        }
    }

    void controlsThresholdOutOfRangeNamesPointerAndRange() {
        const QString ws = m_dir->filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(ws));
        QVERIFY(countersign::test::copyTree(
            countersign::test::testDataDir() + QStringLiteral("/workspace/base"), ws));
        const QString controls = QStringLiteral("ws/config/ml/controls.json");
        struct Case {
            QByteArray thresholds, pointer, range;
        };
        for (const Case& c :
             {Case{"\"bias_max_gap\": 5", "/thresholds/bias_max_gap", "(0, 1]"},
              Case{"\"bias_min_group_support\": 0", "/thresholds/bias_min_group_support",
                   "an integer from 1"},
              Case{"\"drift_psi_breach\": 0", "/thresholds/drift_psi_breach", "(0, 100]"},
              Case{"\"drift_min_sample\": 0", "/thresholds/drift_min_sample", "an integer from 1"},
              Case{"\"drift_psi_breach\": 0.2, \"drift_psi_warning\": 0.3",
                   "/thresholds/drift_psi_warning", "is above drift_psi_breach"}}) {
            m_dir->write(controls, "{\"schema\": \"countersign.controls/v1\", \"thresholds\": {" +
                                       c.thresholds + "}}");
            const Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"),
                               QStringLiteral("check")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.all().contains(QStringLiteral("controls.json")), qPrintable(r.all()));
            QVERIFY2(r.all().contains(QString::fromLatin1(c.pointer)), qPrintable(r.all()));
            QVERIFY2(r.all().contains(QString::fromLatin1(c.range)), qPrintable(r.all()));
        }
    }

    void singleClassPredictionsWarn() {
        for (const auto& [threshold, which] :
             {std::pair{QStringLiteral("2"), QStringLiteral("nothing is predicted positive")},
              std::pair{QStringLiteral("-1"),
                        QStringLiteral("everything is predicted positive")}}) {
            QStringList args = bias({});
            args[args.indexOf(QStringLiteral("--threshold")) + 1] = threshold;
            const Run r = cli(args);
            QCOMPARE(r.code, 0);  // a warning, not a pass in silence
            QVERIFY2(r.out.contains(QStringLiteral("WARNING"), Qt::CaseInsensitive),
                     qPrintable(r.all()));
            QVERIFY2(r.out.contains(which), qPrintable(r.all()));
            const Run j = cli(QStringList{QStringLiteral("--json")} + args);
            QVERIFY2(j.out.contains(QStringLiteral("\"single_class\"")), qPrintable(j.all()));
        }
    }

    void groupWithoutPositivesIsShownAsUndefined() {
        m_dir->write(QStringLiteral("p.csv"), kPredictions + "0,0.9,c\n0,0.1,c\n");
        const Run r = cli(bias({}));
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.all()));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        bool shown = false;
        for (const QString& line : lines)
            if (line.trimmed().startsWith(QLatin1String("c ")))
                shown = line.contains(QStringLiteral("n/a")) &&
                        line.contains(QStringLiteral("no actual positives: TPR undefined"));
        QVERIFY2(shown, qPrintable(r.out));
    }

    void duplicateCsvHeaderIsAnErrorNamingFileLineAndColumn() {
        m_dir->write(QStringLiteral("p.csv"), "label,score,group,score\n1,0.9,a,0.1\n");
        Run r = cli(bias({}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("p.csv")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("line 1")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("\"score\" is given twice")), qPrintable(r.all()));

        m_dir->write(QStringLiteral("cur.csv"), "amount,amount\n1,2\n");
        r = cli(drift({}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cur.csv")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("line 1")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("\"amount\" is given twice")), qPrintable(r.all()));
    }
};

QTEST_GUILESS_MAIN(TestOptionRangesCli)
#include "TestOptionRangesCli.moc"
