#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include "TempDir.h"
#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"
#include "crypto/Sha256.h"

using namespace countersign;

namespace {

const QByteArray kPassphrase("correct horse battery staple");

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run openssl(const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted())
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

}  // namespace

// One key file (600,000 PBKDF2 iterations cost ~0.4 s per unlock) shared by the whole class.
class TestOperatorKey : public QObject {
    Q_OBJECT
    test::TempDir m_dir;
    QString m_keyFile;
    QString m_passFile;
    QString m_publicPem;
    QString m_keyId;

private slots:
    void initTestCase() {
        auto key = OperatorKey::generate();
        QVERIFY(key);
        m_keyFile = m_dir.filePath(QStringLiteral("r.ahmed.key"));
        QVERIFY(key->saveEncrypted(m_keyFile, SecretBytes(kPassphrase)).ok());
        m_passFile = m_dir.write(QStringLiteral("pass.txt"), kPassphrase + '\n');
        m_publicPem = key->publicKeyPem();
        m_keyId = key->keyId();
    }

    void signVerifyRoundTrip() {
        auto key = OperatorKey::generate();
        QVERIFY(key);
        const QByteArray message("DSSEv1 28 application/vnd.in-toto+json 2 {}");
        auto sig = key->sign(message);
        QVERIFY(sig);
        QCOMPARE(static_cast<unsigned char>(sig->at(0)), 0x30);  // DER SEQUENCE
        QVERIFY(key->publicKey().verify(message, *sig));
        QVERIFY(!key->publicKey().verify(QByteArray(message + ' '), *sig));
        auto other = OperatorKey::generate();
        QVERIFY(other);
        QVERIFY(!other->publicKey().verify(message, *sig));
        QVERIFY(other->keyId() != key->keyId());
        // ECDSA signatures are randomised, both verify.
        auto sig2 = key->sign(message);
        QVERIFY(sig2);
        QVERIFY(key->publicKey().verify(message, *sig2));
    }

