#include <QtTest>

#include "crypto/ProcessHardening.h"
#include "crypto/SecretBytes.h"

using namespace countersign;

class TestSecretBytes : public QObject {
    Q_OBJECT
private slots:
    void appendGrowsAndKeepsContent() {
        SecretBytes s;
        QByteArray expected;
        for (int i = 0; i < 1000; ++i) {
            const char c = static_cast<char>('a' + i % 26);
            s.append(c);
            expected.append(c);
        }
        QCOMPARE(s.size(), expected.size());
        QCOMPARE(s.view(), QByteArrayView(expected));
    }
    void removeLastRemovesWholeUtf8Sequence() {
        SecretBytes s(QByteArrayView("ab\xc3\xa9"));  // "abé"
        QCOMPARE(s.codePoints(), 3);
        s.removeLast();
        QCOMPARE(s.view(), QByteArrayView("ab"));
        s.removeLast();
        s.removeLast();
        s.removeLast();
        QVERIFY(s.isEmpty());
    }
    void takeFromStringWipesSource() {
        QString text = QStringLiteral("correct horse \u00fc");
        const SecretBytes s = SecretBytes::takeFromString(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(s.view(), QByteArrayView("correct horse \xc3\xbc"));
    }
    void equalsComparesContent() {
        QVERIFY(SecretBytes(QByteArrayView("abc")).equals(SecretBytes(QByteArrayView("abc"))));
        QVERIFY(!SecretBytes(QByteArrayView("abc")).equals(SecretBytes(QByteArrayView("abd"))));
        QVERIFY(!SecretBytes(QByteArrayView("abc")).equals(SecretBytes(QByteArrayView("ab"))));
        QVERIFY(SecretBytes().equals(SecretBytes()));
    }
    void copyAndMove() {
        SecretBytes a(QByteArrayView("secret"));
        SecretBytes b = a;
        QCOMPARE(b.view(), QByteArrayView("secret"));
        SecretBytes c = std::move(a);
        QCOMPARE(c.view(), QByteArrayView("secret"));
        QVERIFY(a.isEmpty());  // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        c.clear();
        QVERIFY(c.isEmpty());
        QVERIFY(c.data() == nullptr);
    }
    void processHardeningDisablesCoreDumps() {
        QVERIFY(ProcessHardening::disableCoreDumps().ok());
        QVERIFY(ProcessHardening::coreDumpsDisabled());
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "TestSecretBytes.moc"
