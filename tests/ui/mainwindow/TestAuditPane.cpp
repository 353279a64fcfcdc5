// The Audit pane of the real main window: the workspace's store browsed, filtered, refreshed
// live when another process appends, proved, exported for an auditor, verified, and a
// tampered record named by the verification.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include "GuiSession.h"
#include "audit/AuditStore.h"
#include "ui/audit/AuditBrowser.h"
#include "ui/audit/AuditConsistencyView.h"
#include "ui/audit/AuditPane.h"
#include "ui/audit/AuditRecordDetail.h"
#include "ui/audit/AuditRecordModel.h"
#include "ui/release/ReleaseBoard.h"
#include "ui/release/ReleaseBoardModel.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestAuditPane : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void browsesFiltersAndVerifiesTheWorkspaceStore();
    void showsRecordsAppendedByAnotherProcess();
    void provesConsistencyAndExportsACheckpoint();
    void verificationNamesTheFirstTamperedRecord();
    void unavailableStoreSaysWhy();
    void damageFoundAfterOpeningBlocksSigning();
    void columnsFitASmallWindow();
    void marksRecordsThatAreNotEvidence();

private:
    void openWindow();
    void append(int count);
    AuditPane* showPane();
    template <typename T>
    T* child(const char* name) const {
        return m_gui.window()->findChild<T*>(QLatin1String(name));
    }
    int runCli(const QStringList& args);

    test::GuiSession m_gui;
};

void TestAuditPane::init() {
    const QString made = m_gui.setUp();
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestAuditPane::cleanup() {
    m_gui.tearDown();
}

void TestAuditPane::openWindow() {
    const QString opened = m_gui.openWindow();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
}

// Records written by the console itself, through the store the main window shares.
void TestAuditPane::append(int count) {
    AuditStore* store = m_gui.window()->services().audit;
    QVERIFY(store);
    for (int i = 0; i < count; ++i) {
        AuditEntry e;
        e.actor = i % 2 ? QStringLiteral("r.ahmed") : QStringLiteral("s.okafor");
        e.role = i % 2 ? QStringLiteral("risk_officer") : QStringLiteral("security_engineer");
        e.action = i % 2 ? QStringLiteral("gate.bias") : QStringLiteral("gate.integrity");
        e.subject = QStringLiteral("fraud-detection@2026.11.0");
        e.payload = QJsonObject{{QStringLiteral("note"), QStringLiteral("entry-%1").arg(i)}};
        QVERIFY(store->append(e).ok());
    }
}

AuditPane* TestAuditPane::showPane() {
    QAction* show = m_gui.window()->findChild<QAction*>(QStringLiteral("actionShowAudit"));
    if (!show)
        return nullptr;
    show->trigger();
    return qobject_cast<AuditPane*>(m_gui.window()->panes()->currentWidget());
}

int TestAuditPane::runCli(const QStringList& args) {
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QDir(qEnvironmentVariable("COUNTERSIGN_BIN_DIR"))
                  .filePath(QStringLiteral("countersign-cli")),
              QStringList{QStringLiteral("--workspace"), m_gui.root()} + args);
    if (!cli.waitForFinished(60000))
        return -1;
    if (cli.exitCode() != 0)
        qWarning("%s", cli.readAll().constData());
    return cli.exitCode();
}

void TestAuditPane::browsesFiltersAndVerifiesTheWorkspaceStore() {
    openWindow();
    append(10);
    AuditPane* pane = showPane();
    QVERIFY(pane);
    QCOMPARE(pane->browser()->store(), m_gui.window()->services().audit);
    auto* table = child<QTableView>("auditTable");
    QVERIFY(table && table->isVisible());
    AuditRecordModel* model = pane->browser()->model();
    QTRY_COMPARE(model->rowCount(), 10);
    QCOMPARE(model->data(model->index(1, AuditRecordModel::Actor)).toString(),
             QStringLiteral("r.ahmed"));

    child<QLineEdit>("auditFilterActor")->setText(QStringLiteral("r.ahmed"));
    QTRY_COMPARE(model->rowCount(), 5);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, AuditRecordModel::Actor)).toString(),
                 QStringLiteral("r.ahmed"));
    child<QLineEdit>("auditFilterActor")->clear();
    child<QLineEdit>("auditSearch")->setText(QStringLiteral("entry-7"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->seqAt(0), 7);
    child<QLineEdit>("auditSearch")->clear();
    QTRY_COMPARE(model->rowCount(), 10);

    // The selected record's detail carries its inclusion proof, checked.
    table->selectRow(3);
    QVERIFY(child<QLabel>("auditProofVerdict")->text().startsWith(QStringLiteral("✓")));

    QSignalSpy done(pane->browser(), &AuditBrowser::verificationFinished);
    child<QPushButton>("auditVerify")->click();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QVERIFY(child<QLabel>("auditVerdict")->text().contains(QStringLiteral("Store verified")));
    QCOMPARE(pane->browser()->lastVerification().recordsChecked, 10);
}

