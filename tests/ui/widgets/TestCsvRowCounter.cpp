// Row counting for the panes: data rows after the header, on a pool thread.
#include <sys/stat.h>
#include <QSignalSpy>
#include <QtTest>

#include "TempDir.h"
#include "ui/risk/CsvRowCounter.h"

using namespace countersign::ui;

class TestCsvRowCounter : public QObject {
    Q_OBJECT
private slots:
    void counts_data();
    void counts();
    void missingAndEmptyFilesAreErrors();
    void countsOffTheGuiThreadAndDropsCancelledResults();
};

void TestCsvRowCounter::counts_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("header only") << QByteArray("a,b,c\n") << qint64(0) << 3;
    QTest::newRow("two rows") << QByteArray("a,b\n1,2\n3,4\n") << qint64(2) << 2;
    QTest::newRow("no final newline") << QByteArray("a\n1\n2") << qint64(2) << 1;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << qint64(1) << 2;
}

void TestCsvRowCounter::counts() {
    QFETCH(QByteArray, text);
    QFETCH(qint64, rows);
    QFETCH(int, columns);
    countersign::test::TempDir dir;
    const CsvRowCounter::Shape s = CsvRowCounter::count(dir.write(QStringLiteral("x.csv"), text));
    QVERIFY(s.error.isEmpty());
    QCOMPARE(s.rows, rows);
    QCOMPARE(s.columns, columns);
}

void TestCsvRowCounter::missingAndEmptyFilesAreErrors() {
    countersign::test::TempDir dir;
    CsvRowCounter::Shape s = CsvRowCounter::count(dir.filePath(QStringLiteral("missing.csv")));
    QCOMPARE(s.rows, -1);
    QVERIFY(!s.error.isEmpty());
    s = CsvRowCounter::count(dir.write(QStringLiteral("empty.csv"), {}));
    QCOMPARE(s.rows, -1);
    QVERIFY(!s.error.isEmpty());
    // A named pipe in place of a CSV file is refused by name, never waited on.
    const QString fifo = dir.filePath(QStringLiteral("fifo.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    s = CsvRowCounter::count(fifo);
    QCOMPARE(s.rows, -1);
    QVERIFY2(s.error.contains(QLatin1String("FIFO")), qPrintable(s.error));
}

void TestCsvRowCounter::countsOffTheGuiThreadAndDropsCancelledResults() {
    countersign::test::TempDir dir;
    QByteArray big("id,x\n");
    for (int i = 0; i < 300000; ++i) big += QByteArray::number(i) + ",1\n";
    const QString path = dir.write(QStringLiteral("big.csv"), big);
    CsvRowCounter counter;
    QSignalSpy spy(&counter, &CsvRowCounter::counted);
    counter.start({path});
    counter.cancel();  // dropped
    counter.start({path});
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toLongLong(), 300000);
    QCOMPARE(spy.at(0).at(2).toInt(), 2);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestCsvRowCounter)
#include "TestCsvRowCounter.moc"
