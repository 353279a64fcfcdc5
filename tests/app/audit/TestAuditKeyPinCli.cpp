// The audit store's key pinned outside the store (config/ml/controls.json's audit.store_vkey,
// the operator anchors, `audit verify --vkey`): a store replaced together with its key fails
// `audit verify`, naming both key ids. The real countersign-cli binary on a demo workspace.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "CliProcess.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "audit/AuditStore.h"
#include "audit/NoteVerifier.h"

using namespace countersign;
using test::CliRun;
using test::runCli;

class TestAuditKeyPinCli : public QObject {
    Q_OBJECT
    test::TempDir m_tmp;
    QString m_demo;
    QString m_demoKey;  // "<name>+<key id>" of the demo store's key
    int m_copies = 0;

    QString copyOfDemo() {
        const QString copy = m_tmp.filePath(QStringLiteral("copy%1").arg(m_copies++));
        return test::copyTree(m_demo, copy) ? copy : QString();
    }
    static QString storeOf(const QString& ws) { return AuditStore::defaultStorePath(ws); }
    static CliRun verify(const QString& ws, const QStringList& more = {}) {
        return runCli(QStringList{QStringLiteral("--workspace"), ws, QStringLiteral("audit"),
                                  QStringLiteral("verify")} +
                      more);
    }
    static QString keyIdOf(const QString& vkey) {
        auto v = NoteVerifier::parse(vkey);
        return v ? v->keyIdText() : QString();
    }
    static QString vkeyOf(const QString& ws) {
        const CliRun r = runCli(
            {QStringLiteral("--workspace"), ws, QStringLiteral("audit"), QStringLiteral("key")});
        return r.code == 0 ? r.out.trimmed() : QString();
    }
    // The attacker's move: the store, its key and its checkpoint file replaced by a fresh
    // store with a key of its own (and one record). Returns the new store's key id.
    static QString replaceStoreAndKey(const QString& ws) {
        const QDir dir(QFileInfo(storeOf(ws)).absolutePath());
        for (const QString& f : dir.entryList(QDir::Files)) QFile::remove(dir.filePath(f));
        const CliRun r =
            runCli({QStringLiteral("--store"), storeOf(ws), QStringLiteral("audit"),
                    QStringLiteral("append"), QStringLiteral("--actor"), QStringLiteral("mallory"),
                    QStringLiteral("--action"), QStringLiteral("note.forged"),
                    QStringLiteral("--subject"), QStringLiteral("fraud-detection@2026.11.0")});
        return r.code == 0 ? keyIdOf(vkeyOf(ws)) : QString();
    }
    // The verifier key of another store (made with one note in folder `name`); empty on error.
    QString otherStoreVkey(const QString& name) {
        const QString other = m_tmp.filePath(name + QStringLiteral("/audit.sqlite"));
        if (runCli({QStringLiteral("--store"), other, QStringLiteral("audit"),
                    QStringLiteral("append"), QStringLiteral("--actor"), QStringLiteral("x"),
                    QStringLiteral("--action"), QStringLiteral("note.x"),
                    QStringLiteral("--subject"), QStringLiteral("s")})
                .code != 0)
            return {};
        const CliRun key = runCli(
            {QStringLiteral("--store"), other, QStringLiteral("audit"), QStringLiteral("key")});
        return key.code == 0 ? key.out.trimmed() : QString();
    }
    static bool rewriteControls(const QString& ws, const std::function<void(QJsonObject&)>& edit) {
        QFile f(QDir(ws).filePath(QStringLiteral("config/ml/controls.json")));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        edit(o);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return f.write(QJsonDocument(o).toJson()) > 0;
    }
    static bool unpin(const QString& ws) {
        return rewriteControls(ws, [](QJsonObject& o) { o.remove(QStringLiteral("audit")); });
    }

private slots:
    void initTestCase() {
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        const CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("init"), m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The guardrails job records its report: the store is created with the demo's key.
        const QString ciPass = m_tmp.write(QStringLiteral("ci.pass"), "demo-ci.guardrails\n");
        const CliRun g =
            runCli({QStringLiteral("--workspace"), m_demo, QStringLiteral("gates"),
                    QStringLiteral("fraud-detection@2026.11.0"), QStringLiteral("--report"),
                    m_tmp.filePath(QStringLiteral("report.json")), QStringLiteral("--key"),
                    m_demo + QStringLiteral("/keys/ci.guardrails.key.pem"),
                    QStringLiteral("--passphrase-file"), ciPass});
        QVERIFY2(g.code == 0 || g.code == 1, qPrintable(g.err));
        m_demoKey = keyIdOf(vkeyOf(m_demo));
        QVERIFY(!m_demoKey.isEmpty());
    }

