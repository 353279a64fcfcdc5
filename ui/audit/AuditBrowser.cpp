#include "ui/audit/AuditBrowser.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "audit/AuditStore.h"
#include "audit/AuditVerifier.h"
#include "crypto/OpenSslErrors.h"
#include "signoff/WorkspaceWitnesses.h"
#include "ui/async/StoreReadJob.h"
#include "ui/audit/AuditConsistencyView.h"
#include "ui/audit/AuditRecordDetail.h"
#include "ui/audit/AuditRecordModel.h"
#include "ui/audit/AuditStoreWatcher.h"
#include "ui/widgets/DialogHooks.h"
#include "workflow/NotEvidence.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {

QLineEdit* filterEdit(QWidget* parent, const char* name, const QString& placeholder) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    e->setAccessibleName(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

QDateTime parseTime(const QString& text) {
    if (text.trimmed().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

}  // namespace

AuditBrowser::AuditBrowser(QWidget* parent)
    : QWidget(parent),
      m_verification(
          this, [this](const VerifyRun& run) { verificationDone(run); },
          [this](int permille) { m_progress->setValue(permille); }) {
    setObjectName(QStringLiteral("auditBrowser"));
    m_evidenceJob = std::make_unique<StoreReadJob<QHash<qint64, QString>>>(
        this, [this](const QHash<qint64, QString>& reasons) {
            m_model->setNotEvidence(reasons);
            const QModelIndex current = m_table->selectionModel()->currentIndex();
            if (current.isValid())
                m_detail->setNotEvidence(m_model->notEvidenceReason(m_model->seqAt(current.row())));
        });
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_actor = filterEdit(this, "auditFilterActor", tr("Actor"));
    m_role = filterEdit(this, "auditFilterRole", tr("Role"));
    m_action = filterEdit(this, "auditFilterAction", tr("Action prefix"));
    m_subject = filterEdit(this, "auditFilterSubject", tr("Subject"));
    m_from = filterEdit(this, "auditFilterFrom", tr("From (UTC)"));
    m_to = filterEdit(this, "auditFilterTo", tr("To (UTC)"));
    for (QLineEdit* e : {m_from, m_to})
        e->setToolTip(tr("ISO 8601 in UTC, e.g. 2026-11-03T02:00:00Z or 2026-11-03"));
    m_search = filterEdit(this, "auditSearch", tr("Search in records"));
    for (QLineEdit* e : {m_actor, m_role, m_action, m_subject, m_from, m_to, m_search})
        filters->addWidget(e);
    layout->addLayout(filters);

    m_model = new AuditRecordModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit records"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Short columns fit their contents (applyFilters), the subject takes the rest and elides;
    // every cell's tooltip has its full text.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() *
                                                       4);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_detail = new AuditRecordDetail(this);
    m_consistency = new AuditConsistencyView(this);
    auto* side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("auditSideTabs"));
    side->setDocumentMode(true);
    side->addTab(m_detail, tr("Record && inclusion proof"));
    side->addTab(m_consistency, tr("Consistency proof"));
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("auditSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_table);
    m_split->addWidget(side);
    // The table gets the larger share; the detail keeps its share when a record with long
    // hashes is selected (it does not grow the panel).
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({640, 320});
    side->setMinimumSize(260, 120);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    layout->addWidget(m_split, 1);

    auto* bar = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Verify store"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(
        tr("Re-hash every record, check the chain, the columns, the tree and every signed "
           "checkpoint"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("auditCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setAccessibleName(tr("Verification progress"));
    m_progress->setFormat(tr("%p%"));
    m_progress->setMinimumWidth(120);
    m_progress->setVisible(false);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Export the selected records (or all shown) as JSON lines"));
    m_exportCheckpoint = new QPushButton(tr("Export &checkpoint…"), this);
    m_exportCheckpoint->setObjectName(QStringLiteral("auditExportCheckpoint"));
    m_exportCheckpoint->setToolTip(
        tr("Sign a checkpoint of the store now and save it for an auditor, who can later prove "
           "that nothing it covers was changed"));
    m_checkpoint = new QLabel(this);
    m_checkpoint->setObjectName(QStringLiteral("auditCheckpoint"));
    bar->addWidget(m_verify);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_checkpoint);
    bar->addWidget(m_export);
    bar->addWidget(m_exportCheckpoint);
    layout->addLayout(bar);
    layout->addWidget(m_verdict);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &AuditBrowser::applyFilters);
    for (QLineEdit* e : {m_actor, m_role, m_action, m_subject, m_from, m_to, m_search})
        connect(e, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditBrowser::selectionChanged);
    connect(m_model, &AuditRecordModel::loadError, this, &AuditBrowser::statusMessage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditBrowser::widenShortColumns);
    connect(m_verify, &QPushButton::clicked, this, &AuditBrowser::startVerification);
    connect(m_cancel, &QPushButton::clicked, this, &AuditBrowser::cancelVerification);
    connect(m_export, &QPushButton::clicked, this, &AuditBrowser::chooseExportFile);
    connect(m_exportCheckpoint, &QPushButton::clicked, this, &AuditBrowser::chooseCheckpointFile);
    setStore(nullptr);
}

AuditBrowser::~AuditBrowser() = default;

void AuditBrowser::setStore(AuditStore* store) {
    // A verification of the store shown before says nothing about this one.
    if (m_verification.isBusy()) {
        m_verification.cancel();
        endVerification();
    }
    m_store = store;
    m_model->setStore(store);
    m_detail->show(nullptr, -1);
    judgeEvidence();
    m_consistency->setStore(store);
    m_verdict->clear();
    m_last = {};
    m_verify->setEnabled(store != nullptr);
    m_export->setEnabled(store != nullptr);
    m_exportCheckpoint->setEnabled(store != nullptr);
    if (store)
        applyFilters();
    refreshCheckpointLabel();
}

void AuditBrowser::setWorkspace(const Workspace* workspace) {
    if (workspace == m_workspace)
        return;
    m_workspace = workspace;
    if (workspace)
        m_workspaceRoot = workspace->root();
    judgeEvidence();
}

bool AuditBrowser::isJudgingEvidence() const {
    return m_evidenceJob->isBusy();
}

void AuditBrowser::judgeEvidence() {
    if (!m_store || !m_workspace) {
        m_evidenceJob->discard();
        m_model->setNotEvidence({});
        return;
    }
    m_evidenceJob->start(*m_workspace, m_store, QDateTime::currentDateTimeUtc(),
                         [](const Workspace& workspace, AuditStore* store, const Clock&) {
                             QHash<qint64, QString> reasons;
                             if (!store)
                                 return reasons;
                             if (auto found = NotEvidence::find(*store, workspace); found)
                                 for (const NotEvidenceRecord& r : found.value())
                                     reasons.insert(r.sequence, r.reason);
                             return reasons;
                         });
}

void AuditBrowser::setWatcher(AuditStoreWatcher* watcher) {
    if (m_storeWatcher == watcher)
        return;
    disconnect(m_watchConnection);
    m_storeWatcher = watcher;
    // Records appended by another process (the CLI, a pipeline) appear while the pane is open.
    if (watcher)
        m_watchConnection =
            connect(watcher, &AuditStoreWatcher::changed, this, &AuditBrowser::poll);
}

void AuditBrowser::poll() {
    if (!m_store)
        return;
    m_model->poll();
    judgeEvidence();
    m_consistency->storeGrew();
    refreshCheckpointLabel();
}

void AuditBrowser::applyFilters() {
    AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.role = m_role->text().trimmed();
    f.actionPrefix = m_action->text().trimmed();
    f.subject = m_subject->text().trimmed();
    f.from = parseTime(m_from->text());
    f.to = parseTime(m_to->text());
    f.text = m_search->text();
    m_model->setFilter(f);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    // Wide enough for the largest sequence number, not just the first rows'.
    const int digits = QString::number(qMax<qint64>(m_store ? m_store->size() : 0, 9999)).size();
    m_table->setColumnWidth(AuditRecordModel::Seq, m_table->fontMetrics().horizontalAdvance(
                                                       QString(digits + 2, QLatin1Char('9'))));
    m_table->resizeColumnToContents(AuditRecordModel::Time);
    // Actor, role and action fit the loaded rows (the subject takes the rest).
    for (int c : {AuditRecordModel::Actor, AuditRecordModel::Role, AuditRecordModel::Action})
        m_table->resizeColumnToContents(c);
    updateOrientation();
}

void AuditBrowser::widenShortColumns() {
    // Rows fetched later (paging, another process appending) may hold a longer actor, role or
    // action: those columns grow to fit them, never shrink under the operator's hands.
    QHeaderView* h = m_table->horizontalHeader();
    for (int c : {AuditRecordModel::Actor, AuditRecordModel::Role, AuditRecordModel::Action}) {
        const int before = m_table->columnWidth(c);
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c,
                                std::max({before, m_table->columnWidth(c), h->sectionSizeHint(c)}));
    }
    updateOrientation();
}

