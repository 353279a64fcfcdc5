#include "ui/security/SecurityPaneView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "audit/AuditStore.h"
#include "crypto/OpenSslErrors.h"
#include "gates/IntegrityGate.h"
#include "gates/SecurityGate.h"
#include "ui/security/FindingFilterModel.h"
#include "ui/security/FindingModel.h"
#include "ui/security/IntegrityJob.h"
#include "ui/security/IntegrityTableModel.h"
#include "workspace/Bundle.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {

QString mib(qint64 bytes) {
    return QLocale().formattedDataSize(bytes);
}

}  // namespace

SecurityPaneView::SecurityPaneView(QWidget* parent)
    : QWidget(parent),
      m_scans(this, [this](const ScanOutcome& outcome) { onScansEvaluated(outcome); }) {
    setObjectName(QStringLiteral("securityView"));
    m_job = new IntegrityJob(this);
    m_files = new IntegrityTableModel(this);
    m_findings = new FindingModel(this);
    m_accepted = new FindingModel(this);
    m_filter = new FindingFilterModel(this);
    m_filter->setSourceModel(m_findings);
    connect(m_job, &IntegrityJob::planned, this, &SecurityPaneView::onPlanned);
    connect(m_job, &IntegrityJob::fileChecked, this, &SecurityPaneView::onFileChecked);
    connect(m_job, &IntegrityJob::progress, this, &SecurityPaneView::onProgress);
    connect(m_job, &IntegrityJob::finished, this, &SecurityPaneView::onIntegrityFinished);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SecurityPaneView::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SecurityPaneView::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SecurityPaneView::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SecurityPaneView::updateCounts);

    // The three sections share the height the window gives them; the operator can move the
    // dividers, and every section stays visible down to small windows.
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("securitySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildIntegrity());
    splitter->addWidget(buildFindings());
    splitter->addWidget(buildAccepted());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    column->addWidget(splitter, 1);
}

SecurityPaneView::~SecurityPaneView() {
    m_job->cancel();
}

QWidget* SecurityPaneView::buildIntegrity() {
    auto* box = new QGroupBox(tr("Integrity: checksums against the manifest"));
    box->setObjectName(QStringLiteral("integritySection"));
    auto* layout = new QVBoxLayout(box);
    auto* top = new QHBoxLayout;
    m_integritySummary = new QLabel(tr("Not verified yet."));
    m_integritySummary->setObjectName(QStringLiteral("integritySummary"));
    m_integritySummary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("integrityProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Hashing progress"));
    m_verify = new QPushButton(tr("&Verify checksums"));
    m_verify->setObjectName(QStringLiteral("verifyIntegrityButton"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelIntegrityButton"));
    m_cancel->setEnabled(false);
    connect(m_verify, &QPushButton::clicked, this, &SecurityPaneView::verifyIntegrity);
    connect(m_cancel, &QPushButton::clicked, this, &SecurityPaneView::cancelIntegrity);
    top->addWidget(m_integritySummary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_verify);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_integrityView = new QTableView;
    m_integrityView->setObjectName(QStringLiteral("integrityTable"));
    m_integrityView->setAccessibleName(tr("Artefacts and their verdicts"));
    m_integrityView->setModel(m_files);
    m_integrityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_integrityView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_integrityView->verticalHeader()->hide();
    m_integrityView->setTextElideMode(Qt::ElideMiddle);
    m_integrityView->setWordWrap(false);
    QHeaderView* ih = m_integrityView->horizontalHeader();
    ih->setSectionResizeMode(IntegrityTableModel::Verdict, QHeaderView::ResizeToContents);
    ih->setSectionResizeMode(IntegrityTableModel::Path, QHeaderView::ResizeToContents);
    ih->setSectionResizeMode(IntegrityTableModel::Size, QHeaderView::ResizeToContents);
    // The digests share the rest of the width, elided in the middle (the tooltip has them in
    // full); the reason, empty unless a file fails, keeps what its header needs.
    ih->setSectionResizeMode(IntegrityTableModel::Expected, QHeaderView::Stretch);
    ih->setSectionResizeMode(IntegrityTableModel::Actual, QHeaderView::Stretch);
    ih->setSectionResizeMode(IntegrityTableModel::Reason, QHeaderView::ResizeToContents);
    m_integrityView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_integrityView->setMinimumHeight(fontMetrics().height() * 4);
    m_copyDigest = new QAction(tr("&Copy digest"), m_integrityView);
    m_copyDigest->setObjectName(QStringLiteral("copyDigestAction"));
    m_copyDigest->setShortcut(QKeySequence::Copy);
    m_copyDigest->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyDigest, &QAction::triggered, this, &SecurityPaneView::copyDigest);
    m_integrityView->addAction(m_copyDigest);
    m_integrityView->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_integrityView);
    return box;
}

