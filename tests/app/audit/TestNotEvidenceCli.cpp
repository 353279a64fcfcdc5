// `audit verify` lists the records the workflow reads but does not count ("not evidence"), with
// their sequence numbers and the reason, in text and --json: information, not a failure. The
// real countersign-cli binary on a copy of the demo workspace.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "CliProcess.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "audit/AuditStore.h"

using namespace countersign;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args) {
    return test::runCli(args);
}

const QString kBundle = QStringLiteral("fraud-detection@2026.11.0");

}  // namespace

class TestNotEvidenceCli : public QObject {
    Q_OBJECT
    test::TempDir m_tmp;
    QString m_demo;
    QString m_ws;

    Run inWorkspace(const QStringList& args) const {
        return cli(QStringList{QStringLiteral("--workspace"), m_ws} + args);
    }

private slots:
    void initTestCase() {
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("init"), m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void init() {
        static int copies = 0;
        m_ws = m_tmp.filePath(QStringLiteral("copy%1").arg(copies++));
        QVERIFY(test::copyTree(m_demo, m_ws));
    }

    void unsignedStateLookingRecordIsListedWithItsReason() {
        // audit append refuses a workflow kind: it writes only notes.
        const Run refused = inWorkspace(
            {QStringLiteral("audit"), QStringLiteral("append"), QStringLiteral("--actor"),
             QStringLiteral("nobody.at.all"), QStringLiteral("--action"),
             QStringLiteral("gate.evaluated"), QStringLiteral("--subject"), kBundle});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("note.")), qPrintable(refused.err));
        // A note from a script is kept and is no kind the workflow reads: never listed.
        const Run note = inWorkspace(
            {QStringLiteral("audit"), QStringLiteral("append"), QStringLiteral("--actor"),
             QStringLiteral("deploy-script"), QStringLiteral("--action"),
             QStringLiteral("note.deploy-script"), QStringLiteral("--subject"), kBundle});
        QVERIFY2(note.code == 0, qPrintable(note.err));
        // An unsigned gate.evaluated pass as earlier versions wrote it (and as anyone with the
        // store's file can): looks like state, counts for nothing.
        qint64 forgedSeq = -1;
        {
            const QString db = AuditStore::defaultStorePath(m_ws);
            auto store =
                AuditStore::open(db, AuditStore::defaultKeyPath(db), SystemClock::instance());
            QVERIFY(store.ok());
            AuditEntry e;
            e.actor = QStringLiteral("nobody.at.all");
            e.role = QStringLiteral("pipeline");
            e.action = QStringLiteral("gate.evaluated");
            e.subject = kBundle;
            e.payload = QJsonObject{{QStringLiteral("gate"), QStringLiteral("bias")},
                                    {QStringLiteral("status"), QStringLiteral("pass")}};
            auto made = store.value()->append(e);
            QVERIFY(made.ok());
            forgedSeq = made->seq;
        }

        const Run text = inWorkspace({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(text.code == 0, qPrintable(text.err + text.out));
        QVERIFY2(text.out.contains(QStringLiteral("audit store verified")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("not evidence: 1 record")), qPrintable(text.out));
        const QString line = QStringLiteral("#%1 gate.evaluated by nobody.at.all on %2: not signed")
                                 .arg(forgedSeq)
                                 .arg(kBundle);
        QVERIFY2(text.out.contains(line), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QStringLiteral("note.deploy-script")), qPrintable(text.out));

        const Run json = inWorkspace(
            {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("not_evidence_count")).toInt(), 1);
        const QJsonArray list = doc.value(QStringLiteral("not_evidence")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject r = list.first().toObject();
        QCOMPARE(r.value(QStringLiteral("seq")).toInteger(), forgedSeq);
        QCOMPARE(r.value(QStringLiteral("action")).toString(), QStringLiteral("gate.evaluated"));
        QCOMPARE(r.value(QStringLiteral("actor")).toString(), QStringLiteral("nobody.at.all"));
        QCOMPARE(r.value(QStringLiteral("subject")).toString(), kBundle);
        QVERIFY2(
            r.value(QStringLiteral("reason")).toString().contains(QStringLiteral("not signed")),
            qPrintable(json.out));
    }

    void aStoreOfNotesListsNothing() {
        const Run note = inWorkspace(
            {QStringLiteral("audit"), QStringLiteral("append"), QStringLiteral("--actor"),
             QStringLiteral("deploy-script"), QStringLiteral("--action"),
             QStringLiteral("note.deploy-script"), QStringLiteral("--subject"), kBundle});
        QVERIFY2(note.code == 0, qPrintable(note.err));
        const Run json = inWorkspace(
            {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("not_evidence_count")).toInt(), 0);
        QVERIFY(doc.value(QStringLiteral("not_evidence")).toArray().isEmpty());
        const Run text = inWorkspace({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(text.code, 0);
        QVERIFY2(!text.out.contains(QStringLiteral("not evidence")), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestNotEvidenceCli)
#include "TestNotEvidenceCli.moc"
