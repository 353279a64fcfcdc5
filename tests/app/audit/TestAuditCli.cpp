#include <sys/stat.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "Command.h"
#include "StoreFile.h"
#include "TempDir.h"
#include "audit/ConsistencyProof.h"
#include "audit/InclusionProof.h"
#include "audit/MerkleTree.h"
#include "audit/NoteVerifier.h"

using namespace countersign;

class TestAuditCli : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    QString m_out, m_err;

    int run(QStringList args) {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out), err(&m_err);
        args.prepend(m_dir->filePath(QStringLiteral("store/audit.sqlite")));
        args.prepend(QStringLiteral("--store"));
        return cli::runCli(args, out, err);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(m_out.toUtf8()).object(); }

private slots:
    void init() { m_dir = std::make_unique<test::TempDir>(); }
    void cleanup() { m_dir.reset(); }

    void appendListVerifyProve() {
        const QString payload =
            m_dir->write(QStringLiteral("p.json"), "{\"gap\": 0.013, \"verdict\": \"fail\"}");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("append"),
                     QStringLiteral("--actor"), QStringLiteral("r.ahmed"), QStringLiteral("--role"),
                     QStringLiteral("risk_officer"), QStringLiteral("--action"),
                     i == 2 ? QStringLiteral("note.override.bias")
                            : QStringLiteral("note.gate.bias"),
                     QStringLiteral("--subject"), QStringLiteral("fraud-detection@2026.11.0"),
                     QStringLiteral("--payload"), payload}),
                0);
        QCOMPARE(json().value(QStringLiteral("seq")).toInt(), 4);

        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                      QStringLiteral("--action"), QStringLiteral("note.override")}),
                 0);
        const QJsonArray records = json().value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0)
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("gap"))
                     .toDouble(),
                 0.013);

        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("5 records")));

        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("prove"), QStringLiteral("--index"),
                      QStringLiteral("3")}),
                 0);
        auto inclusion = InclusionProof::fromJson(json());
        QVERIFY(inclusion.ok());
        QCOMPARE(inclusion->treeSize, 5);
        QVERIFY(inclusion->verify());

        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("consistency"),
                      QStringLiteral("--from"), QStringLiteral("2")}),
                 0);
        auto consistency = ConsistencyProof::fromJson(json());
        QVERIFY(consistency.ok());
        QVERIFY(consistency->verify());

        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("key")}), 0);
        QVERIFY(NoteVerifier::parse(m_out.trimmed()).ok());

        const QString held = m_dir->filePath(QStringLiteral("held.checkpoint"));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("checkpoint"),
                      QStringLiteral("--out"), held}),
                 0);
        QVERIFY(m_out.contains(QStringLiteral("\n5\n")));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"),
                      QStringLiteral("--checkpoint"), held}),
                 0);
    }

    QString storePath() const { return m_dir->filePath(QStringLiteral("store/audit.sqlite")); }
    int appendNote(const QString& action = QStringLiteral("note.deploy-script")) {
        return run({QStringLiteral("audit"), QStringLiteral("append"), QStringLiteral("--actor"),
                    QStringLiteral("deploy-bot"), QStringLiteral("--action"), action,
                    QStringLiteral("--subject"), QStringLiteral("fraud-detection@2026.11.0")});
    }

    // Scripts write notes only: any other action is refused (exit 2) naming the rule, and
    // nothing is written (not even a store).
    void appendWritesOnlyNotes() {
        for (const QString& action :
             {QStringLiteral("gate.evaluated"), QStringLiteral("release.deployed"),
              QStringLiteral("hotfix.requested"), QStringLiteral("notes.x")}) {
            QCOMPARE(appendNote(action), 2);
            QVERIFY2(m_err.contains(QLatin1String("note. namespace")), qPrintable(m_err));
            QVERIFY2(m_err.contains(action), qPrintable(m_err));
        }
        QVERIFY(!QFileInfo::exists(storePath()));
        QCOMPARE(appendNote(), 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}),
                 0);
        const QJsonArray records = json().value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("note.deploy-script"));
    }

    // A record whose time was moved before its predecessor's (bytes, column and hash
    // rewritten, as someone with the file would): verify fails (exit 1) naming the record.
    void verifyCatchesATimeThatWentBack() {
        for (int i = 0; i < 3; ++i) QCOMPARE(appendNote(), 0);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        const QString db = storePath();
        const QByteArray t0 =
            test::queryStore(db, QStringLiteral("SELECT time FROM records WHERE seq = 0")).value(0);
        QByteArray bytes =
            test::queryStore(db, QStringLiteral("SELECT bytes FROM records WHERE seq = 1"))
                .value(0);
        const QByteArray t1 =
            test::queryStore(db, QStringLiteral("SELECT time FROM records WHERE seq = 1")).value(0);
        const QByteArray earlier = QDateTime::fromString(QString::fromLatin1(t0), Qt::ISODateWithMs)
                                       .addSecs(-3600)
                                       .toString(Qt::ISODateWithMs)
                                       .toLatin1();
        QVERIFY(bytes.contains(t1));
        bytes.replace(t1, earlier);
        const QString error = test::tamperStore(
            db, {QStringLiteral("UPDATE records SET bytes = X'%1', hash = X'%2', time = '%3' "
                                "WHERE seq = 1")
                     .arg(QString::fromLatin1(bytes.toHex()),
                          QString::fromLatin1(MerkleTree::leafHash(bytes).toHex()),
                          QString::fromLatin1(earlier))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}), 1);
        QVERIFY2(m_err.contains(QLatin1String("time-went-back")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QStringLiteral("record 1's time %1 is earlier than record 0's %2")
                                    .arg(QString::fromLatin1(earlier), QString::fromLatin1(t0))),
                 qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}),
                 1);
        QCOMPARE(json().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("time-went-back"));
    }

    // Commands that only look never create a store: a missing one is exit 2 naming the path.
    void readOnlyCommandsNeverCreateAStore() {
        const QList<QStringList> commands{
            {QStringLiteral("verify")},
            {QStringLiteral("list")},
            {QStringLiteral("export")},
            {QStringLiteral("prove"), QStringLiteral("--index"), QStringLiteral("0")},
            {QStringLiteral("consistency"), QStringLiteral("--from"), QStringLiteral("0")},
            {QStringLiteral("key")}};
        for (QStringList args : commands) {
            args.prepend(QStringLiteral("audit"));
            QCOMPARE(run(args), 2);
            QVERIFY2(m_err.contains(QLatin1String("there is no audit store at")) &&
                         m_err.contains(storePath()),
                     qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + m_err));
            QVERIFY(!QFileInfo::exists(storePath()));
            QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("store/store.key"))));
        }
    }

    // A --store that is a folder is bad input naming it, for looking and for writing.
    void aFolderIsNotAStore() {
        const QString folder = m_dir->filePath(QStringLiteral("store/audit.sqlite"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}), 2);
        QVERIFY2(m_err.contains(folder + QLatin1String(" is a folder")), qPrintable(m_err));
        QCOMPARE(appendNote(), 2);
        QVERIFY2(m_err.contains(folder + QLatin1String(" is a folder")), qPrintable(m_err));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("store/store.key"))));
    }

    // A --store that is a FIFO (or a link to a device) is bad input naming what it is: never
    // waited on, no SQLite wording, nothing created beside it.
    void aFifoOrDeviceIsNotAStore() {
        const QString store = m_dir->filePath(QStringLiteral("store/audit.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(store).absolutePath()));
        QCOMPARE(::mkfifo(QFile::encodeName(store).constData(), 0600), 0);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}), 2);
        QVERIFY2(m_err.contains(store + QLatin1String(" is a named pipe")), qPrintable(m_err));
        QCOMPARE(appendNote(), 2);
        QVERIFY(QFile::remove(store));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), store));
        QCOMPARE(appendNote(), 2);
        QVERIFY2(m_err.contains(QLatin1String("not an audit store file")), qPrintable(m_err));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("store/store.key"))));
    }

    // The database and its key are owner-only whatever the umask.
    void storeFilesAreOwnerOnly() {
        const mode_t old = ::umask(0);
        const int code = appendNote();
        ::umask(old);
        QCOMPARE(code, 0);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString& file :
             {storePath(), m_dir->filePath(QStringLiteral("store/store.key"))}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
        }
    }

    void badInputExitsTwo() {
        QCOMPARE(
            run({QStringLiteral("audit"), QStringLiteral("append"), QStringLiteral("--actor"),
                 QStringLiteral("a"), QStringLiteral("--action"), QStringLiteral("Not Dotted")}),
            2);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("prove")}), 2);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("prove"), QStringLiteral("--index"),
                      QStringLiteral("9")}),
                 2);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("xml")}),
                 2);
    }

    // A store of the earlier schema: refused with how to migrate (exit 2), migrated (exit 0,
    // the old file kept), then it verifies against the auditor's checkpoint from before.
    void migratesASchema1Store() {
        const QDir fixture(test::testDataDir() + QStringLiteral("/audit/schema1"));
        QDir().mkpath(m_dir->filePath(QStringLiteral("store")));
        for (const QString& name : fixture.entryList(QDir::Files))
            QVERIFY(QFile::copy(fixture.filePath(name),
                                m_dir->filePath(QStringLiteral("store/") + name)));
        const QString held = m_dir->filePath(QStringLiteral("store/held.checkpoint"));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}), 2);
        QVERIFY2(m_err.contains(QStringLiteral("audit migrate")), qPrintable(m_err));

        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("migrate")}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("41 records")), qPrintable(m_out));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("store/audit.sqlite.schema1.bak"))));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"),
                      QStringLiteral("--checkpoint"), held}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("41 records")), qPrintable(m_out));

        QCOMPARE(
            run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("migrate")}), 0);
        QCOMPARE(json().value(QStringLiteral("migrated")).toBool(true), false);
    }

    // A proof node on the root path changed: the store refuses to open (its last checkpoint
    // no longer verifies), and `audit verify` still names the node and the record keeping it.
    void verifyNamesAChangedNodeOfAStoreThatRefusesToOpen() {
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("generate"),
                      QStringLiteral("--count"), QStringLiteral("40")}),
                 0);
        // Record 31 keeps the nodes of levels 1..5; (5, 0) is the left half of the root.
        const QString tampered =
            test::tamperStore(m_dir->filePath(QStringLiteral("store/audit.sqlite")),
                              {QStringLiteral("UPDATE records SET nodes = substr(nodes, 1, 128) || "
                                              "zeroblob(32) WHERE seq = 31")});
        QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("refuses to open")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QStringLiteral("nodes-changed")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QStringLiteral("level 5, index 0")), qPrintable(m_err));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