void TestAuditPane::showsRecordsAppendedByAnotherProcess() {
    openWindow();
    append(3);
    AuditPane* pane = showPane();
    QVERIFY(pane);
    AuditRecordModel* model = pane->browser()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("append"), QStringLiteral("--actor"),
                     QStringLiteral("pipeline"), QStringLiteral("--action"),
                     QStringLiteral("note.pipeline"), QStringLiteral("--subject"),
                     QStringLiteral("fraud-detection@2026.11.0")}),
             0);
    // No user action: the pane notices the other process's commit by itself.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 5000);
    QCOMPARE(model->data(model->index(3, AuditRecordModel::Actor)).toString(),
             QStringLiteral("pipeline"));
    QTRY_VERIFY(child<QLabel>("auditCheckpoint")->text().startsWith(QStringLiteral("4 records")));
}

void TestAuditPane::provesConsistencyAndExportsACheckpoint() {
    openWindow();
    append(7);
    AuditPane* pane = showPane();
    QVERIFY(pane);
    // Export for an auditor: a freshly signed checkpoint of all 7 records.
    const QString held = m_gui.dir().filePath(QStringLiteral("auditor.checkpoint"));
    DialogHooks::setNextSaveFileName(held);
    child<QPushButton>("auditExportCheckpoint")->click();
    AuditStore* store = m_gui.window()->services().audit;
    auto cp = Checkpoint::load(held, store->verifier());
    QVERIFY2(cp.ok(), cp ? "" : qPrintable(cp.error().message));
    QCOMPARE(cp->size, 7);
    QCOMPARE(cp->rootHash, store->rootHash(7).value());

    append(5);
    AuditConsistencyView* view = pane->browser()->consistencyView();
    QTRY_COMPARE(child<QSpinBox>("auditConsistencyTo")->value(), 12);
    child<QSpinBox>("auditConsistencyFrom")->setValue(7);
    child<QPushButton>("auditConsistencyProve")->click();
    QVERIFY2(view->verdict().startsWith(QStringLiteral("✓")), qPrintable(view->verdict()));
    auto proof =
        ConsistencyProof::fromJson(QJsonDocument::fromJson(view->proofText().toUtf8()).object());
    QVERIFY(proof.ok());
    QCOMPARE(proof->fromSize, 7);
    QCOMPARE(proof->toSize, 12);
    QCOMPARE(proof->fromRoot, cp->rootHash);
    QVERIFY(proof->verify());
    // The auditor's exported checkpoint is still extended by the store.
    QVERIFY(store->checkConsistencyWith(*cp).ok());
}

void TestAuditPane::verificationNamesTheFirstTamperedRecord() {
    openWindow();
    append(20);
    AuditPane* pane = showPane();
    QVERIFY(pane);
    QTRY_COMPARE(pane->browser()->model()->rowCount(), 20);
    {
        // An attacker with write access to the file, while the console runs.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(m_gui.window()->services().audit->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER records_no_update")));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE records SET bytes = CAST(replace(CAST(bytes AS TEXT), 'entry-12', "
            "'entry-99') AS BLOB) WHERE seq = 12")));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));

    QSignalSpy done(pane->browser(), &AuditBrowser::verificationFinished);
    child<QPushButton>("auditVerify")->click();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    const QString verdict = child<QLabel>("auditVerdict")->text();
    QVERIFY2(verdict.contains(QStringLiteral("TAMPERING FOUND")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("record 12")), qPrintable(verdict));
    QCOMPARE(pane->browser()->lastVerification().firstBadSeq, 12);
    // The bad record is selected and its detail says it no longer matches its hash.
    auto* table = child<QTableView>("auditTable");
    QCOMPARE(pane->browser()->model()->seqAt(table->selectionModel()->currentIndex().row()), 12);
    QVERIFY(child<QLabel>("auditProofVerdict")->text().startsWith(QStringLiteral("✗")));
}