    // demo init pins the key its store is created with; verify says who pins it.
    void demoStoreKeyIsPinnedByControls() {
        const CliRun r = verify(m_demo);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("pinned by config/ml/controls.json")),
                 qPrintable(r.out));
        QVERIFY2(!r.err.contains(QLatin1String("pinned nowhere")), qPrintable(r.err));
        const CliRun j = verify(m_demo, {QStringLiteral("--json")});
        QCOMPARE(j.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("key_pinned")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("store_key")).toString(), m_demoKey);
    }

    void replacedStoreAndKeyFailNamingBothKeyIds() {
        const QString ws = copyOfDemo();
        const QString forgedKey = replaceStoreAndKey(ws);
        QVERIFY(!forgedKey.isEmpty());
        QVERIFY(forgedKey != m_demoKey);
        const CliRun r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("wrong-key")), qPrintable(r.err));
        QVERIFY2(r.err.contains(m_demoKey), qPrintable(r.err));
        QVERIFY2(r.err.contains(forgedKey), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("controls.json")), qPrintable(r.err));
    }

    // Without the configuration's pin, an operator's anchor (the checkpoint the console keeps
    // in the operator's profile) pins the key it was signed with.
    void operatorAnchorPinsTheKey() {
        const QString ws = copyOfDemo();
        QVERIFY(unpin(ws));
        const QString anchor =
            QDir(ws).filePath(QStringLiteral(".countersign/operators/r.ahmed.checkpoint"));
        QDir().mkpath(QFileInfo(anchor).absolutePath());
        const CliRun cp = runCli({QStringLiteral("--workspace"), ws, QStringLiteral("audit"),
                                  QStringLiteral("checkpoint"), QStringLiteral("--out"), anchor});
        QVERIFY2(cp.code == 0, qPrintable(cp.err));
        const CliRun before = verify(ws);
        QVERIFY2(before.code == 0, qPrintable(before.err));
        QVERIFY2(before.out.contains(QLatin1String("r.ahmed's anchor")), qPrintable(before.out));

        const QString forgedKey = replaceStoreAndKey(ws);
        QVERIFY(!forgedKey.isEmpty());
        const CliRun r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("wrong-key")), qPrintable(r.err));
        QVERIFY2(r.err.contains(m_demoKey) && r.err.contains(forgedKey), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("r.ahmed")), qPrintable(r.err));
    }

    void nothingPinnedIsAWarningNotAFailure() {
        const QString ws = copyOfDemo();
        QVERIFY(unpin(ws));
        const CliRun r = verify(ws);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("warning")) &&
                     r.err.contains(QLatin1String("pinned nowhere")) && r.err.contains(m_demoKey),
                 qPrintable(r.err));
        const CliRun j = verify(ws, {QStringLiteral("--json")});
        QCOMPARE(j.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QVERIFY(o.contains(QStringLiteral("key_pinned")));
        QCOMPARE(o.value(QStringLiteral("key_pinned")).toBool(), false);
    }

    // An auditor's copy: the database and its checkpoints, no private store key. The pinned key
    // verifies it; another key fails; with nothing pinned the missing key is bad input.
    void auditorCopyWithoutTheStoreKeyVerifiesWithThePin() {
        const QString ws = copyOfDemo();
        const QString good = vkeyOf(ws);
        QVERIFY(!good.isEmpty());
        QVERIFY(QFile::remove(AuditStore::defaultKeyPath(storeOf(ws))));
        CliRun r = verify(ws);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("audit store verified")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(AuditStore::defaultKeyPath(storeOf(ws))));  // never made
        const QString otherKey = otherStoreVkey(QStringLiteral("other-auditor"));
        QVERIFY(!otherKey.isEmpty());
        r = verify(ws, {QStringLiteral("--vkey"), otherKey});
        QCOMPARE(r.code, 1);
        QVERIFY(unpin(ws));
        r = verify(ws);
        QCOMPARE(r.code, 2);
        r = verify(ws, {QStringLiteral("--vkey"), good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void vkeyByHand() {
        const QString ws = copyOfDemo();
        QVERIFY(unpin(ws));
        const QString good = vkeyOf(ws);
        QVERIFY(!good.isEmpty());
        // As text and as a file.
        CliRun r = verify(ws, {QStringLiteral("--vkey"), good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("pinned by --vkey")), qPrintable(r.out));
        const QString file = m_tmp.write(QStringLiteral("good.vkey"), good.toUtf8() + '\n');
        r = verify(ws, {QStringLiteral("--vkey"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Another store's key: the verification fails naming both.
        const QString otherKey = otherStoreVkey(QStringLiteral("other"));
        QVERIFY(!otherKey.isEmpty());
        r = verify(ws, {QStringLiteral("--vkey"), otherKey});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("wrong-key")), qPrintable(r.err));
        QVERIFY2(r.err.contains(m_demoKey) && r.err.contains(keyIdOf(otherKey)), qPrintable(r.err));
        // Malformed: neither a key nor a file; a file that holds no key.
        r = verify(ws, {QStringLiteral("--vkey"), QStringLiteral("not-a-key")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--vkey")), qPrintable(r.err));
        const QString bad = m_tmp.write(QStringLiteral("bad.vkey"), "PRIVATE+KEY+oops\n");
        r = verify(ws, {QStringLiteral("--vkey"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad) && r.err.contains(QLatin1String("verifier key")),
                 qPrintable(r.err));
        // A key id that does not match its key is malformed too.
        QString wrongId = good;
        const qsizetype plus = wrongId.indexOf(QLatin1Char('+'));
        wrongId.replace(plus + 1, 8, QStringLiteral("00000000"));
        r = verify(ws, {QStringLiteral("--vkey"), wrongId});
        QCOMPARE(r.code, 2);
    }

    void malformedPinInControlsIsBadInputWithPointer() {
        const QString ws = copyOfDemo();
        QVERIFY(rewriteControls(ws, [](QJsonObject& o) {
            o.insert(QStringLiteral("audit"),
                     QJsonObject{{QStringLiteral("store_vkey"), QStringLiteral("nope+1234+abc")}});
        }));
        CliRun r = verify(ws);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("controls.json")) &&
                     r.err.contains(QLatin1String("/audit/store_vkey")),
                 qPrintable(r.err));
        QVERIFY(rewriteControls(ws, [](QJsonObject& o) {
            o.insert(QStringLiteral("audit"), QStringLiteral("countersign.local/audit/x"));
        }));
        r = verify(ws);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("/audit")), qPrintable(r.err));
        // workspace check reads the same rule.
        r = runCli({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"),
                    QStringLiteral("check")});
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
    }

    // `audit key --pin` prints the entry; put into controls.json it pins the key.
    void auditKeyPrintsThePinEntry() {
        const QString ws = copyOfDemo();
        QVERIFY(unpin(ws));
        const CliRun pin = runCli({QStringLiteral("--workspace"), ws, QStringLiteral("audit"),
                                   QStringLiteral("key"), QStringLiteral("--pin")});
        QCOMPARE(pin.code, 0);
        QVERIFY2(pin.out.startsWith(QLatin1String("\"audit\": {")), qPrintable(pin.out));
        const QJsonObject entry =
            QJsonDocument::fromJson("{" + pin.out.trimmed().toUtf8() + "}").object();
        QVERIFY(!entry.isEmpty());
        QVERIFY(rewriteControls(ws, [&](QJsonObject& o) {
            o.insert(QStringLiteral("audit"), entry.value(QStringLiteral("audit")));
        }));
        const CliRun r = verify(ws);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("pinned by config/ml/controls.json")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestAuditKeyPinCli)
#include "TestAuditKeyPinCli.moc"
