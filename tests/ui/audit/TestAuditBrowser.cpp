#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditStore.h"
#include "ui/audit/AuditBrowser.h"
#include "ui/audit/AuditRecordModel.h"

using namespace countersign;
using namespace countersign::ui;

class TestAuditBrowser : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<AuditStore> m_store;
    QString m_db;

    void fill(AuditStore& store, qint64 count) {
        qint64 i = 0;
        QVERIFY(store
                    .appendBatch([&](AuditEntry& e) {
                        if (i >= count)
                            return false;
                        e.actor = i % 3 ? QStringLiteral("r.ahmed") : QStringLiteral("s.okafor");
                        e.role = i % 3 ? QStringLiteral("risk_officer")
                                       : QStringLiteral("security_engineer");
                        e.action =
                            i % 2 ? QStringLiteral("gate.bias") : QStringLiteral("signoff.risk");
                        e.subject = QStringLiteral("fraud-detection@2026.11.0");
                        e.payload = QJsonObject{
                            {QStringLiteral("n"), i},
                            {QStringLiteral("note"), QStringLiteral("needle-%1").arg(i)}};
                        ++i;
                        return true;
                    })
                    .ok());
    }

private slots:
    void init() {
        m_dir = std::make_unique<test::TempDir>();
        m_db = m_dir->filePath(QStringLiteral("audit.sqlite"));
        m_store = std::move(AuditStore::open(m_db, {}, m_clock).value());
        fill(*m_store, 1200);
    }
    void cleanup() {
        m_store.reset();
        m_dir.reset();
    }

    void modelFetchesLazily() {
        AuditRecordModel model;
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.data(model.index(4, AuditRecordModel::Actor)).toString(),
                 QStringLiteral("r.ahmed"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({})) model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200);
        QCOMPARE(model.seqAt(1199), 1199);
        // Another writer (another connection, as another process would be) appends: poll shows it.
        auto other = AuditStore::open(m_db, {}, m_clock);
        QVERIFY(other.ok());
        QVERIFY(
            other.value()
                ->append(AuditEntry{QStringLiteral("cli"), {}, QStringLiteral("test.live"), {}, {}})
                .ok());
        model.poll();
        QCOMPARE(model.rowCount(), 1201);
        QCOMPARE(model.data(model.index(1200, AuditRecordModel::Action)).toString(),
                 QStringLiteral("test.live"));
    }

    void filtersAndSearch() {
        AuditBrowser browser;
        browser.setStore(m_store.get());
        QCOMPARE(browser.model()->rowCount(), 500);
        browser.findChild<QLineEdit*>(QStringLiteral("auditFilterActor"))
            ->setText(QStringLiteral("s.okafor"));
        QTRY_COMPARE(browser.model()->filter().actor, QStringLiteral("s.okafor"));
        for (int r = 0; r < browser.model()->rowCount(); ++r)
            QCOMPARE(browser.model()
                         ->data(browser.model()->index(r, AuditRecordModel::Actor))
                         .toString(),
                     QStringLiteral("s.okafor"));
        browser.findChild<QLineEdit*>(QStringLiteral("auditFilterActor"))->clear();
        browser.findChild<QLineEdit*>(QStringLiteral("auditSearch"))
            ->setText(QStringLiteral("NEEDLE-777\""));
        QTRY_COMPARE(browser.model()->rowCount(), 1);
        QCOMPARE(browser.model()->seqAt(0), 777);
    }

    void detailShowsRecordAndProof() {
        AuditBrowser browser;
        browser.setStore(m_store.get());
        QTableView* table = browser.findChild<QTableView*>(QStringLiteral("auditTable"));
        table->selectionModel()->setCurrentIndex(
            browser.model()->index(42, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString json =
            browser.findChild<QPlainTextEdit*>(QStringLiteral("auditDetailRecord"))->toPlainText();
        QVERIFY(json.contains(QStringLiteral("\"seq\": 42")));
        QVERIFY(json.contains(QStringLiteral("needle-42")));
        const QString proof =
            browser.findChild<QPlainTextEdit*>(QStringLiteral("auditProof"))->toPlainText();
        QVERIFY(proof.contains(QStringLiteral("\"leaf_index\": 42")));
        QVERIFY2(
            browser.findChild<QLabel*>(QStringLiteral("auditProofVerdict"))
                ->text()
                .startsWith(QStringLiteral("✓")),
            qPrintable(browser.findChild<QLabel*>(QStringLiteral("auditProofVerdict"))->text()));
    }

    void verifiesOnWorkerThread() {
        AuditBrowser browser;
        browser.setStore(m_store.get());
        QSignalSpy done(&browser, &AuditBrowser::verificationFinished);
        browser.findChild<QPushButton*>(QStringLiteral("auditVerify"))->click();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(browser.verdictText().contains(QStringLiteral("Store verified")));
        QCOMPARE(browser.lastVerification().recordsChecked, 1200);
    }

    void unpinnedKeyIsAWarning() {
        AuditBrowser browser;
        browser.setStore(m_store.get());
        QSignalSpy done(&browser, &AuditBrowser::verificationFinished);
        browser.startVerification();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY2(browser.verdictText().contains(QStringLiteral("pinned nowhere")),
                 qPrintable(browser.verdictText()));
        QVERIFY(browser.lastVerification().keyPinnedBy.isEmpty());
    }

    // The workspace's controls.json pins the store key: Verify checks the store against it.
    void pinnedKeyIsChecked_data() {
        QTest::addColumn<bool>("pinTheStoresKey");
        QTest::newRow("the store's key") << true;
        QTest::newRow("another key") << false;
    }
    void pinnedKeyIsChecked() {
        QFETCH(bool, pinTheStoresKey);
        const QString ws = m_dir->filePath(QStringLiteral("ws"));
        auto store = AuditStore::open(AuditStore::defaultStorePath(ws), {}, m_clock);
        QVERIFY(store.ok());
        fill(*store.value(), 10);
        const NoteVerifier other = NoteVerifier::make(store.value()->origin(), QByteArray(32, 'k'));
        const NoteVerifier pinned = pinTheStoresKey ? store.value()->verifier() : other;
        m_dir->write(
            QStringLiteral("ws/config/ml/controls.json"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("audit"),
                             QJsonObject{{QStringLiteral("store_vkey"), pinned.toString()}}}})
                .toJson());
        AuditBrowser browser;
        browser.setWorkspaceRoot(ws);
        browser.setStore(store.value().get());
        QSignalSpy done(&browser, &AuditBrowser::verificationFinished);
        browser.startVerification();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toBool(), pinTheStoresKey);
        const QString text = browser.verdictText();
        QVERIFY2(!text.contains(QStringLiteral("pinned nowhere")), qPrintable(text));
        if (!pinTheStoresKey) {
            QVERIFY2(text.contains(QStringLiteral("wrong-key")), qPrintable(text));
            QVERIFY2(text.contains(store.value()->verifier().keyIdText()) &&
                         text.contains(other.keyIdText()),
                     qPrintable(text));
        }
    }

    void tamperedRecordIsFoundAndSelected() {
        m_store.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER records_no_update")));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE records SET bytes = CAST(replace(CAST(bytes AS TEXT), 'needle-900', "
                "'needle-901') AS BLOB) WHERE seq = 900")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
        m_store = std::move(AuditStore::open(m_db, {}, m_clock).value());
        AuditBrowser browser;
        browser.setStore(m_store.get());
        QSignalSpy done(&browser, &AuditBrowser::verificationFinished);
        browser.startVerification();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(browser.verdictText().contains(QStringLiteral("record 900")));
        QCOMPARE(browser.lastVerification().firstBadSeq, 900);
        const QModelIndex current = browser.table()->selectionModel()->currentIndex();
        QCOMPARE(browser.model()->seqAt(current.row()), 900);
        QVERIFY(browser.findChild<QLabel*>(QStringLiteral("auditProofVerdict"))
                    ->text()
                    .startsWith(QStringLiteral("✗")));
    }

    void exportsSelection() {
        AuditBrowser browser;
        browser.setStore(m_store.get());
        auto* sel = browser.table()->selectionModel();
        for (int row : {3, 5, 8})
            sel->select(browser.model()->index(row, 0),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString path = m_dir->filePath(QStringLiteral("out.jsonl"));
        QCOMPARE(browser.exportTo(path), 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1), m_store->record(5)->bytes);
    }
};

QTEST_MAIN(TestAuditBrowser)
#include "TestAuditBrowser.moc"