void AuditBrowser::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateOrientation();
}

void AuditBrowser::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateOrientation();
}

void AuditBrowser::updateOrientation() {
    int columns = 0;
    for (int c = 0; c < AuditRecordModel::Subject; ++c) columns += m_table->columnWidth(c);
    // Room for a typical subject ("model@version") beside the short columns.
    const int subject =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("remittance-scoring@2026.11.0"));
    const int needed = columns + subject + m_table->verticalScrollBar()->sizeHint().width() +
                       m_split->handleWidth() + m_split->widget(1)->minimumWidth() + 24;
    const Qt::Orientation wanted = width() >= needed ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted) {
        m_split->setOrientation(wanted);
        m_splitSized = false;
    }
    // Most of the room for the table, once per orientation (then the operator's divider stays).
    const int total = wanted == Qt::Horizontal ? m_split->width() : m_split->height();
    if (!m_splitSized && isVisible() && total > 200) {
        const int table = wanted == Qt::Horizontal ? total * 2 / 3 : total * 11 / 20;
        m_split->setSizes({table, total - table});
        m_splitSized = true;
    }
}

void AuditBrowser::selectionChanged() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 seq = current.isValid() ? m_model->seqAt(current.row()) : -1;
    m_detail->show(m_store, seq);
    m_detail->setNotEvidence(seq < 0 ? QString() : m_model->notEvidenceReason(seq));
}

