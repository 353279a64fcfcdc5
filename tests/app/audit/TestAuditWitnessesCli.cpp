// `audit verify` on a demo workspace against attackers who clean up after themselves, with
// nothing but the workspace's own files as witnesses (the sign-offs under approvals/, the
// operator anchors, the store's checkpoint file): the real countersign-cli binary.
#include <QDir>
#include <QtTest>

#include "CliProcess.h"
#include "StoreFile.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "audit/AuditStore.h"

using namespace countersign;

namespace {
using Run = test::CliRun;
Run cli(const QStringList& args) {
    return test::runCli(args);
}
}  // namespace

class TestAuditWitnessesCli : public QObject {
    Q_OBJECT
    test::TempDir m_tmp;
    QString m_demo;
    int m_copies = 0;

    QString copyOfDemo() {
        const QString copy = m_tmp.filePath(QStringLiteral("copy%1").arg(m_copies++));
        return test::copyTree(m_demo, copy) ? copy : QString();
    }
    static QString storeOf(const QString& ws) { return AuditStore::defaultStorePath(ws); }
    static Run verify(const QString& ws, const QStringList& more = {}) {
        return cli(QStringList{QStringLiteral("--workspace"), ws, QStringLiteral("audit"),
                               QStringLiteral("verify")} +
                   more);
    }

