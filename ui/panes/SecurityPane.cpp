#include "panes/SecurityPane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "AppServices.h"
#include "dialogs/SigningDialog.h"
#include "security/SecurityPaneView.h"
#include "signoff/SignOffStep.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

SecurityPane::SecurityPane(QWidget* parent) : Pane(parent) {
    m_view = new SecurityPaneView(this);
    m_view->hide();
    connect(m_view, &SecurityPaneView::statusMessage, this, &Pane::statusMessage);
    connect(m_view, &SecurityPaneView::integrityFinished, this, &SecurityPane::updateSignOff);
    connect(m_view, &SecurityPaneView::securityEvaluated, this, &SecurityPane::updateSignOff);

    m_signOffRow = new QWidget(this);
    m_signOffRow->hide();
    auto* row = new QHBoxLayout(m_signOffRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_signOffNote = new QLabel;
    m_signOffNote->setObjectName(QStringLiteral("securitySignOffNote"));
    m_signOffNote->setWordWrap(true);
    m_signOff = new QPushButton(tr("&Sign off security review…"));
    m_signOff->setObjectName(QStringLiteral("securitySignOffButton"));
    connect(m_signOff, &QPushButton::clicked, this, &SecurityPane::signOff);
    row->addWidget(m_signOffNote, 1);
    row->addWidget(m_signOff);
}

QStringList SecurityPane::primaryRoles() const {
    return {Role::securityEngineer()};
}

void SecurityPane::refresh() {
    // Keep the view (and a running hash) out of the content that is about to be replaced.
    m_view->hide();
    m_view->setParent(this);
    m_signOffRow->hide();
    m_signOffRow->setParent(this);
    const PaneContext& c = context();
    const Clock* clock = c.services ? c.services->clock : &SystemClock::instance();
    if (showStateWithoutBundle()) {
        m_view->setBundle(nullptr, nullptr, clock, false);
        return;
    }
    QVBoxLayout* column = resetContent();
    addEntryError(column, c);
    m_view->setBundle(c.workspace, c.bundle, clock, false);
    column->addWidget(m_view, 1);
    column->addWidget(m_signOffRow);
    m_view->show();
    m_signOffRow->show();
    updateSignOff();
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

void SecurityPane::updateSignOff() {
    const PaneContext& c = context();
    requireRole(m_signOff, c, Role::securityEngineer(),
                tr("Sign the security step for this bundle"));
    const bool integrityDone = !m_view->integrityResult().gate.isEmpty();
    const bool scansDone = !m_view->securityResult().gate.isEmpty();
    if (m_signOff->isEnabled() && !(integrityDone && scansDone)) {
        m_signOff->setEnabled(false);
        m_signOff->setToolTip(tr("Wait for the integrity check and the scanner findings"));
    }
    if (!integrityDone || !scansDone) {
        m_signOffNote->setText(tr("The sign-off records both gate results once they are in."));
        return;
    }
    const bool pass = m_view->integrityResult().passed() && m_view->securityResult().passed();
    m_signOffNote->setText(pass ? tr("Integrity: %1 · Security: %2. Approving signs both results.")
                                      .arg(verdictLabel(m_view->integrityResult().status),
                                           verdictLabel(m_view->securityResult().status))
                                : tr("A gate did not pass: you can reject, or approve with an "
                                     "override and a justification."));
}

void SecurityPane::signOff() {
    const PaneContext& c = context();
    if (!c.bundle || !c.op || !c.workspace)
        return;
    const bool pass = m_view->integrityResult().passed() && m_view->securityResult().passed();
    SigningDialog::Request request{
        *c.bundle,
        QStringLiteral("security"),
        Role::securityEngineer(),
        pass ? QStringLiteral("approve") : QStringLiteral("reject"),
        pass ? QString()
             : tr("Integrity: %1. Security: %2.")
                   .arg(m_view->integrityResult().summary, m_view->securityResult().summary),
        {m_view->integrityResult(), m_view->securityResult()},
        {}};
    SigningDialog::Services services;
    services.roster = &c.workspace->roster();
    services.clock = c.services ? c.services->clock : &SystemClock::instance();
    services.operatorId = c.op->id;
    const auto made = SigningDialog::sign(this, request, services);
    if (made)
        emit statusMessage(tr("Security sign-off recorded"));
    else if (!SigningDialog::isCancel(made.error()))
        emit statusMessage(made.error().toString());
}

}  // namespace countersign::ui
