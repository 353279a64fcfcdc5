#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "Command.h"
#include "TempDir.h"
#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"

using namespace countersign;

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun runCommand(const QStringList& args) {
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

}  // namespace

class TestCliKeys : public QObject {
    Q_OBJECT
    test::TempDir m_dir;
    QString m_key, m_pass;

private slots:
    void initTestCase() {
        m_pass = m_dir.write(QStringLiteral("pass.txt"), "first passphrase\n");
        m_key = m_dir.filePath(QStringLiteral("r.ahmed.key"));
        const CliRun r = runCommand({QStringLiteral("--json"), QStringLiteral("keys"),
                                     QStringLiteral("generate"), QStringLiteral("--operator"),
                                     QStringLiteral("r.ahmed"), QStringLiteral("--out"), m_key,
                                     QStringLiteral("--passphrase-file"), m_pass});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("operator")).toString(), QStringLiteral("r.ahmed"));
        auto pub = PublicKey::fromPem(o.value(QStringLiteral("public_key")).toString());
        QVERIFY(pub);
        QCOMPARE(pub->keyId(), o.value(QStringLiteral("key_id")).toString());
        QCOMPARE(QFile::permissions(m_key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto key =
            OperatorKey::loadEncrypted(m_key, SecretBytes(QByteArrayView("first passphrase")));
        QVERIFY(key);
        QCOMPARE(key->keyId(), pub->keyId());
    }

    void generatePrintsPublicKeyForRoster() {
        const QString pass = m_dir.write(QStringLiteral("p2.txt"), "some passphrase\r\n");
        const CliRun r =
            runCommand({QStringLiteral("keys"), QStringLiteral("generate"),
                        QStringLiteral("--operator"), QStringLiteral("o.lead"),
                        QStringLiteral("--out"), m_dir.filePath(QStringLiteral("sub/o.lead.key")),
                        QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
        QVERIFY(r.out.contains(QStringLiteral("operators.json")));
        // CRLF passphrase files lose the CR, like openssl's -passin file:
        QVERIFY(OperatorKey::loadEncrypted(m_dir.filePath(QStringLiteral("sub/o.lead.key")),
                                           SecretBytes(QByteArrayView("some passphrase"))));
    }

    void generateRefusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("x.key"));
        QTest::newRow("no operator")
            << QStringList{QStringLiteral("--out"), out} << QStringLiteral("--operator");
        QTest::newRow("no out") << QStringList{QStringLiteral("--operator"), QStringLiteral("x")}
                                << QStringLiteral("--out");
        QTest::newRow("passphrase as argument")
            << QStringList{QStringLiteral("--operator"), QStringLiteral("x"),
                           QStringLiteral("--out"), out, QStringLiteral("hunter2hunter2")}
            << QStringLiteral("never given as an argument");
        QTest::newRow("existing file")
            << QStringList{QStringLiteral("--operator"), QStringLiteral("x"),
                           QStringLiteral("--out"), m_key}
            << QStringLiteral("exists already");
    }
    void generateRefusals() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r =
            runCommand(QStringList{QStringLiteral("keys"), QStringLiteral("generate")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
    }

    void weakPassphraseRefused() {
        const QString weak = m_dir.write(QStringLiteral("weak.txt"), "short\n");
        const CliRun r = runCommand(
            {QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--operator"),
             QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("w.key")),
             QStringLiteral("--passphrase-file"), weak});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("too short")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("w.key"))));
    }

    void showAndWrongPassphrase() {
        CliRun r = runCommand({QStringLiteral("keys"), QStringLiteral("show"), m_key,
                               QStringLiteral("--passphrase-file"), m_pass});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Key id: ")));
        const QString wrong = m_dir.write(QStringLiteral("wrong.txt"), "not the passphrase\n");
        r = runCommand({QStringLiteral("keys"), QStringLiteral("show"), m_key,
                        QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("wrong passphrase")));
        QVERIFY(r.err.contains(m_key));
        QVERIFY(!r.err.contains(QStringLiteral("not the passphrase")));
        // A public key PEM needs no passphrase.
        auto key =
            OperatorKey::loadEncrypted(m_key, SecretBytes(QByteArrayView("first passphrase")));
        const QString pub = m_dir.write(QStringLiteral("pub.pem"), key->publicKeyPem().toUtf8());
        r = runCommand({QStringLiteral("keys"), QStringLiteral("show"), pub});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(key->keyId()));
    }

    void passwdChangesPassphrase() {
        const QString copy = m_dir.filePath(QStringLiteral("copy.key"));
        QVERIFY(QFile::copy(m_key, copy));
        const QString fresh = m_dir.write(QStringLiteral("new.txt"), "second passphrase\n");
        CliRun r = runCommand({QStringLiteral("keys"), QStringLiteral("passwd"), copy,
                               QStringLiteral("--passphrase-file"), m_pass,
                               QStringLiteral("--new-passphrase-file"), fresh});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(OperatorKey::loadEncrypted(copy, SecretBytes(QByteArrayView("second passphrase"))));
        r = runCommand({QStringLiteral("keys"), QStringLiteral("passwd"), copy,
                        QStringLiteral("--passphrase-file"), m_pass,
                        QStringLiteral("--new-passphrase-file"), fresh});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("wrong passphrase")));
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "TestCliKeys.moc"
