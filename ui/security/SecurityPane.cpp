#include "ui/security/SecurityPane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "signoff/SignOffStep.h"
#include "ui/AppServices.h"
#include "ui/release/JustificationPrompt.h"
#include "ui/security/RiskAcceptanceDialog.h"
#include "ui/security/SecurityPaneView.h"
#include "ui/signoff/RiskAcceptanceSignables.h"
#include "ui/signoff/SignOffController.h"
#include "ui/signoff/SigningDialog.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {
const Clock& clockOf(const PaneContext& c) {
    return c.services && c.services->clock ? *c.services->clock : SystemClock::instance();
}
}  // namespace

SecurityPane::SecurityPane(QWidget* parent) : Pane(parent) {
    // With a bundle, the view fills the pane instead of the pane's scroll area: its tables
    // scroll on their own and its splitter shares the height between them.
    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("securityBody"));
    m_body->hide();
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(12, 10, 12, 8);
    m_errorHolder = new QWidget(m_body);
    auto* errors = new QVBoxLayout(m_errorHolder);
    errors->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_errorHolder);
    layout()->addWidget(m_body);
    m_view = new SecurityPaneView(m_body);
    connect(m_view, &SecurityPaneView::statusMessage, this, &Pane::statusMessage);
    connect(m_view, &SecurityPaneView::integrityFinished, this, &SecurityPane::updateSignOff);
    connect(m_view, &SecurityPaneView::securityEvaluated, this, &SecurityPane::updateSignOff);
    connect(m_view, &SecurityPaneView::securityEvaluated, this, &SecurityPane::updateAcceptRisk);
    connect(m_view, &SecurityPaneView::findingSelectionChanged, this,
            &SecurityPane::updateAcceptRisk);
    connect(m_view, &SecurityPaneView::acceptRiskRequested, this, &SecurityPane::acceptRisk);
    connect(m_view, &SecurityPaneView::revokeAcceptanceRequested, this,
            &SecurityPane::revokeAcceptance);
    // Looking never writes: the pane's gate runs are shown, and the results the engineer saw
    // go into their signed sign-off; the pipeline's signed report is the recorded evidence.

    m_signOffRow = new QWidget(m_body);
    auto* row = new QHBoxLayout(m_signOffRow);
    row->setContentsMargins(0, 0, 0, 0);
    // A read-only text box rather than a word-wrapped label: it wraps a long refusal without
    // making the pane's layout height-for-width (which would let the scroll area grow the
    // pane past the window and hide the accepted findings below the fold).
    m_signOffNote = new QPlainTextEdit;
    m_signOffNote->setObjectName(QStringLiteral("securitySignOffNote"));
    m_signOffNote->setReadOnly(true);
    m_signOffNote->setFrameShape(QFrame::NoFrame);
    m_signOffNote->viewport()->setAutoFillBackground(false);
    m_signOffNote->setFixedHeight(m_signOffNote->fontMetrics().lineSpacing() * 3 + 8);
    m_signOffNote->setAccessibleName(tr("Sign-off status"));
    m_signOff = new QPushButton(tr("&Approve security review…"));
    m_signOff->setObjectName(QStringLiteral("securitySignOffButton"));
    connect(m_signOff, &QPushButton::clicked, this, [this] { signOff(Decision::approve()); });
    m_reject = new QPushButton(tr("&Reject…"));
    m_reject->setObjectName(QStringLiteral("securityRejectButton"));
    connect(m_reject, &QPushButton::clicked, this, [this] { signOff(Decision::reject()); });
    row->addWidget(m_signOffNote, 1);
    row->addWidget(m_reject);
    row->addWidget(m_signOff);
    body->addWidget(m_view, 1);
    body->addWidget(m_signOffRow);
}

QStringList SecurityPane::primaryRoles() const {
    return {Role::securityEngineer()};
}

