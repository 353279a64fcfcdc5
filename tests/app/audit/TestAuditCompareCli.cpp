// `audit compare A B` on real stores made by the real countersign-cli binary: identical copies,
// one a prefix of the other, copies that diverge (named by the first record that differs), a
// missing copy; both opened read-only, nothing created beside them.
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "CliProcess.h"
#include "StoreFile.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"

using namespace countersign;
using test::CliRun;
using test::runCli;

class TestAuditCompareCli : public QObject {
    Q_OBJECT
    test::TempDir m_tmp;
    QString m_original;  // a folder holding a store of 12 records and its key
    int m_copies = 0;

    static CliRun append(const QString& db, const QString& action) {
        return runCli({QStringLiteral("--store"), db, QStringLiteral("audit"),
                       QStringLiteral("append"), QStringLiteral("--actor"),
                       QStringLiteral("deploy-bot"), QStringLiteral("--action"), action,
                       QStringLiteral("--subject"), QStringLiteral("fraud-detection@2026.11.0")});
    }
    static QString db(const QString& folder) {
        return QDir(folder).filePath(QStringLiteral("audit.sqlite"));
    }
    QString copy() {
        const QString to = m_tmp.filePath(QStringLiteral("copy%1").arg(m_copies++));
        return test::copyTree(m_original, to) ? to : QString();
    }
    static CliRun compare(const QString& a, const QString& b, bool json = false) {
        QStringList args{QStringLiteral("audit"), QStringLiteral("compare"), a, b};
        if (json)
            args.prepend(QStringLiteral("--json"));
        return runCli(args);
    }

private slots:
    void initTestCase() {
        m_original = m_tmp.filePath(QStringLiteral("original"));
        for (int i = 0; i < 12; ++i) {
            const CliRun r = append(db(m_original), QStringLiteral("note.step-%1").arg(i));
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void identicalCopies() {
        const QString b = copy();
        const CliRun r = compare(db(m_original), db(b));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("identical")) && r.out.contains(QLatin1String("12")),
                 qPrintable(r.out));
        // Read-only: nothing made beside either copy.
        for (const QString& folder : {m_original, b})
            QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);  // db, key, checkpoint file
    }

    void onePrefixOfTheOther() {
        const QString b = copy();
        for (int i = 0; i < 3; ++i) QCOMPARE(append(db(b), QStringLiteral("note.later")).code, 0);
        CliRun r = compare(db(m_original), db(b));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("A (12 records) is a prefix of B (15 records)")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("first record only B holds is 12")),
                 qPrintable(r.out));
        r = compare(db(b), db(m_original), true);
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("prefix"));
        QCOMPARE(o.value(QStringLiteral("prefix")).toString(), QStringLiteral("b"));
        QCOMPARE(o.value(QStringLiteral("first_different_seq")).toInteger(), 12);
        QCOMPARE(o.value(QStringLiteral("a")).toObject().value(QStringLiteral("size")).toInteger(),
                 15);
    }

    // Two copies that went their own way after record 7 (a fork): the first record that
    // differs is named, and so is one record changed in place by an attacker.
    void divergedCopies() {
        const QString b = copy(), c = copy();
        QCOMPARE(append(db(b), QStringLiteral("note.fork-b")).code, 0);
        QCOMPARE(append(db(c), QStringLiteral("note.fork-c")).code, 0);
        CliRun r = compare(db(b), db(c));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("first record that differs is 12")),
                 qPrintable(r.out));

        const QString d = copy();
        QCOMPARE(test::tamperStore(db(d), {QStringLiteral("UPDATE records SET bytes = "
                                                          "CAST(replace(CAST(bytes AS TEXT), "
                                                          "'step-5', 'step-X') AS BLOB) "
                                                          "WHERE seq = 5")}),
                 QString());
        r = compare(db(m_original), db(d), true);
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("diverged"));
        QCOMPARE(o.value(QStringLiteral("first_different_seq")).toInteger(), 5);
        QCOMPARE(o.value(QStringLiteral("difference")).toString(),
                 QStringLiteral("the record bytes"));

        // A record deleted from one copy (the rows after it kept): it diverges there.
        const QString e = copy();
        QCOMPARE(test::tamperStore(db(e), {QStringLiteral("DELETE FROM records WHERE seq = 3")}),
                 QString());
        r = compare(db(m_original), db(e));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("differs is 3")) &&
                     r.out.contains(QLatin1String("B holds no record there")),
                 qPrintable(r.out));
    }

    void missingCopyIsBadInputAndCreatesNothing() {
        const QString missing = m_tmp.filePath(QStringLiteral("nowhere/audit.sqlite"));
        CliRun r = compare(db(m_original), missing);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
        r = compare(m_tmp.path(), db(m_original));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("folder")), qPrintable(r.err));
        r = runCli({QStringLiteral("audit"), QStringLiteral("compare"), db(m_original)});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditCompareCli)
#include "TestAuditCompareCli.moc"
