#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "Command.h"
#include "RosterKeys.h"
#include "TempDir.h"
#include "WorkflowSetup.h"
#include "WorkspaceCopy.h"
#include "crypto/OperatorKey.h"

using namespace countersign;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

struct PyRun {
    int code = -1;
    QString out;
};

PyRun python(const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kPython, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

}  // namespace

// A sign-off made by countersign-cli, verified by Python's `cryptography` with its own PAE.
class TestSignoffPythonInterop : public QObject {
    Q_OBJECT
    test::TempDir m_dir;

private slots:
    void initTestCase() {
        // Not a skip: python3-cryptography is a declared test dependency
        // (packaging/install-deps.sh), so its absence is a broken test environment.
        const PyRun probe = python({QStringLiteral("-c"), QStringLiteral("import cryptography")});
        QVERIFY2(probe.code == 0,
                 qPrintable(QStringLiteral("/usr/bin/python3 with python3-cryptography is needed; "
                                           "run packaging/install-deps.sh: ") +
                            probe.out));
    }

    void pythonVerifiesOurEnvelope() {
        const QString ws = m_dir.filePath(QStringLiteral("ws"));
        QVERIFY(test::copyTree(test::testDataDir() + QStringLiteral("/workspace/base"), ws));
        const QString key = m_dir.filePath(QStringLiteral("r.ahmed.key"));
        const QString pass = m_dir.write(QStringLiteral("pass"), "interop passphrase\n");
        QVERIFY(!test::installOperatorKey(ws, QStringLiteral("r.ahmed"), key, "interop passphrase")
                     .isEmpty());

        // The bias gate failed for this digest and the window is open: an override may be signed.
        const QString prepared =
            test::openForReview(ws, QStringLiteral("fraud-detection@2026.11.0"),
                                {{QStringLiteral("bias"), Verdict::Fail}});
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::runCli(
            {QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("signoff"),
             QStringLiteral("create"), QStringLiteral("fraud-detection@2026.11.0"),
             QStringLiteral("--step"), QStringLiteral("risk"), QStringLiteral("--decision"),
             QStringLiteral("override"), QStringLiteral("--justification"),
             QStringLiteral("gap accepted: résumé of the review in CR"),
             QStringLiteral("--operator"), QStringLiteral("r.ahmed"), QStringLiteral("--key"), key,
             QStringLiteral("--passphrase-file"), pass},
            o, e);
        o.flush();
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));
        const QString envelope =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("file")).toString();
        auto unlocked =
            OperatorKey::loadEncrypted(key, SecretBytes(QByteArrayView("interop passphrase")));
        QVERIFY(unlocked);
        const QString pub =
            m_dir.write(QStringLiteral("r.ahmed.pub"), unlocked->publicKeyPem().toUtf8());
        const QString bundle =
            ws + QStringLiteral("/artifacts/models/fraud-detection/2026.11.0/bundle.json");
        const QString script =
            qEnvironmentVariable("COUNTERSIGN_INTEROP_DIR") + QStringLiteral("/verify_signoff.py");
        QVERIFY(QFile::exists(script));

        PyRun r = python({script, envelope, pub, bundle});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(
            r.out.startsWith(QStringLiteral("OK r.ahmed risk override fraud-detection@2026.11.0")),
            qPrintable(r.out));

        // The independent verifier rejects what ours rejects: another key, and a changed bundle.
        auto other = OperatorKey::generate();
        const QString otherPub =
            m_dir.write(QStringLiteral("other.pub"), other->publicKeyPem().toUtf8());
        r = python({script, envelope, otherPub, bundle});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("keyid")), qPrintable(r.out));
        const QString changed = m_dir.write(QStringLiteral("bundle.json"), "{}");
        r = python({script, envelope, pub, changed});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("subject digest")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestSignoffPythonInterop)
#include "TestSignoffPythonInterop.moc"
