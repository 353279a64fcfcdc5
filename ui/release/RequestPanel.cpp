#include "ui/release/RequestPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include "audit/AuditActions.h"
#include "common/UtcText.h"
#include "release/ReleaseCalendar.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/InfoTable.h"
#include "ui/widgets/VerdictPalette.h"
#include "workspace/Role.h"

namespace countersign::ui {

namespace {

QString bullets(const Refusals& list) {
    QStringList lines;
    for (const Refusal& r : list) lines.append(QStringLiteral("• ") + r.message);
    return lines.join(QLatin1Char('\n'));
}

QString stepName(const QString& id) {
    const auto step = stepFromId(id);
    return step ? stepLabel(*step) : id;
}

}  // namespace

RequestPanel::RequestPanel(QWidget* parent) : QGroupBox(tr("Change request"), parent) {
    setObjectName(QStringLiteral("releaseRequest"));
    auto* column = new QVBoxLayout(this);
    m_title = label(QStringLiteral("requestTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_window = label(QStringLiteral("requestWindow"));
    m_signOffs = new InfoTable(
        QStringLiteral("requestSignOffs"),
        {tr("Step"), tr("Signer"), tr("Role"), tr("Decision"), tr("Signed"), tr("Counts")}, this);
    m_progress = label(QStringLiteral("dualApprovalProgress"));
    m_blockers = label(QStringLiteral("requestBlockers"));
    m_refusals = label(QStringLiteral("refusalReasons"));
    m_refusals->hide();
    m_attestation = label(QStringLiteral("attestationState"));
    m_webhook = label(QStringLiteral("webhookState"));

    m_buttons = new QWidget(this);
    auto* flow = new FlowLayout(m_buttons, 6);
    flow->setContentsMargins(0, 4, 0, 0);
    m_approve = button(QStringLiteral("approveButton"), tr("&Approve…"));
    m_reject = button(QStringLiteral("rejectButton"), tr("Re&ject…"));
    m_hotfix = button(QStringLiteral("hotfixButton"), tr("Open &hotfix…"));
    m_hotfixDrift =
        button(QStringLiteral("hotfixFromDriftButton"), tr("Hotfix from &drift breach"));
    m_attest = button(QStringLiteral("attestButton"), tr("Write release a&ttestation"));
    m_deployed = button(QStringLiteral("deployedButton"), tr("Mark de&ployed…"));
    m_rollback = button(QStringLiteral("rollbackButton"), tr("Roll &back…"));
    m_resendWebhook = button(QStringLiteral("resendWebhookButton"), tr("Re&send webhook"));
    for (QPushButton* b : {m_approve, m_reject, m_hotfix, m_hotfixDrift, m_attest, m_deployed,
                           m_rollback, m_resendWebhook})
        flow->addWidget(b);
    // A new action starts without the last refusal.
    for (QPushButton* b : {m_approve, m_reject, m_hotfix, m_hotfixDrift, m_attest, m_deployed,
                           m_rollback, m_resendWebhook})
        connect(b, &QPushButton::clicked, this, &RequestPanel::clearRefusals);
    connect(m_approve, &QPushButton::clicked, this, &RequestPanel::approveClicked);
    connect(m_reject, &QPushButton::clicked, this, &RequestPanel::rejectClicked);
    connect(m_hotfix, &QPushButton::clicked, this, &RequestPanel::hotfixClicked);
    connect(m_hotfixDrift, &QPushButton::clicked, this, &RequestPanel::hotfixFromDriftClicked);
    connect(m_attest, &QPushButton::clicked, this, &RequestPanel::attestClicked);
    connect(m_deployed, &QPushButton::clicked, this, &RequestPanel::deployedClicked);
    connect(m_rollback, &QPushButton::clicked, this, &RequestPanel::rollbackClicked);
    connect(m_resendWebhook, &QPushButton::clicked, this, &RequestPanel::resendWebhookClicked);

    column->addWidget(m_title);
    column->addWidget(m_window);
    column->addWidget(m_signOffs);
    column->addWidget(m_progress);
    column->addWidget(m_blockers);
    column->addWidget(m_refusals);
    column->addWidget(m_attestation);
    column->addWidget(m_webhook);
    column->addWidget(m_buttons);
}

QLabel* RequestPanel::label(const QString& objectName) {
    auto* l = new QLabel(this);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPushButton* RequestPanel::button(const QString& objectName, const QString& text) {
    auto* b = new QPushButton(text, m_buttons);
    b->setObjectName(objectName);
    return b;
}

void RequestPanel::showNone(const QString& message) {
    m_shownId.clear();
    m_title->setText(message);
    for (QLabel* l : {m_window, m_progress, m_blockers, m_refusals, m_attestation, m_webhook})
        l->hide();
    m_signOffs->hide();
    m_buttons->hide();
}

void RequestPanel::showRequest(const ChangeRequest& cr, const Refusals& blockers,
                               const ApprovalPolicy& policy, const QDateTime& now) {
    if (m_shownId != cr.id)
        clearRefusals();
    m_shownId = cr.id;
    m_title->setText(
        tr("%1 · %2 · %3 lane · %4")
            .arg(cr.id, cr.bundle.subject(), changeKindLabel(cr.kind), changeStateLabel(cr.state)));
    if (cr.kind == ChangeKind::Hotfix) {
        m_window->setText(tr("Hotfix lane (%1): approvals are not bound to the change window.")
                              .arg(cr.hotfixReason));
    } else if (cr.bundle.kind == ChangeKind::Hotfix) {
        // The owner's word does not lift the window; a signed request does.
        m_window->setText(
            tr("bundle.json asks for the hotfix lane: an Ops Lead or Risk Officer "
               "opens it with a signed hotfix request (Open hotfix…). Until then "
               "the change window applies."));
    } else if (cr.windowProblem) {
        m_window->setText(tr("No change window: %1").arg(cr.windowProblem->message));
    } else if (!cr.windowOpens.isValid()) {
        m_window->setText(tr("No change window: the release calendar gives this bundle none."));
    } else if (now < cr.windowOpens) {
        m_window->setText(tr("Change window %1 – %2: opens in %3.")
                              .arg(utcText(cr.windowOpens), utcText(cr.windowCloses),
                                   ReleaseCalendar::formatCountdown(now.secsTo(cr.windowOpens))));
    } else if (now < cr.windowCloses) {
        m_window->setText(tr("Change window %1 – %2: open, closes in %3.")
                              .arg(utcText(cr.windowOpens), utcText(cr.windowCloses),
                                   ReleaseCalendar::formatCountdown(now.secsTo(cr.windowCloses))));
    } else {
        m_window->setText(tr("Change window %1 – %2: closed; approvals are refused outside it.")
                              .arg(utcText(cr.windowOpens), utcText(cr.windowCloses)));
    }
    m_window->show();

    m_signOffs->setRowCount(0);
    for (const CountedSignOff& c : cr.signOffs) {
        const StepSignOff& s = c.signOff;
        m_signOffs->addRow({stepName(s.step), s.signer, Role::label(s.role), s.decision,
                            utcText(s.signedAt),
                            c.counted ? tr("yes") : tr("no: %1").arg(c.voidReason)});
    }
    m_signOffs->setVisible(!cr.signOffs.isEmpty());
    // Every sign-off visible: the pane scrolls, the table does not.
    // Room for the horizontal scroll bar always: in a narrow window it would hide a row.
    const bool barCounted =
        m_signOffs->horizontalHeader()->length() > m_signOffs->viewport()->width();
    m_signOffs->setFixedHeight(
        m_signOffs->sizeHint().height() +
        (barCounted ? 0 : m_signOffs->horizontalScrollBar()->sizeHint().height()));

    const QList<StepSignOff> approvals = cr.deploymentApprovals();
    QStringList by;
    for (const StepSignOff& s : approvals)
        by.append(tr("%1 (%2)").arg(s.signer, Role::label(s.role)));
    const qsizetype needed = policy.deploymentRoles.size();
    m_progress->setText(approvals.isEmpty() ? tr("Dual approval: 0 of %1").arg(needed)
                                            : tr("Dual approval: %1 of %2, by %3")
                                                  .arg(std::min(approvals.size(), needed))
                                                  .arg(needed)
                                                  .arg(by.join(tr(", "))));
    m_progress->show();

    m_blockers->setText(blockers.isEmpty() ? tr("Nothing blocks this request.")
                                           : tr("What is missing:\n%1").arg(bullets(blockers)));
    m_blockers->show();

    QString attested, webhook;
    for (const WorkflowRecord& r : cr.history) {
        if (r.payload.value(QStringLiteral("bundle_digest")).toString() != cr.bundle.digest)
            continue;
        if (r.action == AuditActions::releaseAttested.id())
            attested = tr("Release attestation written to %1 at %2 (audit record %3).")
                           .arg(r.payload.value(QStringLiteral("path")).toString(), utcText(r.time))
                           .arg(r.sequence);
        else if (r.action == AuditActions::releaseWebhook.id())
            webhook = tr("Deployment webhook %1: %2 after %3 attempt(s), HTTP %4 (%5).")
                          .arg(r.payload.value(QStringLiteral("url")).toString(),
                               r.payload.value(QStringLiteral("outcome")).toString() ==
                                       QLatin1String("delivered")
                                   ? tr("delivered")
                                   : tr("failed"))
                          .arg(r.payload.value(QStringLiteral("attempts")).toInt())
                          .arg(r.payload.value(QStringLiteral("http_status")).toInt())
                          .arg(utcText(r.time));
        else if (r.action == AuditActions::releaseRolledBack.id())
            attested +=
                tr(" Rolled back to %1 by %2 at %3; post-rollback validation until %4, RCA due %5.")
                    .arg(r.payload.value(QStringLiteral("to_version")).toString(), r.actor,
                         utcText(r.time),
                         r.payload.value(QStringLiteral("validation_until")).toString(),
                         r.payload.value(QStringLiteral("rca_due")).toString());
    }
    if (cr.deployment)
        attested += tr(" Deployed: signed by %1 (%2) at %3.")
                        .arg(cr.deployment->signer, Role::label(cr.deployment->role),
                             utcText(cr.deployment->signedAt));
    // Records that look like state but are not signed evidence are shown, never counted.
    for (const IgnoredRecord& r : cr.notEvidence)
        attested += tr("\nNot evidence: audit record %1 (%2 by %3): %4")
                        .arg(r.sequence)
                        .arg(r.action, r.actor, r.reason);
    m_attestation->setText(attested.isEmpty() ? tr("No release attestation yet.") : attested);
    m_attestation->show();
    m_webhook->setText(webhook);
    m_webhook->setVisible(!webhook.isEmpty());
    m_buttons->show();
}

void RequestPanel::showRefusals(const QString& what, const Refusals& refusals) {
    const QColor c = VerdictPalette::forWidget(this).colour(Verdict::Fail);
    m_refusals->setStyleSheet(QStringLiteral("color: %1;").arg(c.name()));
    m_refusals->setText(tr("✗ Refused: %1\n%2").arg(what, bullets(refusals)));
    m_refusals->show();
}

void RequestPanel::showFailure(const QString& text) {
    const QColor c = VerdictPalette::forWidget(this).colour(Verdict::Error);
    m_refusals->setStyleSheet(QStringLiteral("color: %1;").arg(c.name()));
    m_refusals->setText(tr("✗ %1").arg(text));
    m_refusals->show();
}

void RequestPanel::clearRefusals() {
    m_refusals->clear();
    m_refusals->hide();
}

}  // namespace countersign::ui