void SecurityPane::refresh() {
    const PaneContext& c = context();
    if (m_signingStore && (c.services ? c.services->audit : nullptr) != m_signingStore)
        closeSigningDialogs();
    const Clock* clock = &clockOf(c);
    m_view->setAuditStore(c.services ? c.services->audit : nullptr);
    if (showStateWithoutBundle()) {
        m_body->hide();
        scrollArea()->show();
        m_view->setBundle(nullptr, nullptr, clock, false);
        return;
    }
    qDeleteAll(m_errorHolder->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    addEntryError(qobject_cast<QVBoxLayout*>(m_errorHolder->layout()), c);
    m_view->setBundle(c.workspace, c.bundle, clock, false);
    scrollArea()->hide();
    m_body->show();
    // A sign-off's outcome (refused, or signed) stays in view while the same operator looks at
    // the same bundle.
    const QString refusalsFor = c.bundle->dir + QLatin1Char('|') + c.bundle->digest +
                                QLatin1Char('|') + (c.op ? c.op->id : QString());
    if (refusalsFor != m_refusalsFor)
        forgetOutcome();
    m_refusalsFor = refusalsFor;
    updateSignOff();
    updateAcceptRisk();
    if (isVisible())
        showEvent(nullptr);
}

void SecurityPane::showEvent(QShowEvent* event) {
    if (event)
        Pane::showEvent(event);
    // Hash when the pane is looked at, once per bundle: the GUI stays responsive meanwhile.
    const Bundle* b = context().bundle;
    if (!b)
        return;
    const QString key = b->dir + QLatin1Char('|') + b->digest;
    if (key == m_verifiedKey)
        return;
    m_verifiedKey = key;
    m_view->verifyIntegrity();
}

void SecurityPane::updateAcceptRisk() {
    updateRevokeAcceptance();
    const PaneContext& c = context();
    QPushButton* button = m_view->acceptRiskButton();
    requireRole(button, c, Role::securityEngineer(),
                tr("Accept the risk of the selected finding, signed with your key"));
    if (!button->isEnabled())
        return;
    const AssessedFinding* f = m_view->selectedFinding();
    QString why;
    if (!c.services || !c.services->audit)
        why = tr("The audit store is not open, so nothing can be recorded: %1")
                  .arg(c.services ? c.services->auditError : QString());
    else if (!f)
        why = tr("Select a finding to accept its risk");
    else if (f->disposition == FindingDisposition::Accepted)
        why = tr("%1 is already accepted").arg(f->finding.id);
    else if (f->finding.package.isEmpty())
        why = tr("Only a finding in a package can be accepted");
    if (!why.isEmpty()) {
        button->setEnabled(false);
        button->setToolTip(why);
    }
}

// Only the role that accepts may revoke (core checks again before signing).
void SecurityPane::updateRevokeAcceptance() {
    const PaneContext& c = context();
    QPushButton* button = m_view->revokeAcceptanceButton();
    requireRole(button, c, Role::securityEngineer(),
                tr("Revoke the acceptance of the selected accepted finding, signed with your key"));
    if (!button->isEnabled())
        return;
    const AssessedFinding* f = m_view->selectedAcceptedFinding();
    QString why;
    if (!c.services || !c.services->audit)
        why = tr("The audit store is not open, so nothing can be recorded: %1")
                  .arg(c.services ? c.services->auditError : QString());
    else if (!f || !f->acceptance)
        why = tr("Select an accepted finding to revoke its acceptance before it expires");
    if (!why.isEmpty()) {
        button->setEnabled(false);
        button->setToolTip(why);
    }
}

void SecurityPane::revokeAcceptance() {
    const PaneContext& c = context();
    const AssessedFinding* selected = m_view->selectedAcceptedFinding();
    if (!c.bundle || !c.op || !c.workspace || !selected || !selected->acceptance || !c.services ||
        !c.services->audit)
        return;
    const RiskAcceptance acceptance = *selected->acceptance;
    const auto reason = JustificationPrompt::ask(
        this, tr("Revoke the acceptance of %1 in %2").arg(acceptance.findingId, acceptance.package),
        tr("Why is the acceptance by %1 withdrawn before it expires? The reason is signed.")
            .arg(acceptance.acceptedBy));
    if (!reason)
        return;
    RiskRevocation revocation;
    revocation.acceptanceDigest = acceptance.envelopeDigest;
    revocation.findingId = acceptance.findingId;
    revocation.package = acceptance.package;
    revocation.reason = reason->trimmed();
    revocation.revokedBy = c.op->id;
    revocation.revokedAt = clockOf(c).now();
    // Whether it may be revoked is checked against the acceptances recorded now, read on the
    // pool (every acceptance and revocation in the store).
    m_acceptancesJob.start(*c.workspace, c.services->audit, clockOf(c).now(),
                           [](const Workspace& workspace, AuditStore* reader, const Clock&) {
                               LoadedAcceptances out;
                               if (reader)
                                   out.loaded = AcceptanceStore::load(*reader, workspace.roster());
                               else
                                   out.unreadable = true;
                               return out;
                           });
    m_pendingRevocation = revocation;
    m_signingStore = c.services->audit;
}

void SecurityPane::signRevocation(const LoadedAcceptances& acceptances) {
    const PaneContext& c = context();
    if (!m_pendingRevocation || !c.op || c.op->id != m_pendingRevocation->revokedBy ||
        !c.services || !c.services->audit)
        return;  // the context moved on meanwhile
    const RiskRevocation revocation = *std::exchange(m_pendingRevocation, std::nullopt);
    if (acceptances.unreadable) {
        emit statusMessage(tr("Acceptance not revoked: the audit store cannot be read"));
        return;
    }
    track(SigningDialog::open(
        this, std::make_shared<RiskRevocationSignable>(revocation, acceptances.loaded),
        SigningDialog::servicesFor(c), this, [this, revocation](const Result<Signed>& made) {
            if (!made) {
                if (!made.error().isCancelled())
                    emit statusMessage(
                        tr("Acceptance not revoked: %1").arg(made.error().toString()));
                return;
            }
            emit statusMessage(tr("Acceptance revoked: %1 in %2 (audit record %3)")
                                   .arg(revocation.findingId, revocation.package)
                                   .arg(made->auditSequence));
            forgetOutcome();
            m_view->reevaluateScans();
            emit recorded();
        }));
}

void SecurityPane::acceptRisk() {
    const PaneContext& c = context();
    const AssessedFinding* selected = m_view->selectedFinding();
    if (!c.bundle || !c.op || !c.workspace || !selected || !c.services || !c.services->audit)
        return;
    const AssessedFinding finding = *selected;
    const auto acceptance = RiskAcceptanceDialog::ask(this, finding, c.bundle->model,
                                                      c.bundle->id(), c.op->id, clockOf(c));
    if (!acceptance)
        return;
    const RiskAcceptance accepted = *acceptance;
    track(SigningDialog::open(
        this, std::make_shared<RiskAcceptanceSignable>(accepted), SigningDialog::servicesFor(c),
        this, [this, accepted](const Result<Signed>& made) {
            if (!made) {
                if (!made.error().isCancelled())
                    emit statusMessage(tr("Risk not accepted: %1").arg(made.error().toString()));
                return;
            }
            emit statusMessage(tr("Risk accepted: %1 in %2 until %3 (audit record %4)")
                                   .arg(accepted.findingId, accepted.package,
                                        accepted.expires.toUTC().toString(Qt::ISODate))
                                   .arg(made->auditSequence));
            forgetOutcome();  // what was refused may no longer be: the gate is evaluated again
            m_view->reevaluateScans();
            emit recorded();
        }));
}

void SecurityPane::track(SigningDialog* dialog) {
    if (!dialog)
        return;
    m_signingDialogs.removeAll(nullptr);
    m_signingDialogs << dialog;
    m_signingStore = context().services ? context().services->audit : nullptr;
}

void SecurityPane::closeSigningDialogs() {
    for (const QPointer<SigningDialog>& d : std::as_const(m_signingDialogs))
        if (d)
            delete d.data();  // it holds the store that is going
    m_signingDialogs.clear();
    m_pendingRevocation.reset();
    m_acceptancesJob.discard();
    m_signingStore = nullptr;
}

void SecurityPane::forgetOutcome() {
    m_refusals.clear();
    m_outcomeNote.clear();
}

void SecurityPane::updateSignOff() {
    const PaneContext& c = context();
    requireRole(m_signOff, c, Role::securityEngineer(),
                tr("Sign the security step for this bundle"));
    requireRole(m_reject, c, Role::securityEngineer(),
                tr("Reject this bundle at the security step, signed"));
    const bool integrityDone = !m_view->integrityResult().gate.isEmpty();
    const bool scansDone = !m_view->securityResult().gate.isEmpty();
    for (QPushButton* b : {m_signOff, m_reject}) {
        if (b->isEnabled() && !(integrityDone && scansDone)) {
            b->setEnabled(false);
            b->setToolTip(tr("Wait for the integrity check and the scanner findings"));
        }
    }
    if (!m_outcomeNote.isEmpty()) {
        m_signOffNote->setPlainText(m_outcomeNote);  // in view until the context changes
        return;
    }
    if (!integrityDone || !scansDone) {
        m_signOffNote->setPlainText(tr("The sign-off records both gate results once they are in."));
        return;
    }
    const bool pass = m_view->integrityResult().passed() && m_view->securityResult().passed();
    m_signOffNote->setPlainText(
        pass ? tr("Integrity: %1 · Security: %2. Approving signs both results.")
                   .arg(verdictLabel(m_view->integrityResult().status),
                        verdictLabel(m_view->securityResult().status))
             : tr("A gate did not pass: approval will be refused until it "
                  "does (a finding's risk may be accepted); you can reject."));
}

void SecurityPane::signOff(const QString& decision) {
    const PaneContext& c = context();
    if (!c.bundle || !c.op || !c.workspace)
        return;
    AuditStore* store = c.services ? c.services->audit : nullptr;
    if (!store) {
        m_signOffNote->setPlainText(tr("Not signed: the audit store is not open (%1)")
                                        .arg(c.services ? c.services->auditError : QString()));
        return;
    }
    const QList<GateResult> gates{m_view->integrityResult(), m_view->securityResult()};
    const QString justification =
        decision == Decision::reject()
            ? tr("Integrity: %1. Security: %2.")
                  .arg(m_view->integrityResult().summary, m_view->securityResult().summary)
            : QString();
    // The controller checks the workflow first (state, separation of duties, preconditions;
    // a refusal is recorded), then the signing dialog signs and records.
    SignOffController::sign(
        this, c, *c.bundle,
        {{}, SignOffStep::security(), Role::securityEngineer(), decision, justification, {}, {}},
        gates, this, [this, decision](const SignOffOutcome& outcome) {
            m_refusals = outcome.refusals;
            if (outcome.refused()) {
                m_outcomeNote = tr("Refused: %1").arg(outcome.reasons());
                m_signOffNote->setPlainText(m_outcomeNote);
                emit statusMessage(m_outcomeNote);
                emit recorded();  // the refused attempt is a record
            } else if (outcome.isSigned()) {
                m_outcomeNote = tr("Security sign-off recorded (%1, audit record %2).")
                                    .arg(SignOffStep::decisionLabel(decision))
                                    .arg(outcome.signOff->auditSequence);
                m_signOffNote->setPlainText(m_outcomeNote);
                emit statusMessage(tr("Security sign-off recorded"));
                emit recorded();
            } else if (outcome.error && !outcome.cancelled()) {
                m_signOffNote->setPlainText(tr("Not signed: %1").arg(outcome.error->toString()));
                emit statusMessage(outcome.error->toString());
            }
        });
}

}  // namespace countersign::ui
