#include <QtTest>

#include "TempDir.h"
#include "metrics/CsvReader.h"

using namespace countersign;

namespace {
// All records of the input as string lists, read with a given block size.
QList<QStringList> readAll(const QByteArray& bytes, qsizetype block, QList<qint64>* lines = nullptr,
                           std::optional<Error>* error = nullptr) {
    CsvReader csv(block);
    csv.openBytes(bytes, QStringLiteral("t.csv"));
    QList<QStringList> out;
    while (csv.next()) {
        out << csv.fieldsAsStrings();
        if (lines)
            *lines << csv.line();
    }
    if (error)
        *error = csv.error();
    return out;
}
}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void records_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QStringList cd{QStringLiteral("c"), QStringLiteral("d")};
        QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << QList<QStringList>{ab, cd}
                            << QList<qint64>{1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << QList<QStringList>{ab, cd}
                              << QList<qint64>{1, 2};
        QTest::newRow("no final newline")
            << QByteArray("a,b\nc,d") << QList<QStringList>{ab, cd} << QList<qint64>{1, 2};
        QTest::newRow("bom") << QByteArray(
                                    "\xEF\xBB\xBF"
                                    "a,b\nc,d\n")
                             << QList<QStringList>{ab, cd} << QList<qint64>{1, 2};
        QTest::newRow("blank lines skipped")
            << QByteArray("a,b\n\r\n\nc,d\n") << QList<QStringList>{ab, cd} << QList<qint64>{1, 4};
        QTest::newRow("quoted comma")
            << QByteArray("\"a,1\",b\nc,d\n")
            << QList<QStringList>{{QStringLiteral("a,1"), QStringLiteral("b")}, cd}
            << QList<qint64>{1, 2};
        QTest::newRow("embedded newline crlf")
            << QByteArray("\"a\r\nx\",b\r\nc,d\r\n")
            << QList<QStringList>{{QStringLiteral("a\r\nx"), QStringLiteral("b")}, cd}
            << QList<qint64>{1, 3};
        QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"hi\"\"\",\"\"\n")
            << QList<QStringList>{{QStringLiteral("say \"hi\""), QString()}} << QList<qint64>{1};
        QTest::newRow("empty fields")
            << QByteArray(",\n,,x\n")
            << QList<QStringList>{{QString(), QString()},
                                  {QString(), QString(), QStringLiteral("x")}}
            << QList<qint64>{1, 2};
        QTest::newRow("utf8") << QByteArray("gr\xC3\xBCn,\"\xC3\xA9t\xC3\xA9\"\n")
                              << QList<QStringList>{{QStringLiteral("gr\u00fcn"),
                                                     QStringLiteral("\u00e9t\u00e9")}}
                              << QList<qint64>{1};
        QTest::newRow("quoted last field crlf")
            << QByteArray("a,\"b\"\r\nc,d") << QList<QStringList>{ab, cd} << QList<qint64>{1, 2};
    }
    void records() {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<qint64>, lines);
        // Tiny blocks force records across block boundaries; large blocks take the fast path.
        for (qsizetype block : {qsizetype(16), qsizetype(17), qsizetype(4096)}) {
            QList<qint64> got;
            std::optional<Error> error;
            QCOMPARE(readAll(input, block, &got, &error), expected);
            QCOMPARE(got, lines);
            QVERIFY(!error);
        }
    }

    void unterminatedQuoteIsAnError() {
        std::optional<Error> error;
        const auto rows = readAll(QByteArray("a,b\n\"open,c\nd,e\n"), 4096, nullptr, &error);
        QCOMPARE(rows.size(), 1);
        QVERIFY(error.has_value());
        QCOMPARE(error->where, QStringLiteral("line 2"));
        QCOMPARE(error->file, QStringLiteral("t.csv"));
    }

    void textAfterClosingQuoteIsMalformed() {
        CsvReader csv;
        csv.openBytes("\"a\"x,b\nc,d\n");
        QVERIFY(csv.next());
        QVERIFY(csv.malformed());
        QVERIFY(csv.next());
        QVERIFY(!csv.malformed());
        QCOMPARE(csv.fieldsAsStrings(), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    }

    void longRecordGrowsTheBuffer() {
        const QByteArray big(100000, 'x');
        const QByteArray input = "a," + big + "\n\"" + big + "\n" + big + "\",z\n";
        const auto rows = readAll(input, 64);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][1].size(), big.size());
        QCOMPARE(rows[1][0].size(), 2 * big.size() + 1);
        QCOMPARE(rows[1][1], QStringLiteral("z"));
    }

    void fileAndProgress() {
        test::TempDir dir;
        const QString path = dir.write(QStringLiteral("x.csv"), "h1,h2\n1,2\n3,4\n");
        CsvReader csv;
        QVERIFY(csv.open(path).ok());
        QCOMPARE(csv.totalBytes(), 14);
        int n = 0;
        while (csv.next()) ++n;
        QCOMPARE(n, 3);
        QCOMPARE(csv.bytesConsumed(), 14);
        CsvReader missing;
        const Status s = missing.open(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