void TestAuditPane::unavailableStoreSaysWhy() {
    const QString path = AuditStore::defaultStorePath(m_gui.root());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile junk(path);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    openWindow();
    QVERIFY(!m_gui.window()->services().audit);
    QVERIFY(!m_gui.window()->services().auditError.isEmpty());
    AuditPane* pane = showPane();
    QVERIFY(pane);
    QVERIFY(!pane->browser()->isVisible());
    auto* error = m_gui.window()->findChild<QLabel*>(QStringLiteral("auditUnavailable.error"));
    QVERIFY(error);
    QCOMPARE(error->text(), m_gui.window()->services().auditError);
    QTRY_VERIFY(error->isVisible());  // built when the pane came into view, shown right after
}

// The store opens without SQLite's quick_check (its first rows show at once); the check runs
// on the pool, and damage it finds blocks signing and says so.
void TestAuditPane::damageFoundAfterOpeningBlocksSigning() {
    const QString path = AuditStore::defaultStorePath(m_gui.root());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(8, 0), QTimeZone::utc()));
        auto store = AuditStore::open(path, AuditStore::defaultKeyPath(path), clock);
        QVERIFY(store);
        const QString filler(600, QLatin1Char('x'));
        for (int i = 0; i < 40; ++i)
            QVERIFY(store.value()->appendBatch([&, n = 0](AuditEntry& e) mutable {
                if (n++ == 100)
                    return false;
                e = AuditEntry{QStringLiteral("x"),
                               {},
                               QStringLiteral("note.fill"),
                               {},
                               {{QStringLiteral("text"), filler}}};
                return true;
            }));
    }  // closed: the WAL is folded into the file
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 20);
    QVERIFY(file.seek((pages / 2) * 4096));  // a page in the middle of the records
    QVERIFY(file.write(QByteArray(64, '\xff')) == 64);
    file.close();

    DialogHooks::setSuppressInformation(true);
    openWindow();
    QVERIFY(m_gui.window()->services().audit);  // opened: its records can be read
    QTRY_VERIFY_WITH_TIMEOUT(
        m_gui.window()->services().signingBlocked.contains(QLatin1String("damaged")), 30000);
}

namespace {
// Every column of the view lies inside its viewport: readable without scrolling sideways.
QString columnsOutside(const QTableView* view) {
    const QHeaderView* h = view->horizontalHeader();
    const int width = view->viewport()->width();
    QStringList outside;
    for (int c = 0; c < h->count(); ++c) {
        const int left = h->sectionViewportPosition(c);
        if (h->isSectionHidden(c))
            continue;
        if (left < 0 || left + h->sectionSize(c) > width || h->sectionSize(c) < 40)
            outside << QStringLiteral("%1 at %2+%3")
                           .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(left)
                           .arg(h->sectionSize(c));
    }
    return outside.isEmpty() ? QString()
                             : QStringLiteral("viewport %1 wide, outside: %2")
                                   .arg(width)
                                   .arg(outside.join(QStringLiteral(", ")));
}
}  // namespace

