#include "ui/release/ReleasePane.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

#include "pipeline/GuardrailReport.h"
#include "release/ManualHotfix.h"
#include "ui/AppServices.h"
#include "ui/Format.h"
#include "ui/async/StoreReadJob.h"
#include "ui/release/CalendarPanel.h"
#include "ui/release/ReleaseActions.h"
#include "ui/release/ReleaseBoard.h"
#include "ui/release/ReleaseBoardModel.h"
#include "ui/release/RequestPanel.h"
#include "ui/widgets/FormSection.h"
#include "workspace/Bundle.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

ReleasePane::~ReleasePane() = default;

ReleasePane::ReleasePane(QWidget* parent)
    : Pane(parent),
      m_boardJob(std::make_unique<StoreReadJob<QList<BoardRow>>>(
          this, [this](const QList<BoardRow>& rows) { showBoard(rows); })),
      m_requestJob(std::make_unique<StoreReadJob<RequestView>>(
          this, [this](const RequestView& view) { showRequest(view); })) {
    // Not the pane's scroll area: the board is a table with its own scroll bars, so the board
    // and the selected request's details (which scroll on their own) share a splitter.
    scrollArea()->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("paneMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("releaseSplitter"));
    split->setChildrenCollapsible(false);
    m_view = split;
    m_view->setObjectName(QStringLiteral("releaseView"));
    m_board = new ReleaseBoard(split);
    auto* details = new QScrollArea(split);
    details->setObjectName(QStringLiteral("releaseDetailsScroll"));
    details->setWidgetResizable(true);
    details->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("releaseDetails"));
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(12);
    m_request = new RequestPanel(content);
    m_calendar = new CalendarPanel(content);
    inner->addWidget(m_request);
    m_versions = new QWidget(content);
    auto* versions = new QVBoxLayout(m_versions);
    versions->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_versions);
    inner->addWidget(m_calendar);
    inner->addStretch(1);
    details->setWidget(content);
    split->addWidget(m_board);
    split->addWidget(details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_dividerMoved = true; });
    auto* column = qobject_cast<QVBoxLayout*>(layout());
    auto* margins = new QVBoxLayout;
    margins->setContentsMargins(12, 10, 12, 12);
    margins->addWidget(m_message);
    margins->addWidget(m_view, 1);
    column->addLayout(margins, 1);

    m_actions = new ReleaseActions(this, [this]() -> const PaneContext& { return context(); });
    connect(m_board, &ReleaseBoard::bundleChosen, this, &Pane::bundleRequested);
    // The request actions work on the request on screen (read on the pool).
    connect(m_request, &RequestPanel::approveClicked, this, [this] {
        if (m_shown)
            m_actions->approve(*m_shown);
    });
    connect(m_request, &RequestPanel::rejectClicked, this, [this] {
        if (m_shown)
            m_actions->reject(*m_shown);
    });
    connect(m_request, &RequestPanel::hotfixClicked, m_actions, &ReleaseActions::openHotfix);
    connect(m_request, &RequestPanel::hotfixFromDriftClicked, this, [this] {
        if (m_shown)
            m_actions->hotfixFromDrift(*m_shown);
    });
    connect(m_request, &RequestPanel::attestClicked, m_actions, &ReleaseActions::attest);
    connect(m_request, &RequestPanel::deployedClicked, m_actions, &ReleaseActions::markDeployed);
    connect(m_request, &RequestPanel::rollbackClicked, m_actions, &ReleaseActions::rollback);
    connect(m_request, &RequestPanel::resendWebhookClicked, m_actions,
            &ReleaseActions::resendWebhook);
    connect(m_actions, &ReleaseActions::recorded, this, &ReleasePane::afterRecord);
    connect(m_actions, &ReleaseActions::refused, this,
            [this](const QString& what, const Refusals& refusals) {
                m_request->showRefusals(what, refusals);
            });
    connect(m_actions, &ReleaseActions::failed, this, [this](const QString& text) {
        m_request->showFailure(text);
        emit statusMessage(text);
    });
}

QStringList ReleasePane::primaryRoles() const {
    return {Role::opsLead()};
}