    static QList<AuditRecord> recordsIn(const QString& db) {
        auto store = AuditStore::openExisting(db, {}, SystemClock::instance());
        if (!store)
            return {};
        auto all = store.value()->records({}, 0, 1 << 20);
        return all ? all.value() : QList<AuditRecord>{};
    }
    // The attacker's clean-up: the store rebuilt from `records` with the store's own key (every
    // hash, node and checkpoint recomputed and re-signed, the triggers as they were), then put
    // in place of the workspace's store and its checkpoint file. Empty on success.
    QString replaceStore(const QString& db, const QList<AuditRecord>& records) {
        const QString rebuilt =
            m_tmp.filePath(QStringLiteral("rebuilt%1/audit.sqlite").arg(m_copies++));
        QDir().mkpath(QFileInfo(rebuilt).absolutePath());
        {
            FixedClock clock(records.first().time);
            auto store = AuditStore::open(rebuilt, AuditStore::defaultKeyPath(db), clock);
            if (!store)
                return store.error().toString();
            for (const AuditRecord& r : records) {
                clock.set(r.time);
                if (auto s = store.value()->append(
                        AuditEntry{r.actor, r.role, r.action, r.subject, r.payload});
                    !s)
                    return s.error().toString();
            }
        }
        for (const QString& suffix : {QString(), QStringLiteral(".checkpoint")}) {
            QFile::remove(db + suffix);
            if (!QFile::copy(rebuilt + suffix, db + suffix))
                return QStringLiteral("cannot copy ") + rebuilt + suffix;
        }
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        return {};
    }

private slots:
    void initTestCase() {
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("init"), m_demo,
                           QStringLiteral("--at"), QStringLiteral("2026-11-03T08:00:00Z")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The guardrails job records its report (the store is created), then the Risk Officer
        // signs: the sign-off holds the checkpoint r.ahmed saw.
        const QString ciPass = m_tmp.write(QStringLiteral("ci.pass"), "demo-ci.guardrails\n");
        const QString raPass = m_tmp.write(QStringLiteral("ra.pass"), "demo-r.ahmed\n");
        const QString bundle = QStringLiteral("fraud-detection@2026.11.0");
        Run g =
            cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("gates"), bundle,
                 QStringLiteral("--report"), m_tmp.filePath(QStringLiteral("report.json")),
                 QStringLiteral("--key"), m_demo + QStringLiteral("/keys/ci.guardrails.key.pem"),
                 QStringLiteral("--passphrase-file"), ciPass});
        QVERIFY2(g.code == 0 || g.code == 1, qPrintable(g.err));
        Run s = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("signoff"),
                     QStringLiteral("create"), bundle, QStringLiteral("--step"),
                     QStringLiteral("risk"), QStringLiteral("--decision"), QStringLiteral("reject"),
                     QStringLiteral("--justification"),
                     QStringLiteral("bias gap too wide in one region"),
                     QStringLiteral("--operator"), QStringLiteral("r.ahmed"),
                     QStringLiteral("--key"), m_demo + QStringLiteral("/keys/r.ahmed.key.pem"),
                     QStringLiteral("--passphrase-file"), raPass});
        QVERIFY2(s.code == 0, qPrintable(s.err));
    }

    void intactDemoVerifiesWithItsWitnesses() {
        const Run r = verify(m_demo);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QRegularExpression witnesses(QStringLiteral("(\\d+) witnesses from outside"));
        const auto m = witnesses.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QVERIFY2(m.captured(1).toInt() >= 2, qPrintable(r.out));  // file + the sign-off
    }

    // Every record rebuilt with the store's own key, one early record changed, every hash,
    // node and checkpoint after it recomputed and re-signed; the triggers as they were.
    void rewrittenHistoryIsCaughtBySignOffs() {
        const QString ws = copyOfDemo();
        QVERIFY(!ws.isEmpty());
        QList<AuditRecord> records = recordsIn(storeOf(ws));
        QVERIFY(records.size() >= 2);
        records[0].payload.insert(QStringLiteral("rewritten"), true);  // what r.ahmed saw
        const QString replaced = replaceStore(storeOf(ws), records);
        QVERIFY2(replaced.isEmpty(), qPrintable(replaced));
        const Run r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("history-rewritten")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("sign-off")), qPrintable(r.err));
    }

    // The tail cut off exactly at the tree the last sign-off saw (its own record and all after
    // it gone), the store rebuilt and re-signed with its own key, the checkpoint file with it:
    // every held checkpoint matches a prefix, but the sign-off was recorded after that tree.
    void tailCutAtTheSignOffIsTruncation() {
        const QString ws = copyOfDemo();
        QVERIFY(!ws.isEmpty());
        QList<AuditRecord> records = recordsIn(storeOf(ws));
        qint64 signOffSeq = -1;
        for (const AuditRecord& r : records)
            if (r.action == QLatin1String("signoff.recorded"))
                signOffSeq = r.seq;
        QVERIFY(signOffSeq > 0);
        const QString replaced = replaceStore(storeOf(ws), records.mid(0, signOffSeq));
        QVERIFY2(replaced.isEmpty(), qPrintable(replaced));
        const Run r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("truncated")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("#%1").arg(signOffSeq)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("sign-off")), qPrintable(r.err));
    }

    void hiddenRowIsAStrayRow() {
        const QString ws = copyOfDemo();
        QVERIFY(test::tamperStore(storeOf(ws),
                                  {QStringLiteral("INSERT INTO records SELECT -1, time, actor, "
                                                  "role, action, subject, bytes, hash, nodes "
                                                  "FROM records WHERE seq = 0")})
                    .isEmpty());
        const Run r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("stray-row")), qPrintable(r.err));
        // Listings (and the workflow's readers, through the same filter) never return it.
        const Run list =
            cli({QStringLiteral("--workspace"), ws, QStringLiteral("audit"), QStringLiteral("list"),
                 QStringLiteral("--limit"), QStringLiteral("100000")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!list.out.contains(QRegularExpression(QStringLiteral("^\\s*-1 "),
                                                       QRegularExpression::MultilineOption)),
                 qPrintable(list.out));
    }

    void droppedTriggerIsASchemaChange() {
        const QString ws = copyOfDemo();
        QVERIFY(test::dropTrigger(storeOf(ws), QStringLiteral("checkpoints_no_delete")).isEmpty());
        const Run r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("checkpoints_no_delete was removed")),
                 qPrintable(r.err));
    }

    void malformedCheckpointFileIsBadInput() {
        const QString bad = m_tmp.write(QStringLiteral("bad.checkpoint"), "not a checkpoint\n");
        const Run r = verify(m_demo, {QStringLiteral("--checkpoint"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditWitnessesCli)
#include "TestAuditWitnessesCli.moc"