void AuditBrowser::startVerification() {
    if (!m_store || m_verification.isBusy())
        return;
    // The store's own connection belongs to this thread: its size and key are read here; the
    // worker opens connections of its own.
    const qint64 total = std::max<qint64>(m_store->size(), 0);
    const QString path = m_store->path();
    const NoteVerifier key = m_store->verifier();
    const QString root = m_workspaceRoot;
    m_verdict->setText(
        tr("Verifying %1 records and every signed checkpoint…").arg(QLocale().toString(total)));
    m_verdict->setStyleSheet({});
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_verify->setEnabled(false);
    m_cancel->setEnabled(true);
    m_verification.start([path, key, root](const Background<VerifyRun>::Token& token) {
        VerifyRun run;
        // Every witness the workspace holds (sign-offs' signatures checked: not on the GUI
        // thread).
        WorkspaceWitnesses found;
        if (root.isEmpty())
            found.witnesses = AuditStore::sidecarWitness(path);
        else
            found = WorkspaceWitnesses::gather(root, path);
        if (found.configError) {
            // The key controls.json may pin is unknown: no verdict of "verified" without it.
            run.cannotVerify = found.configError;
            return run;
        }
        run.verification = AuditVerifier::run(
            path, key, found.witnesses,
            [&token](qint64 done, qint64 all) { token.progress(done, all); }, token.cancelFlag());
        return run;
    });
}

void AuditBrowser::cancelVerification() {
    if (!m_verification.isBusy())
        return;
    m_verification.cancel();
    endVerification();
    m_verdict->setText(tr("Verification cancelled."));
    m_verdict->setStyleSheet({});
    emit statusMessage(m_verdict->text());
}

void AuditBrowser::endVerification() {
    m_cancel->setEnabled(false);
    m_verify->setEnabled(m_store != nullptr);
    m_progress->setVisible(false);
}

void AuditBrowser::verificationDone(const VerifyRun& run) {
    endVerification();
    if (run.cannotVerify) {
        m_verdict->setText(tr("✗ Cannot verify: %1").arg(run.cannotVerify->toString()));
        m_verdict->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        emit statusMessage(m_verdict->text());
        emit verificationFinished(false);
        return;
    }
    showVerification(run.verification);
}

QString AuditBrowser::verdictText() const {
    return m_verdict->text();
}