QWidget* SecurityPaneView::buildFindings() {
    auto* box = new QGroupBox(tr("Scanner findings"));
    box->setObjectName(QStringLiteral("findingsSection"));
    auto* layout = new QVBoxLayout(box);
    m_securitySummary = new QLabel;
    m_securitySummary->setObjectName(QStringLiteral("securitySummary"));
    m_securitySummary->setWordWrap(true);
    m_scanErrors = new QLabel;
    m_scanErrors->setObjectName(QStringLiteral("scanErrors"));
    m_scanErrors->setWordWrap(true);
    m_scanErrors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scanErrors->hide();
    layout->addWidget(m_securitySummary);
    layout->addWidget(m_scanErrors);

    auto* filters = new QHBoxLayout;
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->addItem(tr("All severities"), static_cast<int>(Severity::Unknown));
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(tr("%1 and above").arg(severityLabel(s)), static_cast<int>(s));
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setAccessibleName(tr("Scanner"));
    m_package = new QLineEdit;
    m_package->setObjectName(QStringLiteral("packageFilter"));
    m_package->setPlaceholderText(tr("Package"));
    m_package->setAccessibleName(tr("Package filter"));
    m_package->setClearButtonEnabled(true);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Search id, title, target…"));
    m_text->setAccessibleName(tr("Text filter"));
    m_text->setClearButtonEnabled(true);
    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->addItem(tr("No grouping"), static_cast<int>(FindingModel::GroupBy::None));
    m_groupBy->addItem(tr("Group by package"), static_cast<int>(FindingModel::GroupBy::Package));
    m_groupBy->addItem(tr("Group by severity"), static_cast<int>(FindingModel::GroupBy::Severity));
    m_groupBy->addItem(tr("Group by scanner"), static_cast<int>(FindingModel::GroupBy::Source));
    m_groupBy->addItem(tr("Group by status"), static_cast<int>(FindingModel::GroupBy::Disposition));
    filters->addWidget(m_severity);
    filters->addWidget(m_source);
    filters->addWidget(m_package, 1);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_groupBy);
    layout->addLayout(filters);

    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(static_cast<Severity>(m_severity->currentData().toInt()));
    });
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSource(m_source->currentData().toString()); });
    connect(m_package, &QLineEdit::textChanged, m_filter, &FindingFilterModel::setPackage);
    connect(m_text, &QLineEdit::textChanged, m_filter, &FindingFilterModel::setText);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_findings->setGroupBy(
            static_cast<FindingModel::GroupBy>(m_groupBy->currentData().toInt()));
        m_findingsView->expandAll();
    });

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    m_counts->setWordWrap(true);
    m_acceptRisk = new QPushButton(tr("&Accept risk…"));
    m_acceptRisk->setObjectName(QStringLiteral("acceptRiskButton"));
    m_acceptRisk->setEnabled(false);
    m_acceptRisk->setToolTip(tr("Select a finding to accept its risk"));
    connect(m_acceptRisk, &QPushButton::clicked, this, &SecurityPaneView::acceptRiskRequested);
    m_revokeAcceptance = new QPushButton(tr("Re&voke acceptance…"));
    m_revokeAcceptance->setObjectName(QStringLiteral("revokeAcceptanceButton"));
    m_revokeAcceptance->setEnabled(false);
    m_revokeAcceptance->setToolTip(
        tr("Select an accepted finding to revoke its acceptance before it expires"));
    connect(m_revokeAcceptance, &QPushButton::clicked, this,
            &SecurityPaneView::revokeAcceptanceRequested);
    auto* countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_acceptRisk);
    countsRow->addWidget(m_revokeAcceptance);
    layout->addLayout(countsRow);

    m_findingsView = new QTreeView;
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_filter);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->sortByColumn(FindingModel::Severity, Qt::DescendingOrder);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->header()->setSectionResizeMode(FindingModel::Severity,
                                                   QHeaderView::ResizeToContents);
    m_findingsView->header()->setSectionResizeMode(FindingModel::Id, QHeaderView::ResizeToContents);
    m_findingsView->header()->setSectionResizeMode(FindingModel::Disposition,
                                                   QHeaderView::ResizeToContents);
    // The title takes what the short columns leave; long cells (a title, an image or lock-file
    // target) elide at the end, so they read from the start (every cell's tooltip has the
    // finding in full).
    m_findingsView->header()->setSectionResizeMode(FindingModel::Package,
                                                   QHeaderView::ResizeToContents);
    m_findingsView->header()->setSectionResizeMode(FindingModel::Source,
                                                   QHeaderView::ResizeToContents);
    m_findingsView->header()->setSectionResizeMode(FindingModel::Title, QHeaderView::Stretch);
    m_findingsView->header()->setStretchLastSection(false);
    m_findingsView->setTextElideMode(Qt::ElideRight);
    m_findingsView->setMinimumHeight(fontMetrics().height() * 5);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecurityPaneView::findingSelectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            &SecurityPaneView::findingSelectionChanged);
    connect(m_findings, &QAbstractItemModel::modelReset, this, [this] {
        m_findingsView->setRootIsDecorated(m_findings->groupBy() != FindingModel::GroupBy::None);
        m_findingsView->expandAll();
    });
    layout->addWidget(m_findingsView, 1);
    return box;
}

