#include <openssl/evp.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "crypto/Dsse.h"
#include "crypto/OperatorKey.h"

using namespace countersign;

namespace {

// Ed25519 public keys of the DSSE test vectors (RFC 8032 section 7.1, TEST 1 and TEST 2).
const QByteArray kKeyA =
    QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray kKeyB =
    QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");

bool ed25519Verify(const QByteArray& publicKey, QByteArrayView message, QByteArrayView sig) {
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.data()),
        static_cast<size_t>(publicKey.size()));
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = key && ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(sig.data()),
                                     static_cast<size_t>(sig.size()),
                                     reinterpret_cast<const unsigned char*>(message.data()),
                                     static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

DsseVerifier verifierFor(const QString& name) {
    const QByteArray pub = name == QLatin1String("A") ? kKeyA : kKeyB;
    return {name, name,
            [pub](QByteArrayView m, QByteArrayView s) { return ed25519Verify(pub, m, s); }};
}

const QString kStatement =
    QStringLiteral("eyJfdHlwZSI6Imh0dHBzOi8vaW4tdG90by5pby9TdGF0ZW1lbnQvdjEifQ==");
const QString kSigA = QStringLiteral(
    "2WAfaHm5jluo0w+0rk8uVkluELJYWjSmU9x7EUzx+AyteDGJ4/nqyJXfmAUVFIAoQafWm7AxBZNw5M9ixNHiCA==");
const QString kSigB = QStringLiteral(
    "c1+67/aT0yqEpwx8PsVY3MLHsj9D0CZ014/Fv/QlG59P+9CobUZ7xECJ/V3USG0Ob9CiE5LjReEZUzNF2l7eBw==");
const QString kInToto = QStringLiteral("application/vnd.in-toto+json");
const QByteArray kStatementPae =
    "445353457631203238206170706c69636174696f6e2f766e642e696e2d746f746f2b6a736f6e203433207b225f7479"
    "7065"
    "223a2268747470733a2f2f696e2d746f746f2e696f2f53746174656d656e742f7631227d";

QJsonObject envelope(const QString& type, const QString& payload, const QList<QStringList>& sigs) {
    QJsonArray a;
    for (const auto& s : sigs) {
        QJsonObject o{{QStringLiteral("sig"), s.at(1)}};
        if (!s.at(0).isEmpty())
            o.insert(QStringLiteral("keyid"), s.at(0));
        a.append(o);
    }
    return {{QStringLiteral("payload"), payload},
            {QStringLiteral("payloadType"), type},
            {QStringLiteral("signatures"), a}};
}

}  // namespace

class TestDsse : public QObject {
    Q_OBJECT
private slots:
    void paeOfTheSpecExample() {
        QCOMPARE(Dsse::pae(QStringLiteral("http://example.com/HelloWorld"), "hello world"),
                 QByteArray("DSSEv1 29 http://example.com/HelloWorld 11 hello world"));
        QCOMPARE(Dsse::pae(kInToto, ""), QByteArray("DSSEv1 28 application/vnd.in-toto+json 0 "));
    }

