// RFC 8785 (JSON Canonicalization Scheme) conformance: number serialisation per
// section 3.2.2.3 (ECMAScript Number::toString) and the sample values of Appendix B,
// and property sorting by UTF-16 code units (section 3.2.3).
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "common/CanonicalJson.h"

using namespace countersign;

class TestCanonicalJsonRfc8785 : public QObject {
    Q_OBJECT
private slots:
    void numbers_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("minus zero") << -0.0 << QByteArray("0");
        QTest::newRow("min positive") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("-2^53") << -9007199254740992.0 << QByteArray("-9007199254740992");
        QTest::newRow("2^68") << 295147905179352825856.0 << QByteArray("295147905179352830000");
        QTest::newRow("1e20") << 1e20 << QByteArray("100000000000000000000");
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
        QTest::newRow("1e-6") << 0.000001 << QByteArray("0.000001");
        QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
        QTest::newRow("third") << 333333333.3333333 << QByteArray("333333333.3333333");
        QTest::newRow("4.50") << 4.50 << QByteArray("4.5");
        QTest::newRow("2e-3") << 2e-3 << QByteArray("0.002");
        QTest::newRow("0.000001234") << 0.000001234 << QByteArray("0.000001234");
        QTest::newRow("-1.5e-9") << -1.5e-9 << QByteArray("-1.5e-9");
        QTest::newRow("1.25e25") << 1.25e25 << QByteArray("1.25e+25");
        QTest::newRow("123.456") << 123.456 << QByteArray("123.456");
    }
    void numbers() {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(CanonicalJson::serialize(QJsonValue(value)), expected);
    }

    void keysSortByUtf16CodeUnits() {
        // RFC 8785 section 3.2.3's example: U+1F600 (surrogates D83D DE00) sorts before U+FB33.
        QJsonObject o;
        o.insert(QStringLiteral("\u20ac"), QStringLiteral("Euro Sign"));
        o.insert(QStringLiteral("\r"), QStringLiteral("Carriage Return"));
        o.insert(QStringLiteral("\ufb33"), QStringLiteral("Hebrew Letter Dalet With Dagesh"));
        o.insert(QStringLiteral("1"), QStringLiteral("One"));
        o.insert(QString::fromUtf8("\xf0\x9f\x98\x80"), QStringLiteral("Emoji: Grinning Face"));
        o.insert(QStringLiteral("\u0080"), QStringLiteral("Control"));
        o.insert(QStringLiteral("\u00f6"), QStringLiteral("Latin Small Letter O With Diaeresis"));
        const QByteArray expected = QString::fromUtf8(
                                        "{\"\\r\":\"Carriage "
                                        "Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\","
                                        "\"\xc3\xb6\":\"Latin Small Letter O "
                                        "With Diaeresis\",\"\xe2\x82\xac\":\"Euro "
                                        "Sign\",\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\","
                                        "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}")
                                        .toUtf8();
        QCOMPARE(CanonicalJson::serialize(o), expected);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJsonRfc8785)
#include "TestCanonicalJsonRfc8785.moc"