// A small laptop window (900x600): the audit table's columns, action and subject included,
// and the release board's "What is missing" are all in view without a horizontal scroll bar.
void TestAuditPane::columnsFitASmallWindow() {
    openWindow();
    m_gui.window()->resize(900, 600);
    AuditStore* store = m_gui.window()->services().audit;
    QVERIFY(store);
    for (const char* subject : {"remittance-scoring@2026.11.1", "fraud-detection@2026.11.0"}) {
        AuditEntry e;
        e.actor = QStringLiteral("s.lindqvist");
        e.role = QStringLiteral("security_engineer");
        e.action = QStringLiteral("signoff.security_review");
        e.subject = QLatin1String(subject);
        QVERIFY(store->append(e).ok());
    }
    AuditPane* pane = showPane();
    QVERIFY(pane);
    QTRY_COMPARE(m_gui.window()->size(), QSize(900, 600));
    auto* table = child<QTableView>("auditTable");
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QTRY_VERIFY2(columnsOutside(table).isEmpty(), qPrintable(columnsOutside(table)));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // Every cell's full text is in its tooltip (the subject elides when it is long).
    const QModelIndex subject = table->model()->index(0, AuditRecordModel::Subject);
    QCOMPARE(subject.data(Qt::ToolTipRole).toString(),
             QStringLiteral("remittance-scoring@2026.11.1"));

    m_gui.window()->panes()->setCurrentWidget(child<QWidget>("releasePane"));
    auto* board = child<QTableView>("releaseBoardView");
    QVERIFY(board && board->isVisible());
    QTRY_VERIFY(board->model()->rowCount() > 0);
    QTRY_VERIFY2(columnsOutside(board).isEmpty(), qPrintable(columnsOutside(board)));
    QCOMPARE(board->horizontalScrollBar()->maximum(), 0);
    // The board is a table in a splitter, not in a scroll area that scrolls the whole pane.
    for (QWidget* w = board->parentWidget(); w && w != m_gui.window(); w = w->parentWidget())
        QVERIFY2(!qobject_cast<QAbstractScrollArea*>(w), qPrintable(w->objectName()));
}

void TestAuditPane::marksRecordsThatAreNotEvidence() {
    openWindow();
    AuditStore* store = m_gui.window()->services().audit;
    // An unsigned gate.evaluated pass, as earlier versions wrote (audit append now writes only
    // note.*), and a script's note, which the workflow never reads.
    AuditEntry forged;
    forged.actor = QStringLiteral("nobody.at.all");
    forged.action = QStringLiteral("gate.evaluated");
    forged.subject = QStringLiteral("fraud-detection@2026.11.0");
    forged.payload = QJsonObject{{QStringLiteral("gate"), QStringLiteral("bias")},
                                 {QStringLiteral("status"), QStringLiteral("pass")}};
    auto forgedRecord = store->append(forged);
    QVERIFY(forgedRecord.ok());
    AuditEntry note;
    note.actor = QStringLiteral("cli");
    note.action = QStringLiteral("note.deploy-script");
    note.subject = QStringLiteral("fraud-detection@2026.11.0");
    QVERIFY(store->append(note).ok());

    AuditPane* pane = showPane();
    QVERIFY(pane);
    AuditRecordModel* model = pane->browser()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    const int forgedRow = model->rowOfSeq(forgedRecord->seq);
    QVERIFY(forgedRow >= 0);
    const QModelIndex evidence = model->index(forgedRow, AuditRecordModel::Evidence);
    QTRY_COMPARE(model->data(evidence).toString(), QStringLiteral("not evidence"));
    const QString reason = model->data(evidence, AuditRecordModel::NotEvidenceRole).toString();
    QVERIFY2(reason.contains(QStringLiteral("not signed")), qPrintable(reason));
    QVERIFY(model->data(model->index(forgedRow, AuditRecordModel::Action), Qt::ToolTipRole)
                .toString()
                .contains(reason));
    QCOMPARE(model->headerData(AuditRecordModel::Evidence, Qt::Horizontal).toString(),
             QStringLiteral("Evidence"));
    // The note is not marked: it is no kind the workflow reads.
    const int noteRow = model->rowOfSeq(forgedRecord->seq + 1);
    QVERIFY(model->data(model->index(noteRow, AuditRecordModel::Evidence)).toString().isEmpty());

    // The detail of the selected record says so, with the reason.
    auto* table = child<QTableView>("auditTable");
    table->selectRow(forgedRow);
    auto* detail = child<AuditRecordDetail>("auditDetail");
    QVERIFY(detail);
    QVERIFY2(detail->notEvidenceText().contains(reason), qPrintable(detail->notEvidenceText()));
    QVERIFY(child<QLabel>("auditNotEvidence")->isVisible());
    table->selectRow(noteRow);
    QVERIFY(detail->notEvidenceText().isEmpty());
    QVERIFY(!child<QLabel>("auditNotEvidence")->isVisible());
}

QTEST_MAIN(TestAuditPane)
#include "TestAuditPane.moc"