void ReleasePane::refresh() {
    const PaneContext& c = context();
    if (!c.workspace) {
        m_boardJob->discard();
        m_requestJob->discard();
        m_shown.reset();
        m_board->model()->setRows({});
        m_view->hide();
        m_message->setText(
            tr("Open a workspace to review its bundles: File > Open Workspace (Ctrl+O)."));
        m_message->show();
        return;
    }
    m_message->hide();
    m_view->show();
    reload();
}

void ReleasePane::afterRecord(const QString& message) {
    emit statusMessage(message);
    reload();
    emit recorded();
}

void ReleasePane::reload() {
    const PaneContext& c = context();
    if (!c.workspace)
        return;
    const Clock& clock = c.services ? *c.services->clock : SystemClock::instance();
    AuditStore* store = c.services ? c.services->audit : nullptr;
    // Every bundle's change request, rebuilt from the store on the pool (showBoard() when done).
    m_boardJob->start(*c.workspace, store, clock.now(),
                      [](const Workspace& workspace, AuditStore* reader, const Clock& at) {
                          return ReleaseBoardModel::collect(workspace, reader, at);
                      });
    // The chosen scheduled bundle's cycle: the same window as its change request's (one window
    // on the pane). A hotfix has no window: the calendar shows the next cycle.
    const bool scheduled = c.bundle && c.bundle->kind != QLatin1String(Bundle::kindHotfix);
    m_calendar->update(c.workspace->controls().calendar, clock,
                       scheduled ? c.bundle->snapshotFrozenAt : QDateTime());

    delete m_versions->findChild<QWidget*>(QStringLiteral("releaseVersions"));
    if (!c.bundle) {
        m_requestJob->discard();
        m_shown.reset();
        m_request->showNone(
            c.entry ? tr("%1 cannot be read: %2")
                          .arg(c.entry->id(), c.entry->error ? c.entry->error->message : QString())
                    : tr("Choose a change request on the board or a version in the navigator."));
        applyButtons();
        return;
    }
    m_versions->layout()->addWidget(versionsSection());
    // Another bundle: nothing of the last one's request stays on screen while this one is read.
    // The same one (a record came in, someone signed in): it stays until the new read is done.
    if (!m_shown || m_shown->bundleId != c.bundle->id()) {
        m_shown.reset();
        m_request->showNone(
            tr("Reading the change request of %1 from the audit store…").arg(c.bundle->id()));
    }
    applyButtons();
    m_requestJob->start(
        *c.workspace, store, clock.now(),
        [id = c.bundle->id()](const Workspace& workspace, AuditStore* reader, const Clock& at) {
            return RequestView::load(workspace, id, reader, at);
        });
}

void ReleasePane::showRequest(const RequestView& view) {
    const PaneContext& c = context();
    if (!c.bundle || view.bundleId != c.bundle->id())
        return;
    m_shown = view;
    m_request->showRequest(view.request, view.blockers, view.policy, view.at);
    applyButtons();
}

void ReleasePane::applyButtons() {
    if (!m_shown) {
        updateButtons(false, false, false, false, false, false, false, false);
        return;
    }
    const RequestView& v = *m_shown;
    updateButtons(true, v.open(), v.approved(), v.scheduled(), v.driftFailed, v.attested,
                  v.deployed(), v.webhookFailed);
}

void ReleasePane::showBoard(const QList<BoardRow>& rows) {
    m_board->model()->setRows(rows);
    const PaneContext& c = context();
    m_board->setCurrentBundle(c.entry ? c.entry->id() : QString());
    fitBoard();
}

bool ReleasePane::isLoading() const {
    return m_boardJob->isBusy() || m_requestJob->isBusy();
}

void ReleasePane::resizeEvent(QResizeEvent* event) {
    Pane::resizeEvent(event);
    fitBoard();
}

void ReleasePane::fitBoard() {
    if (m_dividerMoved || m_view->height() <= 0)
        return;
    const int total = m_view->height() - m_view->handleWidth();
    const int board = std::min(m_board->preferredHeight(), total * 11 / 20);
    m_view->setSizes({board, total - board});
}