    // github.com/secure-systems-lab/dsse testvectors/vectors.json, every vector.
    void publishedVectors_data() {
        QTest::addColumn<QJsonObject>("env");
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QStringList>("supported");
        QTest::addColumn<QByteArray>("paeHex");
        QTest::addColumn<bool>("accept");
        const QString a = QStringLiteral("A"), b = QStringLiteral("B");
        QTest::newRow("single-signature")
            << envelope(kInToto, kStatement, {{a, kSigA}}) << QStringList{a} << 1
            << QStringList{kInToto} << kStatementPae << true;
        QTest::newRow("url-safe-base64")
            << envelope(kInToto, QStringLiteral("-_-_Pj8="),
                        {{a, QStringLiteral("P-_KHICeR7tI6S_YyejJTRtrXhcQyQ2LYPaL8h90KjC9qN8HU_"
                                            "svOQ6TuDOT1HIrsGW886DbWNWcCmX5twLrAw==")}})
            << QStringList{a} << 1 << QStringList{kInToto}
            << QByteArray(
                   "445353457631203238206170706c69636174696f6e2f766e642e696e2d746f746f2b6a736f6e203"
                   "520fbffbf3e3f")
            << true;
        QTest::newRow("payload-type-swapped")
            << envelope(QStringLiteral("application/vnd.example.other+json"), kStatement,
                        {{a, kSigA}})
            << QStringList{a} << 1
            << QStringList{kInToto, QStringLiteral("application/vnd.example.other+json")}
            << kStatementPae << false;
        QTest::newRow("non-ascii-payload-type")
            << envelope(QStringLiteral("application/vnd.ex\u00e4mple+json"), kStatement,
                        {{a, QStringLiteral("xmSk/ug66ysT7ayhkCIjhAq42zgZXSsEWuzUaNL7w2eGAdF/NU6/"
                                            "fRXPtmfN+5DNSAs5/i2lUnHjbbjPsu0tAw==")}})
            << QStringList{a} << 1
            << QStringList{QStringLiteral("application/vnd.ex\u00e4mple+json")}
            << QByteArray(
                   "445353457631203239206170706c69636174696f6e2f766e642e6578c3a46d706c652b6a736f6e2"
                   "03433207b225f74797065223a2268747470733a2f2f696e2d746f746f2e696f2f53746174656d65"
                   "6e742f7631227d")
            << true;
        QTest::newRow("empty-payload")
            << envelope(kInToto, QString(),
                        {{a, QStringLiteral("gSggCAaTLTYyRH6FIDBem6meyIynsYy8RTHVzwx9tnTb7Bg/"
                                            "1jMWnuVgI/gffqmbsC2VX5/jHfkkDqsj7CDbDg==")}})
            << QStringList{a} << 1 << QStringList{kInToto}
            << QByteArray(
                   "445353457631203238206170706c69636174696f6e2f766e642e696e2d746f746f2b6a736f6e203"
                   "020")
            << true;
        QTest::newRow("empty-payload-type")
            << envelope(QString(), kStatement,
                        {{a, QStringLiteral("iC3q/+3Rm0+lpAJRueDmDh15PnwCfxKmS0NAfKsbv+zgulXQC/"
                                            "WM9trc+j1XEqlwDIg/vf/uNfebeD6sxInrDg==")}})
            << QStringList{a} << 1 << QStringList{kInToto}
            << QByteArray(
                   "445353457631203020203433207b225f74797065223a2268747470733a2f2f696e2d746f746f2e6"
                   "96f2f53746174656d656e742f7631227d")
            << false;
        QTest::newRow("threshold-two-distinct-keys")
            << envelope(kInToto, kStatement, {{a, kSigA}, {b, kSigB}}) << QStringList{a, b} << 2
            << QStringList{kInToto} << kStatementPae << true;
        QTest::newRow("threshold-two-one-key-twice")
            << envelope(kInToto, kStatement, {{a, kSigA}, {a, kSigA}}) << QStringList{a, b} << 2
            << QStringList{kInToto} << kStatementPae << false;
        QTest::newRow("threshold-two-without-keyids")
            << envelope(kInToto, kStatement, {{QString(), kSigA}, {QString(), kSigB}})
            << QStringList{a, b} << 2 << QStringList{kInToto} << kStatementPae << true;
    }
    void publishedVectors() {
        QFETCH(QJsonObject, env);
        QFETCH(QStringList, trusted);
        QFETCH(int, threshold);
        QFETCH(QStringList, supported);
        QFETCH(QByteArray, paeHex);
        QFETCH(bool, accept);
        auto parsed = DsseEnvelope::fromJson(env, QStringLiteral("vector.json"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        const QByteArray ours = Dsse::pae(parsed->payloadType, parsed->payload).toHex();
        if (accept || ours == paeHex) {
            QCOMPARE(ours, paeHex);
        } else {
            // The signature is genuine but covers another payload type's PAE, not this one.
            QVERIFY(
                ed25519Verify(kKeyA, QByteArray::fromHex(paeHex), parsed->signatures.at(0).sig));
        }
        QList<DsseVerifier> verifiers;
        for (const auto& name : trusted) verifiers << verifierFor(name);
        const bool typeOk = supported.contains(parsed->payloadType);
        const qsizetype signers = Dsse::recognizedSigners(*parsed, verifiers).size();
        QCOMPARE(typeOk && signers >= threshold, accept);
    }

    void roundTripWithP256() {
        auto key = OperatorKey::generate();
        QVERIFY(key);
        DsseEnvelope env;
        env.payloadType = kInToto;
        env.payload = R"({"_type":"https://in-toto.io/Statement/v1"})";
        env.signatures.append({key->keyId(), *key->sign(Dsse::pae(env.payloadType, env.payload))});
        const QByteArray bytes = env.toBytes();
        auto back = DsseEnvelope::fromBytes(bytes);
        QVERIFY(back);
        QCOMPARE(back->payload, env.payload);
        QCOMPARE(back->payloadType, env.payloadType);
        QCOMPARE(back->signatures.size(), 1);
        QCOMPARE(back->signatures.at(0).keyid, key->keyId());
        const PublicKey pub = key->publicKey();
        const DsseVerifier v{
            QStringLiteral("op"), pub.keyId(),
            [pub](QByteArrayView m, QByteArrayView s) { return pub.verify(m, s); }};
        QCOMPARE(Dsse::recognizedSigners(*back, {v}), QStringList{QStringLiteral("op")});
        // Standard base64 on output.
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(QStringLiteral("payload")).toString(),
                 QString::fromLatin1(env.payload.toBase64()));
    }

    void strictParsing_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not an object")
            << QByteArray("[]") << QStringLiteral("/") << QStringLiteral("object");
        QTest::newRow("no signatures field")
            << QByteArray(R"({"payload":"","payloadType":"t"})") << QStringLiteral("/signatures")
            << QStringLiteral("missing");
        QTest::newRow("empty signatures")
            << QByteArray(R"({"payload":"","payloadType":"t","signatures":[]})")
            << QStringLiteral("/signatures") << QStringLiteral("no signatures");
        QTest::newRow("bad payload base64")
            << QByteArray(R"({"payload":"a$==","payloadType":"t","signatures":[{"sig":"AA=="}]})")
            << QStringLiteral("/payload") << QStringLiteral("base64");
        QTest::newRow("non-canonical base64")
            << QByteArray(R"({"payload":"QR==","payloadType":"t","signatures":[{"sig":"AA=="}]})")
            << QStringLiteral("/payload") << QStringLiteral("base64");
        QTest::newRow("missing padding")
            << QByteArray(R"({"payload":"QQ","payloadType":"t","signatures":[{"sig":"AA=="}]})")
            << QStringLiteral("/payload") << QStringLiteral("base64");
        QTest::newRow("mixed alphabets")
            << QByteArray(R"({"payload":"+_8=","payloadType":"t","signatures":[{"sig":"AA=="}]})")
            << QStringLiteral("/payload") << QStringLiteral("base64");
        QTest::newRow("bad sig")
            << QByteArray(R"({"payload":"","payloadType":"t","signatures":[{"sig":"A"}]})")
            << QStringLiteral("/signatures/0/sig") << QStringLiteral("base64");
        QTest::newRow("sig missing")
            << QByteArray(R"({"payload":"","payloadType":"t","signatures":[{"keyid":"k"}]})")
            << QStringLiteral("/signatures/0/sig") << QStringLiteral("missing");
        QTest::newRow("keyid number")
            << QByteArray(
                   R"({"payload":"","payloadType":"t","signatures":[{"keyid":1,"sig":"AA=="}]})")
            << QStringLiteral("/signatures/0/keyid") << QStringLiteral("string");
        QTest::newRow("unknown field")
            << QByteArray(R"({"payload":"","payloadType":"t","signatures":[{"sig":"AA=="}],"x":1})")
            << QStringLiteral("/x") << QStringLiteral("unknown");
        QTest::newRow("unknown sig field")
            << QByteArray(R"({"payload":"","payloadType":"t","signatures":[{"sig":"AA==","y":1}]})")
            << QStringLiteral("/signatures/0/y") << QStringLiteral("unknown");
    }
    void strictParsing() {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QFETCH(QString, reason);
        auto env = DsseEnvelope::fromBytes(json, QStringLiteral("approvals/x.dsse.json"));
        QVERIFY(!env);
        QCOMPARE(env.error().file, QStringLiteral("approvals/x.dsse.json"));
        QCOMPARE(env.error().where, pointer);
        QVERIFY2(env.error().message.contains(reason, Qt::CaseInsensitive),
                 qPrintable(env.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDsse)
#include "TestDsse.moc"