QWidget* SecurityPaneView::buildAccepted() {
    auto* box = new QGroupBox(tr("Accepted findings (signed risk acceptances)"));
    box->setObjectName(QStringLiteral("acceptedSection"));
    box->hide();  // until a finding is accepted: the findings get the room meanwhile
    m_acceptedBox = box;
    auto* layout = new QVBoxLayout(box);
    m_acceptedView = new QTreeView;
    m_acceptedView->setObjectName(QStringLiteral("acceptedView"));
    m_acceptedView->setAccessibleName(tr("Accepted findings"));
    m_acceptedView->setModel(m_accepted);
    m_acceptedView->setRootIsDecorated(false);
    m_acceptedView->setUniformRowHeights(true);
    m_acceptedView->setMinimumHeight(fontMetrics().height() * 3);
    for (int c : {FindingModel::Fixed, FindingModel::Disposition, FindingModel::Target,
                  FindingModel::Title})
        m_acceptedView->setColumnHidden(c, true);
    m_acceptedView->header()->setSectionResizeMode(FindingModel::Severity,
                                                   QHeaderView::ResizeToContents);
    m_acceptedView->header()->setSectionResizeMode(FindingModel::Id, QHeaderView::ResizeToContents);
    m_acceptedView->header()->setStretchLastSection(true);
    m_acceptedView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_acceptedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_acceptedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecurityPaneView::findingSelectionChanged);
    connect(m_accepted, &QAbstractItemModel::modelReset, this,
            &SecurityPaneView::findingSelectionChanged);
    layout->addWidget(m_acceptedView);
    return box;
}

