#include <sys/stat.h>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "TempDir.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/JsonFile.h"
#include "common/SafeFile.h"
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
        QVERIFY2(r.error().where.contains(QStringLiteral("line 3, column 8")),
                 qPrintable(r.error().where));
    }
    void jsonFileRejectsEmptyAndStrayText() {
        test::TempDir dir;
        auto empty = JsonFile::read(dir.write(QStringLiteral("e.json"), "  \n"));
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
        auto stray = JsonFile::read(dir.write(QStringLiteral("s.json"), "Fatal error: db\n{}"));
        QVERIFY(!stray);
        // The bytes of a file that is not JSON are never quoted (they may be a secret).
        QVERIFY(!stray.error().toString().contains(QStringLiteral("Fatal error")));
        QVERIFY2(stray.error().where.contains(QStringLiteral("byte 0")),
                 qPrintable(stray.error().where));
    }
    void strictJsonNamesPointerAndReason_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("duplicate bias_max_gap")
            << QByteArray("{\"thresholds\": {\"bias_max_gap\": 0.02, \"bias_max_gap\": 1.0}}")
            << QStringLiteral("/thresholds/bias_max_gap") << QStringLiteral("twice");
        QTest::newRow("duplicate Trivy Severity")
            << QByteArray(
                   "{\"Results\":[{\"Vulnerabilities\":[{\"Severity\":\"CRITICAL\","
                   "\"Severity\":\"LOW\"}]}]}")
            << QStringLiteral("/Results/0/Vulnerabilities/0/Severity") << QStringLiteral("twice");
        QTest::newRow("duplicate key spelled with an escape")
            << QByteArray("{\"sha256\": \"a\", \"sha\\u0032\u0035\u0036\": \"b\"}")
            << QStringLiteral("/sha256") << QStringLiteral("twice");
        QTest::newRow("invalid escape") << QByteArray("{\"owner\": \"a\\qb\"}")
                                        << QStringLiteral("/owner") << QStringLiteral("escape");
        QTest::newRow("raw control character")
            << QByteArray(
                   "{\"owner\": \"a\x01"
                   "b\"}")
            << QStringLiteral("/owner") << QStringLiteral("U+0001");
        QTest::newRow("lone high surrogate")
            << QByteArray("{\"a\": [\"x\\ud800\"]}") << QStringLiteral("/a/0")
            << QStringLiteral("high surrogate");
        QTest::newRow("lone low surrogate")
            << QByteArray("{\"a\": \"\\udc00\"}") << QStringLiteral("/a")
            << QStringLiteral("low surrogate");
        QTest::newRow("number out of range") << QByteArray("{\"size\": 1e999}")
                                             << QStringLiteral("/size") << QStringLiteral("range");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xC3\x28\"}")
                                       << QStringLiteral("/a") << QStringLiteral("UTF-8");
    }
    void strictJsonNamesPointerAndReason() {
        QFETCH(QByteArray, text);
        QFETCH(QString, pointer);
        QFETCH(QString, reason);
        test::TempDir dir;
        const QString path = dir.write(QStringLiteral("c.json"), text);
        auto r = JsonFile::read(path);
        QVERIFY(!r);
        QCOMPARE(r.error().file, path);
        QVERIFY2(r.error().where.startsWith(QStringLiteral("line 1")) &&
                     r.error().where.endsWith(QStringLiteral("at ") + pointer),
                 qPrintable(r.error().where));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        // Valid JSON still parses, including a surrogate pair and big but finite numbers.
        QVERIFY(JsonFile::parse("{\"a\": \"\\ud83d\\ude00\", \"b\": 1e308, \"c\": [1, {}]}", path));
    }
    void byteOrderMarkIsNamed() {
        test::TempDir dir;
        auto r = JsonFile::read(dir.write(QStringLiteral("b.json"), "\xEF\xBB\xBF{}"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("byte order mark")),
                 qPrintable(r.error().message));
    }
    void safeFileRefusesLinksFifosAndFoldersByName() {
        test::TempDir dir;
        const QString target = dir.write(QStringLiteral("outside/key.pem"), "SECRET-KEY");
        dir.write(QStringLiteral("bundle/real.json"), "{}");
        const QString bundle = dir.path() + QStringLiteral("/bundle");
        QVERIFY(QFile::link(QStringLiteral("/proc/self/environ"),
                            bundle + QStringLiteral("/env.json")));
        QVERIFY(QFile::link(target, bundle + QStringLiteral("/key.json")));
        QVERIFY(QFile::link(QStringLiteral("real.json"), bundle + QStringLiteral("/inside.json")));
        QCOMPARE(
            ::mkfifo(QFile::encodeName(bundle + QStringLiteral("/pipe.json")).constData(), 0600),
            0);
        QDir().mkpath(bundle + QStringLiteral("/sub"));
        for (const QString& name : {QStringLiteral("env.json"), QStringLiteral("key.json")}) {
            auto r = SafeFile::readInside(bundle, name, 1 << 20);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QStringLiteral("leaves the bundle")),
                     qPrintable(r.error().message));
            QVERIFY(!r.error().toString().contains(QStringLiteral("SECRET")));
            auto plain = SafeFile::read(bundle + QLatin1Char('/') + name, 1 << 20);
            QVERIFY(!plain);
            QVERIFY(plain.error().message.contains(QStringLiteral("symbolic link")));
        }
        auto fifo = SafeFile::readInside(bundle, QStringLiteral("pipe.json"), 1 << 20);  // no hang
        QVERIFY(!fifo);
        QVERIFY2(fifo.error().message.contains(QStringLiteral("FIFO")),
                 qPrintable(fifo.error().message));
        auto sub = SafeFile::readInside(bundle, QStringLiteral("sub"), 1 << 20);
        QVERIFY(!sub);
        QVERIFY(sub.error().message.contains(QStringLiteral("folder")));
        auto inside = SafeFile::readInside(bundle, QStringLiteral("inside.json"), 1 << 20);
        QVERIFY(inside);
        QCOMPARE(*inside, QByteArray("{}"));
        auto big = SafeFile::readInside(bundle, QStringLiteral("real.json"), 1);
        QVERIFY(!big);
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