    void publicKeyPemRoundTrip() {
        auto pub = PublicKey::fromPem(m_publicPem);
        QVERIFY2(pub, qPrintable(pub ? QString() : pub.error().toString()));
        QCOMPARE(pub->pem(), m_publicPem);
        QCOMPARE(pub->keyId(), m_keyId);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(m_keyId).hasMatch());
    }

    void keyIdIsSha256OfSubjectPublicKeyInfo() {
        const QString pubFile = m_dir.write(QStringLiteral("pub.pem"), m_publicPem.toUtf8());
        const Run r =
            openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                     pubFile, QStringLiteral("-outform"), QStringLiteral("DER")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromLatin1(Sha256::hashHex(r.out)), m_keyId);
    }

    void publicKeyRejectsOtherInput_data() {
        QTest::addColumn<QString>("pem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("text") << QStringLiteral("hello") << QStringLiteral("BEGIN PUBLIC KEY");
        QTest::newRow("private")
            << QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
            << QStringLiteral("private key");
        QTest::newRow("bad base64")
            << QStringLiteral("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n")
            << QStringLiteral("damaged");
        // Ed25519 public key from RFC 8032 test 1.
        QTest::newRow("ed25519")
            << QStringLiteral(
                   "-----BEGIN PUBLIC "
                   "KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPaYiMlrwIaaPcHURo=\n"
                   "-----END PUBLIC KEY-----\n")
            << QStringLiteral("ED25519");
    }
    void publicKeyRejectsOtherInput() {
        QFETCH(QString, pem);
        QFETCH(QString, expected);
        auto pub = PublicKey::fromPem(pem, QStringLiteral("roster operator x"));
        QVERIFY(!pub);
        QVERIFY2(pub.error().message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(pub.error().message));
        QCOMPARE(pub.error().file, QStringLiteral("roster operator x"));
    }

    void keyFileRoundTrip() {
        auto key = OperatorKey::loadEncrypted(m_keyFile, SecretBytes(kPassphrase));
        QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(key->keyId(), m_keyId);
        QCOMPARE(key->publicKeyPem(), m_publicPem);
        auto sig = key->sign("message");
        QVERIFY(sig);
        QVERIFY(PublicKey::fromPem(m_publicPem)->verify("message", *sig));
    }

    void wrongPassphraseIsNamedAndNotLeaked() {
        const QByteArray wrong("Tr0ub4dor&3-wrong");
        auto key = OperatorKey::loadEncrypted(m_keyFile, SecretBytes(wrong));
        QVERIFY(!key);
        QVERIFY2(key.error().message.contains(QStringLiteral("wrong passphrase")),
                 qPrintable(key.error().message));
        QCOMPARE(key.error().file, m_keyFile);
        QVERIFY(!key.error().toString().contains(QString::fromLatin1(wrong)));
        QVERIFY(!key.error().toString().contains(QString::fromLatin1(kPassphrase)));
    }

    void keyFileIsOwnerOnlyEncryptedPkcs8() {
        QCOMPARE(QFile::permissions(m_keyFile) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile f(m_keyFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(!text.contains("BEGIN PRIVATE KEY"));
    }

    void asn1ShowsPbkdf2Parameters() {
        const Run r = openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), m_keyFile});
        QCOMPARE(r.code, 0);
        const QString dump = QString::fromLatin1(r.out);
        QVERIFY2(dump.contains(QStringLiteral(":PBES2")), qPrintable(dump));
        QVERIFY(dump.contains(QStringLiteral(":PBKDF2")));
        QVERIFY(dump.contains(QStringLiteral(":hmacWithSHA256")));
        QVERIFY(dump.contains(QStringLiteral(":aes-256-cbc")));
        // 600000 = 0x0927C0
        QVERIFY2(dump.contains(QStringLiteral("INTEGER           :0927C0")), qPrintable(dump));
        // The salt: the first OCTET STRING, 16 bytes (32 hex digits).
        const auto salt =
            QRegularExpression(QStringLiteral("OCTET STRING\\s+\\[HEX DUMP\\]:([0-9A-F]+)"))
                .match(dump);
        QVERIFY(salt.hasMatch());
        QCOMPARE(salt.captured(1).size(), 32);
    }

    void opensslPkeyOpensOurKeyFile() {
        const Run r = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), m_keyFile,
                               QStringLiteral("-passin"), QStringLiteral("file:") + m_passFile,
                               QStringLiteral("-pubout")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromLatin1(r.out), m_publicPem);
    }

    // Interop with `openssl dgst -sha256` in both directions, over DSSE PAE bytes.
    void opensslDgstInterop() {
        const QByteArray pae("DSSEv1 28 application/vnd.in-toto+json 11 hello world");
        const QString msgFile = m_dir.write(QStringLiteral("pae.bin"), pae);
        const QString pubFile = m_dir.write(QStringLiteral("pub.pem"), m_publicPem.toUtf8());
        const QString sigFile = m_dir.filePath(QStringLiteral("openssl.sig"));
        Run r = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"),
                         m_keyFile, QStringLiteral("-passin"), QStringLiteral("file:") + m_passFile,
                         QStringLiteral("-out"), sigFile, msgFile});
        QCOMPARE(r.code, 0);
        QFile sf(sigFile);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QByteArray opensslSig = sf.readAll();
        auto pub = PublicKey::fromPem(m_publicPem);
        QVERIFY(pub->verify(pae, opensslSig));
        QVERIFY(!pub->verify(QByteArray(pae + 'x'), opensslSig));

        auto key = OperatorKey::loadEncrypted(m_keyFile, SecretBytes(kPassphrase));
        QVERIFY(key);
        auto ours = key->sign(pae);
        QVERIFY(ours);
        const QString oursFile = m_dir.write(QStringLiteral("ours.sig"), *ours);
        r = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                     pubFile, QStringLiteral("-signature"), oursFile, msgFile});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Verified OK"));
        const QString otherMsg = m_dir.write(QStringLiteral("other.bin"), QByteArray(pae + 'x'));
        r = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                     pubFile, QStringLiteral("-signature"), oursFile, otherMsg});
        QVERIFY(r.code != 0);
    }

    void foreignAndDamagedFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("no PEM block");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
        QTest::newRow("bad base64") << QStringLiteral("badbase64") << QStringLiteral("damaged");
        QTest::newRow("bad structure") << QStringLiteral("badder") << QStringLiteral("damaged");
        QTest::newRow("public key") << QStringLiteral("public") << QStringLiteral("public key");
        QTest::newRow("unencrypted") << QStringLiteral("plain") << QStringLiteral("not encrypted");
        QTest::newRow("certificate") << QStringLiteral("cert") << QStringLiteral("\"CERTIFICATE\"");
        QTest::newRow("P-384") << QStringLiteral("p384") << QStringLiteral("secp384r1");
        QTest::newRow("Ed25519") << QStringLiteral("ed25519") << QStringLiteral("ED25519");
    }
    void foreignAndDamagedFiles() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFile f(m_keyFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        const QString path = m_dir.filePath(kind + QStringLiteral(".key"));
        if (kind == QLatin1String("empty")) {
            m_dir.write(kind + QStringLiteral(".key"), "\n");
        } else if (kind == QLatin1String("text")) {
            m_dir.write(kind + QStringLiteral(".key"), "just some text\n");
        } else if (kind == QLatin1String("truncated")) {
            m_dir.write(kind + QStringLiteral(".key"), good.left(good.size() / 2));
        } else if (kind == QLatin1String("badbase64")) {
            m_dir.write(kind + QStringLiteral(".key"),
                        "-----BEGIN ENCRYPTED PRIVATE KEY-----\n!!!!%%%%\n-----END ENCRYPTED "
                        "PRIVATE KEY-----\n");
        } else if (kind == QLatin1String("badder")) {
            m_dir.write(kind + QStringLiteral(".key"),
                        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAECAwQFBgcICQ==\n-----END "
                        "ENCRYPTED PRIVATE KEY-----\n");
        } else if (kind == QLatin1String("public")) {
            m_dir.write(kind + QStringLiteral(".key"), m_publicPem.toUtf8());
        } else if (kind == QLatin1String("plain")) {
            QCOMPARE(
                openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                         QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), path})
                    .code,
                0);
        } else if (kind == QLatin1String("cert")) {
            m_dir.write(
                kind + QStringLiteral(".key"),
                "-----BEGIN CERTIFICATE-----\nAAECAwQFBgcICQ==\n-----END CERTIFICATE-----\n");
        } else if (kind == QLatin1String("p384") || kind == QLatin1String("ed25519")) {
            QStringList args{QStringLiteral("genpkey"), QStringLiteral("-algorithm")};
            if (kind == QLatin1String("p384"))
                args << QStringLiteral("EC") << QStringLiteral("-pkeyopt")
                     << QStringLiteral("ec_paramgen_curve:P-384");
            else
                args << QStringLiteral("ED25519");
            args << QStringLiteral("-aes-256-cbc") << QStringLiteral("-pass")
                 << QStringLiteral("file:") + m_passFile << QStringLiteral("-out") << path;
            QCOMPARE(openssl(args).code, 0);
        }
        auto key = OperatorKey::loadEncrypted(path, SecretBytes(kPassphrase));
        QVERIFY(!key);
        QVERIFY2(key.error().message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(key.error().toString()));
        QCOMPARE(key.error().file, path);
        QVERIFY(!key.error().toString().contains(QString::fromLatin1(kPassphrase)));
    }

    void passphrasePolicy() {
        QVERIFY(!OperatorKey::checkNewPassphrase(SecretBytes()));
        QVERIFY(!OperatorKey::checkNewPassphrase(SecretBytes(QByteArrayView("short"))));
        QVERIFY(!OperatorKey::checkNewPassphrase(SecretBytes(QByteArrayView("long enough\nbut"))));
        QVERIFY(OperatorKey::checkNewPassphrase(SecretBytes(QByteArrayView("long enough"))).ok());
    }

    void changePassphrase() {
        const QString copy = m_dir.filePath(QStringLiteral("copy.key"));
        QVERIFY(QFile::copy(m_keyFile, copy));
        const SecretBytes fresh(QByteArrayView("a new passphrase"));
        QVERIFY(OperatorKey::changePassphrase(copy, SecretBytes(kPassphrase), fresh).ok());
        auto withNew = OperatorKey::loadEncrypted(copy, fresh);
        QVERIFY(withNew);
        QCOMPARE(withNew->keyId(), m_keyId);
        auto withOld = OperatorKey::loadEncrypted(copy, SecretBytes(kPassphrase));
        QVERIFY(!withOld);
        QVERIFY(withOld.error().message.contains(QStringLiteral("wrong passphrase")));
        // A wrong old passphrase leaves the file alone; a weak new one is refused first.
        QVERIFY(!OperatorKey::changePassphrase(copy, SecretBytes(kPassphrase), fresh));
        QVERIFY(!OperatorKey::changePassphrase(copy, fresh, SecretBytes(QByteArrayView("x"))));
    }
};

QTEST_GUILESS_MAIN(TestOperatorKey)
#include "TestOperatorKey.moc"