void SecurityPaneView::setBundle(const Workspace* workspace, const Bundle* bundle,
                                 const Clock* clock, bool verifyNow) {
    m_workspace = workspace;
    m_bundle = bundle;
    m_clock = clock ? clock : &SystemClock::instance();
    const QString key = bundle ? bundle->dir + QLatin1Char('|') + bundle->digest : QString();
    const bool changed = key != m_bundleKey;
    m_bundleKey = key;
    m_verify->setEnabled(bundle != nullptr);
    if (!bundle) {
        m_job->cancel();
        m_files->setFiles({});
        m_findings->setFindings({});
        m_accepted->setFindings({});
        m_acceptedBox->hide();
        return;
    }
    if (changed) {
        m_job->cancel();
        m_integrityResult = GateResult{};
        m_manifestPath = bundle->manifestPath;
        m_manifestDigest =
            bundle->artefactsFromSha256Sums ? bundle->sha256SumsDigest : bundle->digest;
        m_bundleDigest = bundle->digest;
        QList<FileCheck> pending;
        for (const Artefact& a : bundle->artefacts) {
            FileCheck f;
            f.path = a.path;
            f.expectedSha256 = a.sha256;
            f.expectedSize = a.size;
            pending.append(f);
        }
        m_files->setFiles(pending);
        m_progress->setValue(0);
        m_integritySummary->setText(tr("%n file(s) in the manifest, not verified yet.", nullptr,
                                       static_cast<int>(pending.size())));
        evaluateScans();
        if (verifyNow)
            verifyIntegrity();
    }
}

void SecurityPaneView::verifyIntegrity() {
    if (!m_bundle)
        return;
    QList<ManifestEntry> entries;
    for (const Artefact& a : m_bundle->artefacts) entries.append({a.path, a.sha256, a.size});
    m_verify->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_integritySummary->setText(tr("Hashing…"));
    m_job->start(m_bundle->dir, entries);
}

void SecurityPaneView::cancelIntegrity() {
    m_job->cancel();
    m_verify->setEnabled(m_bundle != nullptr);
    m_cancel->setEnabled(false);
    m_integritySummary->setText(
        tr("Cancelled after %1 of %2.").arg(mib(m_job->bytesDone()), mib(m_job->bytesTotal())));
    emit statusMessage(tr("Integrity check cancelled"));
}

void SecurityPaneView::onPlanned(const QList<FileCheck>& files) {
    m_files->setFiles(files);
}

void SecurityPaneView::onFileChecked(int row, const FileCheck& file) {
    m_files->updateFile(row, file);
}

void SecurityPaneView::onProgress(qint64 done, qint64 total) {
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    m_integritySummary->setText(tr("Hashing… %1 of %2").arg(mib(done), mib(total)));
}

void SecurityPaneView::onIntegrityFinished(const IntegrityReport& report) {
    m_files->setFiles(report.files);
    m_integrityResult =
        IntegrityGate::evaluate(report, m_manifestPath, m_manifestDigest, m_bundleDigest, *m_clock);
    m_progress->setValue(1000);
    m_verify->setEnabled(true);
    m_cancel->setEnabled(false);
    m_integritySummary->setText(
        tr("%1: %2").arg(verdictLabel(m_integrityResult.status), m_integrityResult.summary));
    emit integrityFinished(m_integrityResult);
    emit statusMessage(tr("Integrity: %1").arg(verdictLabel(m_integrityResult.status)));
}

void SecurityPaneView::evaluateScans() {
    if (!m_bundle || !m_workspace)
        return;
    const Bundle bundle = *m_bundle;
    const Controls controls = m_workspace->controls();
    const Clock* clock = m_clock;
    const Roster roster = m_workspace->roster();
    // Acceptances come from the audit store (a scan of every record): read on the worker,
    // over a read-only connection of its own, not on the GUI thread that owns m_store.
    const QString storePath = m_store ? m_store->path() : QString();
    m_securitySummary->setText(tr("Reading scanner reports…"));
    m_scans.start([bundle, controls, clock, roster,
                   storePath](const Background<ScanOutcome>::Token&) -> ScanOutcome {
        AcceptanceStore::Loaded acceptances;
        if (!storePath.isEmpty()) {
            // Unreadable: no acceptance counts (the findings stay blocking), and it says so.
            if (auto reader = AuditStore::openReader(storePath); reader)
                acceptances = AcceptanceStore::load(*reader.value(), roster);
            else
                acceptances.problems << reader.error();
        }
        SecurityAssessment a;
        GateResult g = SecurityGate::runBundle(bundle, controls, *clock, acceptances, &a);
        return std::make_pair(g, a);
    });
}

