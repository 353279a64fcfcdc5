// Damage to the store file's SQLite header is tampering or damage (exit 1, "the store file is
// damaged: ..."), never bad input (2) or our own bug (3): the real countersign-cli binary.
#include <QDir>
#include <QFile>
#include <QtTest>

#include "CliProcess.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"

using namespace countersign;
using test::CliRun;
using test::runCli;

class TestAuditDamageCli : public QObject {
    Q_OBJECT
    test::TempDir m_tmp;
    QString m_original;
    int m_copies = 0;

    static QString db(const QString& folder) {
        return QDir(folder).filePath(QStringLiteral("audit.sqlite"));
    }
    // A copy of the store with `bytes` written at `offset` of its database file.
    QString damagedCopy(qint64 offset, const QByteArray& bytes) {
        const QString to = m_tmp.filePath(QStringLiteral("copy%1").arg(m_copies++));
        if (!test::copyTree(m_original, to))
            return {};
        QFile f(db(to));
        if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || f.write(bytes) != bytes.size())
            return {};
        return to;
    }
    static CliRun verify(const QString& folder) {
        return runCli({QStringLiteral("--store"), db(folder), QStringLiteral("audit"),
                       QStringLiteral("verify")});
    }

private slots:
    void initTestCase() {
        m_original = m_tmp.filePath(QStringLiteral("original"));
        for (int i = 0; i < 20; ++i) {
            const CliRun r =
                runCli({QStringLiteral("--store"), db(m_original), QStringLiteral("audit"),
                        QStringLiteral("append"), QStringLiteral("--actor"), QStringLiteral("bot"),
                        QStringLiteral("--action"), QStringLiteral("note.x"),
                        QStringLiteral("--subject"), QStringLiteral("s")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QCOMPARE(verify(m_original).code, 0);
    }

    void headerStringOverwritten() {
        const QString ws = damagedCopy(0, QByteArray(16, '\xff'));
        QVERIFY(!ws.isEmpty());
        const CliRun r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("the store file is damaged")), qPrintable(r.err));
    }

    // The page size (bytes 16-17, big-endian, 4096 here) turned into other values: not a power
    // of two, a smaller power of two, one bit flipped.
    void pageSizeFieldChanged_data() {
        QTest::addColumn<QByteArray>("pageSize");
        QTest::newRow("not a power of two") << QByteArray("\x13\x00", 2);
        QTest::newRow("512") << QByteArray("\x02\x00", 2);
        QTest::newRow("bit flipped") << QByteArray("\x10\x01", 2);
    }
    void pageSizeFieldChanged() {
        QFETCH(QByteArray, pageSize);
        const QString ws = damagedCopy(16, pageSize);
        QVERIFY(!ws.isEmpty());
        const CliRun r = verify(ws);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("the store file is damaged")), qPrintable(r.err));
    }

    // The header's application_id and user_version (the schema) are in the same 100 bytes.
    void countersignHeaderFieldsChanged() {
        for (const qint64 offset : {60, 62, 63, 68, 71}) {
            const QString ws = damagedCopy(offset, QByteArray(1, '\x01'));
            QVERIFY(!ws.isEmpty());
            const CliRun r = verify(ws);
            QVERIFY2(
                r.code == 1,
                qPrintable(
                    QStringLiteral("offset %1: exit %2: %3").arg(offset).arg(r.code).arg(r.err)));
            QVERIFY2(r.err.contains(QLatin1String("the store file is damaged")), qPrintable(r.err));
        }
    }

    // Input files we cannot read stay exit 2.
    void malformedCheckpointStaysBadInput() {
        const QString bad = m_tmp.write(QStringLiteral("bad.checkpoint"), "not a checkpoint\n");
        const CliRun r = runCli({QStringLiteral("--store"), db(m_original), QStringLiteral("audit"),
                                 QStringLiteral("verify"), QStringLiteral("--checkpoint"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditDamageCli)
#include "TestAuditDamageCli.moc"
