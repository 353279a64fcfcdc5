#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "TempDir.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/JsonFile.h"
#include "crypto/Sha256.h"

using namespace countersign;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    void shiftedClockStartsAtTheInstantAndRuns() {
        const QDateTime start(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC);
        const ShiftedClock clock(start);
        const QDateTime first = clock.now();
        QVERIFY(qAbs(first.msecsTo(start)) < 1000);
        QCOMPARE(first.timeSpec(), Qt::UTC);
        QTest::qSleep(20);
        QVERIFY(clock.now() > first);
    }
    void sha256KnownAnswers_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        // FIPS 180-2 test vectors.
        QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }
    void sha256KnownAnswers() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hashHex(input), hex);
        Sha256 incremental;
        for (char c : input) incremental.add(QByteArrayView(&c, 1));
        QCOMPARE(incremental.finish().toHex(), hex);
    }

    void canonicalJsonSortsAndCompacts() {
        const QJsonObject o{{QStringLiteral("b"), 1},
                            {QStringLiteral("a"), QJsonArray{true, QJsonValue::Null, 1.5}},
                            {QStringLiteral("\u00e9"), QStringLiteral("line\nbreak \"q\" \u00fc")}};
        QCOMPARE(CanonicalJson::serialize(o),
                 QByteArray("{\"a\":[true,null,1.5],\"b\":1,\"\xc3\xa9\":\"line\\nbreak \\\"q\\\" "
                            "\xc3\xbc\"}"));
    }
    void canonicalJsonNumbers() {
        QCOMPARE(CanonicalJson::serialize(QJsonArray{0, -0.0, 100, 1e21, 0.1, 4.5e-7}),
                 QByteArray("[0,0,100,1e+21,0.1,4.5e-7]"));
    }
    void canonicalJsonControlCharacters() {
        QCOMPARE(CanonicalJson::serialize(QString(QString(QChar(0x01)) + QStringLiteral("\t"))),
                 QByteArray("\"\\u0001\\t\""));
    }

    void jsonFileNamesLineAndColumn() {
        test::TempDir dir;
        const QString path =
            dir.write(QStringLiteral("bad.json"), "{\n  \"a\": 1,\n  \"b\": ]\n}\n");
        auto r = JsonFile::read(path);
        QVERIFY(!r);
        QCOMPARE(r.error().file, path);
        QVERIFY2(r.error().where.startsWith(QStringLiteral("line 3")), qPrintable(r.error().where));
    }
    void jsonFileRejectsEmptyAndStrayText() {
        test::TempDir dir;
        auto empty = JsonFile::read(dir.write(QStringLiteral("e.json"), "  \n"));
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
        auto stray = JsonFile::read(dir.write(QStringLiteral("s.json"), "Fatal error: db\n{}"));
        QVERIFY(!stray);
        QVERIFY(stray.error().message.contains(QStringLiteral("Fatal error")));
    }
    void jsonReaderReportsPointer() {
        const QJsonObject o{
            {QStringLiteral("artefacts"),
             QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("m.onnx")},
                                    {QStringLiteral("size"), QStringLiteral("12")}}}}};
        JsonReader r(QStringLiteral("bundle.json"), o);
        const auto a = r.child(QStringLiteral("artefacts")).at(0);
        QCOMPARE(a.string(QStringLiteral("path")), QStringLiteral("m.onnx"));
        a.integer(QStringLiteral("size"));
        QVERIFY(r.failed());
        QCOMPARE(r.error().where, QStringLiteral("/artefacts/0/size"));
        QVERIFY(r.error().message.contains(QStringLiteral("a string")));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "TestCommon.moc"