void SecurityPaneView::onScansEvaluated(const ScanOutcome& outcome) {
    const auto& [g, a] = outcome;
    m_securityResult = g;
    QList<AssessedFinding> open, accepted;
    for (const AssessedFinding& f : a.findings)
        (f.disposition == FindingDisposition::Accepted ? accepted : open).append(f);
    m_findings->setFindings(open);
    m_accepted->setFindings(accepted);
    m_acceptedBox->setVisible(!accepted.isEmpty());
    m_securitySummary->setText(
        tr("%1: %2 (blocking at %3 and above; no severity: %4)")
            .arg(verdictLabel(g.status), g.summary, severityLabel(a.policy.blocking),
                 a.policy.unknown == SecurityPolicy::UnknownSeverity::Block ? tr("block")
                                                                            : tr("warn")));
    QStringList problems;
    for (const Error& e : a.errors) problems << tr("Unreadable report: %1").arg(e.toString());
    for (const Error& e : a.coverage) problems << tr("Not covered: %1").arg(e.toString());
    for (const Error& e : a.acceptanceProblems)
        problems << tr("Acceptance ignored: %1").arg(e.toString());
    for (const QString& s : a.skipped) problems << tr("Not audited: %1").arg(s);
    m_scanErrors->setText(problems.join(QLatin1Char('\n')));
    m_scanErrors->setVisible(!problems.isEmpty());
    updateSourceFilter();
    updateCounts();
    emit securityEvaluated(g);
}

void SecurityPaneView::updateSourceFilter() {
    const QString current = m_source->currentData().toString();
    QStringList sources;
    for (const AssessedFinding& f : m_findings->findings())
        for (const QString& s :
             f.finding.sources.isEmpty() ? QStringList{f.finding.source} : f.finding.sources)
            if (!sources.contains(s))
                sources << s;
    sources.sort();
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("All scanners"), QString());
    for (const QString& s : std::as_const(sources)) m_source->addItem(s, s);
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
    m_filter->setSource(m_source->currentData().toString());
}

void SecurityPaneView::updateCounts() {
    int bySeverity[6] = {0, 0, 0, 0, 0, 0};
    int blocking = 0;
    for (const AssessedFinding& f : m_findings->findings()) {
        ++bySeverity[static_cast<int>(f.finding.severity)];
        if (f.blocks())
            ++blocking;
    }
    int shown = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        shown += i.data(FindingModel::IsGroupRole).toBool() ? m_filter->rowCount(i) : 1;
    }
    QStringList parts;
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low,
                       Severity::Info, Severity::Unknown})
        if (const int n = bySeverity[static_cast<int>(s)])
            parts << QStringLiteral("%1 %2").arg(n).arg(severityLabel(s));
    m_counts->setText(tr("%1 findings (%2) · %3 blocking · %4 accepted · showing %5")
                          .arg(m_findings->findings().size())
                          .arg(parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", ")))
                          .arg(blocking)
                          .arg(m_accepted->findings().size())
                          .arg(shown));
}

const AssessedFinding* SecurityPaneView::selectedFinding() const {
    const QModelIndex current = m_findingsView->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_findings->findingAt(m_filter->mapToSource(current));
}

const AssessedFinding* SecurityPaneView::selectedAcceptedFinding() const {
    const QModelIndex current = m_acceptedView->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_accepted->findingAt(current);
}

void SecurityPaneView::copyDigest() {
    const QModelIndex current = m_integrityView->currentIndex();
    if (!current.isValid())
        return;
    const FileCheck& f = m_files->files().at(current.row());
    const QString digest =
        current.column() == IntegrityTableModel::Expected || f.actualSha256.isEmpty()
            ? f.expectedSha256
            : f.actualSha256;
    QApplication::clipboard()->setText(digest);
    emit statusMessage(tr("Copied the SHA-256 of %1").arg(f.path));
}

}  // namespace countersign::ui