void AuditBrowser::showVerification(const AuditVerification& v) {
    m_last = v;
    QString text;
    QString style;
    if (v.ok()) {
        text = tr("✓ Store verified: %n record(s)", nullptr, static_cast<int>(v.recordsChecked)) +
               tr(", %n signed checkpoint(s)", nullptr, static_cast<int>(v.checkpointsChecked)) +
               tr(" and %n witness(es) from outside the store checked.", nullptr,
                  static_cast<int>(v.witnessesChecked));
        style = QStringLiteral("color: #1b7f3b; font-weight: bold;");
        if (v.keyPinnedBy.isEmpty()) {
            text += QLatin1Char(' ') +
                    tr("Warning: the store's key %1 is pinned nowhere outside the store (pin it "
                       "in config/ml/controls.json: countersign-cli audit key --pin).")
                        .arg(v.storeKey);
            style = QStringLiteral("color: #8a5300; font-weight: bold;");
        }
    } else if (v.problem == AuditVerification::Problem::Cancelled) {
        text = tr("Verification cancelled after %n record(s).", nullptr,
                  static_cast<int>(v.recordsChecked));
    } else {
        text = tr("✗ TAMPERING FOUND (%1): %2")
                   .arg(AuditVerification::problemName(v.problem), v.message);
        style = QStringLiteral("color: #b3261e; font-weight: bold;");
    }
    m_verdict->setText(text);
    m_verdict->setStyleSheet(style);
    emit statusMessage(text);
    if (v.firstBadSeq >= 0) {
        const int row = m_model->ensureLoaded(v.firstBadSeq);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    }
    emit verificationFinished(v.ok());
}

void AuditBrowser::refreshCheckpointLabel() {
    if (!m_store) {
        m_checkpoint->setText(tr("No audit store open."));
        return;
    }
    auto cp = m_store->latestCheckpoint();
    const qint64 size = m_store->size();
    if (!cp || cp->isNull())
        m_checkpoint->setText(
            tr("%n record(s), no checkpoint yet", nullptr, static_cast<int>(size)));
    else
        m_checkpoint->setText(tr("%1 records · checkpoint %2 · root %3…")
                                  .arg(QLocale().toString(size), QLocale().toString(cp->size),
                                       QString::fromLatin1(cp->rootHash.toBase64().left(10))));
    m_checkpoint->setToolTip(cp && !cp->isNull() ? cp->signedNote : QString());
}

qint64 AuditBrowser::exportTo(const QString& path) {
    if (!m_store)
        return -1;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return -1;
    }
    qint64 n = 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        auto r =
            m_store->exportRecords(m_model->filter(), AuditStore::ExportFormat::JsonLines, out);
        if (!r) {
            emit statusMessage(r.error().message);
            return -1;
        }
        n = r.value();
    } else {
        QList<qint64> seqs;
        for (const QModelIndex& i : rows) seqs << m_model->seqAt(i.row());
        std::sort(seqs.begin(), seqs.end());
        for (qint64 seq : seqs) {
            auto rec = m_store->record(seq);
            if (!rec) {
                emit statusMessage(rec.error().message);
                return -1;
            }
            out.write(rec->bytes);
            out.write("\n");
            ++n;
        }
    }
    if (!out.commit()) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return -1;
    }
    emit statusMessage(tr("Exported %n record(s).", nullptr, static_cast<int>(n)));
    return n;
}

void AuditBrowser::chooseExportFile() {
    const QString path =
        DialogHooks::saveFileName(this, tr("Export audit records"), QStringLiteral("audit.jsonl"),
                                  tr("JSON lines (*.jsonl)"));
    if (!path.isEmpty())
        exportTo(path);
}

qint64 AuditBrowser::exportCheckpointTo(const QString& path) {
    if (!m_store)
        return -1;
    auto cp = m_store->checkpoint();
    if (!cp) {
        emit statusMessage(tr("No checkpoint signed: %1").arg(cp.error().message));
        return -1;
    }
    if (auto saved = cp->save(path); !saved) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, saved.error().message));
        return -1;
    }
    refreshCheckpointLabel();
    emit statusMessage(
        tr("Saved the signed checkpoint of %1 records to %2; the store's verifier "
           "key is %3")
            .arg(QLocale().toString(cp->size), path, m_store->verifier().toString()));
    return cp->size;
}

void AuditBrowser::chooseCheckpointFile() {
    const QString path = DialogHooks::saveFileName(this, tr("Export checkpoint for an auditor"),
                                                   QStringLiteral("audit.checkpoint"),
                                                   tr("Signed checkpoints (*.checkpoint)"));
    if (!path.isEmpty())
        exportCheckpointTo(path);
}

}  // namespace countersign::ui