QWidget* ReleasePane::versionsSection() const {
    const Bundle& b = *context().bundle;
    const Controls& controls = context().workspace->controls();
    const Controls::ModelVersions v = controls.versionsOf(b.model);
    auto* s = new FormSection(QStringLiteral("releaseVersions"), tr("Production and rollback"));
    const auto describe = [&](const QString& version) {
        if (version.isEmpty())
            return tr("not set in controls.json");
        return version == b.version ? tr("%1 (this version)").arg(version) : version;
    };
    s->addRow(QStringLiteral("production"), tr("Production:"), describe(v.production));
    s->addRow(QStringLiteral("lastKnownGood"), tr("Last known good (rollback target):"),
              describe(v.lastKnownGood));
    const QFileInfo report(GuardrailReport::pathIn(b.dir));
    s->addRow(QStringLiteral("pipeline"), tr("Pipeline report:"),
              report.isFile()
                  ? tr("guardrails/report.json, %1, written %2")
                        .arg(Format::size(report.size()), Format::utc(report.lastModified()))
                  : tr("no guardrails/report.json yet (countersign-cli gates)"));
    return s;
}

void ReleasePane::updateButtons(bool hasRequest, bool open, bool approved, bool scheduled,
                                bool driftFailed, bool attested, bool deployed,
                                bool webhookFailed) {
    const PaneContext& c = context();
    QString blocked;
    if (!c.op)
        blocked = tr("Sign in to act on a change request (top right, or Ctrl+Shift+I).");
    else if (!c.services || !c.services->audit)
        blocked = tr("The audit store is unavailable, so nothing can be signed or recorded.");
    const auto set = [&](QPushButton* b, bool enabled, const QString& what, const QString& why) {
        const bool on = hasRequest && blocked.isEmpty() && enabled;
        b->setEnabled(on);
        b->setToolTip(on ? what : (!blocked.isEmpty() ? blocked : why));
    };
    set(m_request->approveButton(), open, tr("Sign the next step of this request you may sign"),
        tr("The request is not open for approvals."));
    set(m_request->rejectButton(), open, tr("Reject the request with a signed justification"),
        tr("The request is not open."));
    set(m_request->hotfixButton(), open && scheduled,
        tr("Move the request to the hotfix lane, with a justification"),
        tr("Only an open scheduled request can move to the hotfix lane."));
    if (m_request->hotfixButton()->isEnabled()) {
        QStringList labels;
        bool allowed = false;
        for (const QString& role : ManualHotfix::allowedRoles()) {
            labels << Role::label(role);
            allowed = allowed || c.op->hasRole(role);
        }
        if (!allowed) {
            m_request->hotfixButton()->setEnabled(false);
            m_request->hotfixButton()->setToolTip(
                tr("Opening the hotfix lane by hand needs one of the roles %1; %2 holds none "
                   "of them.")
                    .arg(labels.join(QStringLiteral(", ")), c.op->name));
        }
    }
    set(m_request->hotfixFromDriftButton(), open && scheduled && driftFailed,
        tr("The drift gate breached: open the hotfix lane from it"),
        tr("The drift gate has not breached for this bundle."));
    set(m_request->attestButton(), approved && !attested,
        tr("Write the release attestation and notify the deployment webhook"),
        attested ? tr("The release attestation is written.")
                 : tr("The attestation needs the dual approval first."));
    set(m_request->deployedButton(), approved && attested,
        tr("Record that this release is deployed"),
        tr("Only an approved, attested release can be marked deployed."));
    if (m_request->deployedButton()->isEnabled())
        requireRole(m_request->deployedButton(), c, Role::opsLead(),
                    tr("Record that this release is deployed"));
    set(m_request->resendWebhookButton(), attested && webhookFailed,
        tr("POST the release attestation to the deployment webhook again; the outcome is "
           "recorded"),
        tr("Only a failed deployment webhook delivery can be resent."));
    if (m_request->resendWebhookButton()->isEnabled())
        requireRole(m_request->resendWebhookButton(), c, Role::opsLead(),
                    tr("POST the release attestation to the deployment webhook again; the outcome "
                       "is recorded"));
    set(m_request->rollbackButton(), deployed,
        tr("Roll back to the last known-good version: a signed, recorded action"),
        tr("Only a deployed release can be rolled back."));
    if (m_request->rollbackButton()->isEnabled())
        requireRole(m_request->rollbackButton(), c, Role::opsLead(),
                    tr("Roll back to the last known-good version: a signed, recorded action"));
}

}  // namespace countersign::ui
