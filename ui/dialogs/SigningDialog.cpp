#include "dialogs/SigningDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "AppServices.h"
#include "audit/AuditStore.h"
#include "crypto/OperatorKey.h"
#include "panes/PaneContext.h"
#include "scans/AcceptanceRefusal.h"
#include "signoff/SignOffSigner.h"
#include "signoff/SignOffStep.h"
#include "widgets/KeyUnlockRows.h"
#include "widgets/VerdictPalette.h"
#include "workflow/SignOffFlow.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {

struct NextAnswer {
    bool set = false;
    bool cancel = false;
    QString passphrase;
    QString keyFile;
};
NextAnswer& nextAnswer() {
    static NextAnswer a;
    return a;
}

QLabel* value(const QString& text, QWidget* parent, bool mono = false) {
    auto* l = new QLabel(text, parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    if (mono)
        l->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return l;
}

}  // namespace

void SigningDialog::setNextAnswer(const QString& passphrase, const QString& keyFile) {
    nextAnswer() = {true, false, passphrase, keyFile};
}
void SigningDialog::setNextCancel() {
    nextAnswer() = {true, true, {}, {}};
}
QString SigningDialog::keyFileFor(const QString& workspaceRoot, const QString& operatorId) {
    const QString standard = OperatorKey::defaultPath(operatorId);
    if (QFileInfo::exists(standard) || workspaceRoot.isEmpty())
        return standard;
    const QString inWorkspace =
        QDir(workspaceRoot).filePath(QStringLiteral("keys/%1.key.pem").arg(operatorId));
    return QFileInfo::exists(inWorkspace) ? inWorkspace : standard;
}
SigningDialog::Services SigningDialog::servicesFor(const PaneContext& context) {
    Services s;
    s.workspace = context.workspace;
    if (context.workspace)
        s.roster = &context.workspace->roster();
    if (const AppServices* app = context.services) {
        s.store = app->audit;
        if (app->clock)
            s.clock = app->clock;
        s.blocked = !app->signingBlocked.isEmpty() ? app->signingBlocked
                    : !app->audit                  ? app->auditError
                                                   : QString();
    }
    if (context.op) {
        s.operatorId = context.op->id;
        s.keyFile =
            keyFileFor(context.workspace ? context.workspace->root() : QString(), context.op->id);
    }
    return s;
}
void SigningDialog::clearNextAnswer() {
    nextAnswer() = {};
}
bool SigningDialog::hasNextAnswer() {
    return nextAnswer().set;
}
SigningDialog::SigningDialog(const SignOffPreview& preview, const Services& services,
                             QWidget* parent)
    : QDialog(parent), m_preview(preview), m_services(services) {
    setObjectName(QStringLiteral("signingDialog"));
    if (m_services.keyFile.isEmpty())
        m_services.keyFile = OperatorKey::defaultPath(m_services.operatorId);
    if (!m_services.blocked.isEmpty()) {
        m_refusal = Error::checkFailed(tr("signing is refused: %1").arg(m_services.blocked));
    } else if (!m_services.workspace || !m_services.roster || !m_services.store ||
               !m_services.clock) {
        m_refusal = Error::internal(tr("signing is not available: no roster or audit store"));
    } else if (preview.request.operatorId != m_services.operatorId) {
        m_refusal = Error::badInput(
            tr("only %1 can sign a sign-off prepared for %1").arg(preview.request.operatorId));
    } else if (!preview.maySign()) {
        QStringList why;
        for (const Refusal& r : preview.refusals) why << r.message;
        m_refusal = Error::checkFailed(why.join(QStringLiteral("; ")));
    }
    buildUi();
}

SigningDialog::SigningDialog(const RiskAcceptance& acceptance, const Services& services,
                             QWidget* parent)
    : QDialog(parent), m_acceptance(acceptance), m_services(services) {
    setObjectName(QStringLiteral("signingDialog"));
    if (m_services.keyFile.isEmpty())
        m_services.keyFile = OperatorKey::defaultPath(m_services.operatorId);
    if (!m_services.blocked.isEmpty()) {
        m_refusal = Error::checkFailed(tr("signing is refused: %1").arg(m_services.blocked));
    } else if (!m_services.roster || !m_services.store || !m_services.clock) {
        m_refusal = Error::internal(tr("signing is not available: no roster or audit store"));
    } else if (acceptance.acceptedBy != m_services.operatorId) {
        m_refusal = Error::badInput(
            tr("only %1 can sign an acceptance made out to %1").arg(acceptance.acceptedBy));
    } else if (const Status checked =
                   AcceptanceStore::check(acceptance, *m_services.roster, *m_services.clock);
               !checked) {
        m_refusal = checked.error();
        recordRefusal(QStringLiteral("acceptance.rules"), *m_refusal);
    }
    buildUi();
}

SigningDialog::SigningDialog(const RiskRevocation& revocation, const Services& services,
                             QWidget* parent)
    : QDialog(parent), m_revocation(revocation), m_services(services) {
    setObjectName(QStringLiteral("signingDialog"));
    if (m_services.keyFile.isEmpty())
        m_services.keyFile = OperatorKey::defaultPath(m_services.operatorId);
    if (!m_services.blocked.isEmpty()) {
        m_refusal = Error::checkFailed(tr("signing is refused: %1").arg(m_services.blocked));
    } else if (!m_services.roster || !m_services.store || !m_services.clock) {
        m_refusal = Error::internal(tr("signing is not available: no roster or audit store"));
    } else if (revocation.revokedBy != m_services.operatorId) {
        m_refusal = Error::badInput(
            tr("only %1 can sign a revocation made out to %1").arg(revocation.revokedBy));
    } else if (const Status checked = AcceptanceRevocations::check(
                   revocation, AcceptanceStore::load(*m_services.store, *m_services.roster),
                   *m_services.roster, *m_services.clock);
               !checked) {
        m_refusal = checked.error();
        recordRefusal(QStringLiteral("acceptance.rules"), *m_refusal);
    }
    buildUi();
}

void SigningDialog::recordRefusal(const QString& code, Error& refusal) {
    const bool accepting = m_acceptance.has_value();
    refusal = AcceptanceRefusal::recordAndSay(
        *m_services.store,
        accepting ? AcceptanceRefusal::kindAccept() : AcceptanceRefusal::kindRevoke(),
        m_services.operatorId, accepting ? m_acceptance->bundle : QString(),
        accepting ? m_acceptance->findingId : m_revocation->findingId, code, refusal);
}

SigningDialog::~SigningDialog() = default;

void SigningDialog::buildSignOffSummary(QVBoxLayout* layout) {
    const Bundle& bundle = m_preview->bundle;
    const SignOffRequest& r = m_preview->request;
    const QString role = r.role;
    setWindowTitle(tr("Sign: %1 — %2").arg(SignOffStep::label(r.step), bundle.id()));
    auto* summary = new QWidget(this);
    summary->setObjectName(QStringLiteral("signingSummary"));
    auto* form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Bundle:"), value(bundle.id(), summary));
    form->addRow(tr("bundle.json SHA-256:"), value(bundle.digest, summary, true));
    form->addRow(tr("Step:"), value(SignOffStep::label(r.step), summary));
    const Operator* op =
        m_services.roster ? m_services.roster->find(m_services.operatorId) : nullptr;
    form->addRow(tr("Signer:"),
                 value(tr("%1 (%2) as %3")
                           .arg(op ? op->name : m_services.operatorId, m_services.operatorId, role),
                       summary));
    auto* decision = value(SignOffStep::decisionLabel(r.decision), summary);
    QFont bold = decision->font();
    bold.setBold(true);
    decision->setFont(bold);
    decision->setObjectName(QStringLiteral("decisionLabel"));
    form->addRow(tr("Decision:"), decision);
    form->addRow(tr("Change request:"),
                 value(r.changeRequest.isEmpty() ? tr("(none)") : r.changeRequest, summary));
    form->addRow(tr("Signing key id:"),
                 value(op ? op->keyId : tr("(not on the roster)"), summary, true));
    addAuditRow(form, summary);
    layout->addWidget(summary);

    layout->addWidget(new QLabel(tr("Justification:"), this));
    auto* justification = new QPlainTextEdit(r.justification, this);
    justification->setObjectName(QStringLiteral("justificationView"));
    justification->setReadOnly(true);
    justification->setPlaceholderText(tr("(none)"));
    justification->setMaximumHeight(justification->fontMetrics().lineSpacing() * 4);
    layout->addWidget(justification);

    layout->addWidget(new QLabel(tr("Gate results you saw (%1):").arg(r.gateResults.size()), this));
    auto* gates = new QTreeWidget(this);
    gates->setObjectName(QStringLiteral("gateResultsView"));
    gates->setRootIsDecorated(false);
    gates->setHeaderLabels({tr("Gate"), tr("Result"), tr("Summary"), tr("Digest (SHA-256)")});
    for (const GateResult& g : r.gateResults) {
        auto* item = new QTreeWidgetItem(gates, {g.gate, verdictLabel(g.status), g.summary,
                                                 g.digest().left(16) + QStringLiteral("…")});
        item->setToolTip(3, g.digest());
    }
    gates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    gates->setMaximumHeight(gates->fontMetrics().lineSpacing() * 7);
    layout->addWidget(gates);
}

void SigningDialog::addAuditRow(QFormLayout* form, QWidget* parent) {
    QString witnessed = tr("the audit store's current checkpoint, taken when you sign");
    if (m_services.store) {
        if (auto cp = m_services.store->latestCheckpoint(); cp && !cp->isNull())
            witnessed =
                m_acceptance || m_revocation
                    ? tr("recorded in %1 (now %2 records)")
                          .arg(cp->origin)
                          .arg(m_services.store->size())
                    : tr("%1 (now %2 records; the checkpoint taken when you sign is included)")
                          .arg(cp->origin)
                          .arg(m_services.store->size());
    }
    form->addRow(tr("Audit log:"), value(witnessed, parent));
}

void SigningDialog::buildAcceptanceSummary(QVBoxLayout* layout) {
    const RiskAcceptance& a = *m_acceptance;
    setWindowTitle(tr("Sign: risk acceptance — %1 in %2").arg(a.findingId, a.package));
    auto* summary = new QWidget(this);
    summary->setObjectName(QStringLiteral("signingSummary"));
    auto* form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    auto* decision = value(tr("Accept the risk of %1 in %2").arg(a.findingId, a.package), summary);
    QFont bold = decision->font();
    bold.setBold(true);
    decision->setFont(bold);
    decision->setObjectName(QStringLiteral("decisionLabel"));
    form->addRow(tr("Decision:"), decision);
    form->addRow(tr("Versions covered:"), value(a.versionRange, summary, true));
    form->addRow(tr("Model:"),
                 value(a.bundle.isEmpty() ? a.model : tr("%1 (seen on %2)").arg(a.model, a.bundle),
                       summary));
    auto* expires = value(tr("%1 (UTC); it stops counting then")
                              .arg(a.expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                          summary);
    expires->setObjectName(QStringLiteral("expiresLabel"));
    form->addRow(tr("Expires:"), expires);
    addSignerRows(form, summary, QStringLiteral("security_engineer"));
    addAuditRow(form, summary);
    layout->addWidget(summary);
    addJustificationView(layout, tr("Justification:"), a.justification);
}

void SigningDialog::buildRevocationSummary(QVBoxLayout* layout) {
    const RiskRevocation& r = *m_revocation;
    setWindowTitle(tr("Sign: revoke risk acceptance — %1 in %2").arg(r.findingId, r.package));
    auto* summary = new QWidget(this);
    summary->setObjectName(QStringLiteral("signingSummary"));
    auto* form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    auto* decision = value(
        tr("Revoke the acceptance of %1 in %2: it stops counting now").arg(r.findingId, r.package),
        summary);
    QFont bold = decision->font();
    bold.setBold(true);
    decision->setFont(bold);
    decision->setObjectName(QStringLiteral("decisionLabel"));
    form->addRow(tr("Decision:"), decision);
    form->addRow(tr("Acceptance envelope SHA-256:"), value(r.acceptanceDigest, summary, true));
    addSignerRows(form, summary, QStringLiteral("security_engineer"));
    addAuditRow(form, summary);
    layout->addWidget(summary);
    addJustificationView(layout, tr("Reason:"), r.reason);
}

// The signed-in operator as the signer, in `role`, and the key id the roster has for them.
void SigningDialog::addSignerRows(QFormLayout* form, QWidget* summary, const QString& role) {
    const Operator* op =
        m_services.roster ? m_services.roster->find(m_services.operatorId) : nullptr;
    form->addRow(tr("Signer:"),
                 value(tr("%1 (%2) as %3")
                           .arg(op ? op->name : m_services.operatorId, m_services.operatorId, role),
                       summary));
    form->addRow(tr("Signing key id:"),
                 value(op ? op->keyId : tr("(not on the roster)"), summary, true));
}

// The operator's free text (justification or reason), read-only, five lines high.
void SigningDialog::addJustificationView(QVBoxLayout* layout, const QString& label,
                                         const QString& text) {
    layout->addWidget(new QLabel(label, this));
    auto* view = new QPlainTextEdit(text, this);
    view->setObjectName(QStringLiteral("justificationView"));
    view->setReadOnly(true);
    view->setMaximumHeight(view->fontMetrics().lineSpacing() * 5);
    layout->addWidget(view);
}

void SigningDialog::buildUi() {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("You are about to sign the following with your key. Your "
                                "signature says you reviewed exactly this."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (m_acceptance)
        buildAcceptanceSummary(layout);
    else if (m_revocation)
        buildRevocationSummary(layout);
    else
        buildSignOffSummary(layout);

    auto* keyForm = new QFormLayout;
    const KeyUnlockRows unlock = KeyUnlockRows::addTo(keyForm, this, m_services.keyFile);
    m_keyFile = unlock.keyFile;
    m_passphrase = unlock.passphrase;
    layout->addLayout(keyForm);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setDefault(true);
    connect(m_sign, &QPushButton::clicked, this, &SigningDialog::startSigning);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_refusal) {
        showError(*m_refusal);
        m_sign->setEnabled(false);
        m_sign->setToolTip(m_refusal->message);
        m_passphrase->setEnabled(false);
    } else {
        m_passphrase->setFocus();
    }
    resize(720, 640);
}

void SigningDialog::showError(const Error& error) {
    m_lastError = error;
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; padding: 6px; }")
                                .arg(VerdictPalette::forWidget(this).colour(Verdict::Fail).name()));
    m_status->setText(tr("Not signed: %1").arg(error.toString()));
}

void SigningDialog::signWith(const QString& passphrase, bool wait) {
    m_passphrase->setText(passphrase);
    startSigning();
    if (wait)
        m_signing.finishNow();
}

void SigningDialog::startSigning() {
    if (m_signing.isBusy())
        return;
    if (m_refusal) {
        if (m_acceptance)
            m_acceptanceOutcome = Result<AcceptanceStore::Recorded>(*m_refusal);
        else if (m_revocation)
            m_revocationOutcome = Result<AcceptanceRevocations::Recorded>(*m_refusal);
        else
            m_outcome = Result<SignOff>(*m_refusal);
        emit finishedSigning();
        return;
    }
    QString text = m_passphrase->text();
    m_passphrase->clear();
    const SecretBytes passphrase = SecretBytes::takeFromString(text);
    if (passphrase.isEmpty())
        return showError(Error::badInput(tr("enter the passphrase of your key")));
    if (m_acceptance) {
        const Operator* op = m_services.roster->find(m_acceptance->acceptedBy);
        const QString rosterKeyId = op ? op->keyId : QString();
        const RiskAcceptance a = *m_acceptance;
        const QString keyFile = m_keyFile->text().trimmed();
        m_busy = true;
        m_sign->setEnabled(false);
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Unlocking your key and signing…"));
        m_signing.start([a, keyFile, passphrase, rosterKeyId](const SigningJob::Token&) {
            return AcceptanceStore::unlockAndSign(a, keyFile, passphrase, rosterKeyId);
        });
        return;
    }
    if (m_revocation) {
        const Operator* op = m_services.roster->find(m_revocation->revokedBy);
        const QString rosterKeyId = op ? op->keyId : QString();
        const RiskRevocation r = *m_revocation;
        const QString keyFile = m_keyFile->text().trimmed();
        m_busy = true;
        m_sign->setEnabled(false);
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Unlocking your key and signing…"));
        m_signing.start([r, keyFile, passphrase, rosterKeyId](const SigningJob::Token&) {
            return AcceptanceRevocations::unlockAndSign(r, keyFile, passphrase, rosterKeyId);
        });
        return;
    }
    // The checkpoint and the statement are made now, on the thread that owns the store.
    SignOffFlow flow(*m_services.workspace, *m_services.store, *m_services.clock);
    auto statement = flow.statement(*m_preview);
    if (!statement)
        return showError(statement.error());
    m_pending = *statement;
    m_sign->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Unlocking your key and signing…"));
    const QString keyFile = m_keyFile->text().trimmed();
    const SignOffStatement s = *statement;
    m_signing.start([s, keyFile, passphrase](const SigningJob::Token&) {
        return SignOffSigner::unlockAndSign(s, keyFile, passphrase);
    });
}

void SigningDialog::finishAcceptance(const Result<DsseEnvelope>& env) {
    m_sign->setEnabled(true);
    if (!env) {
        Error refusal = env.error();
        if (AcceptanceRefusal::isKeyNotRoster(refusal))
            recordRefusal(QStringLiteral("sod.key_not_roster"), refusal);
        showError(refusal);
        m_acceptanceOutcome = Result<AcceptanceStore::Recorded>(refusal);
        emit finishedSigning();
        return;
    }
    auto made = AcceptanceStore::record(*m_services.store, *m_acceptance, *env, *m_services.roster);
    m_acceptanceOutcome = made;
    if (!made) {
        showError(made.error());
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Signed and recorded: audit record %1.").arg(made->auditSequence));
        m_sign->setEnabled(false);
    }
    emit finishedSigning();
    if (made && isVisible())
        accept();
}

void SigningDialog::finishRevocation(const Result<DsseEnvelope>& env) {
    m_sign->setEnabled(true);
    if (!env) {
        Error refusal = env.error();
        if (AcceptanceRefusal::isKeyNotRoster(refusal))
            recordRefusal(QStringLiteral("sod.key_not_roster"), refusal);
        showError(refusal);
        m_revocationOutcome = Result<AcceptanceRevocations::Recorded>(refusal);
        emit finishedSigning();
        return;
    }
    auto made =
        AcceptanceRevocations::record(*m_services.store, *m_revocation, *env, *m_services.roster);
    m_revocationOutcome = made;
    if (!made) {
        showError(made.error());
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Signed and recorded: audit record %1.").arg(made->auditSequence));
        m_sign->setEnabled(false);
    }
    emit finishedSigning();
    if (made && isVisible())
        accept();
}

void SigningDialog::signingDone(const Result<DsseEnvelope>& env) {
    if (m_revocation) {
        if (!m_busy)
            return;
        m_busy = false;
        finishRevocation(env);
        return;
    }
    if (m_acceptance) {
        if (!m_busy)
            return;
        m_busy = false;
        finishAcceptance(env);
        return;
    }
    if (!m_pending)
        return;
    m_sign->setEnabled(true);
    // Records the envelope (a key that is not the roster's is a recorded refusal).
    SignOffFlow flow(*m_services.workspace, *m_services.store, *m_services.clock);
    auto made = flow.record(*m_preview, *m_pending, env);
    m_pending.reset();
    m_outcome = made;
    if (!made) {
        showError(made.error());
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Signed and recorded: %1 (audit record %2).")
                              .arg(made->path)
                              .arg(made->auditSequence));
        m_sign->setEnabled(false);
    }
    emit finishedSigning();
    if (made && isVisible())
        accept();
}

template <typename T>
Result<T> SigningDialog::run(SigningDialog& dialog,
                             const std::optional<Result<T>>& (SigningDialog::*outcome)() const) {
    const NextAnswer answer = nextAnswer();
    if (answer.set) {
        nextAnswer() = {};
        if (answer.cancel)
            return Error::cancelled();
        if (!answer.keyFile.isEmpty())
            dialog.m_keyFile->setText(answer.keyFile);
        dialog.signWith(answer.passphrase, true);
        if ((dialog.*outcome)())
            return *(dialog.*outcome)();
        if (dialog.m_lastError)
            return *dialog.m_lastError;
        return Error::cancelled();
    }
    dialog.exec();
    if ((dialog.*outcome)() && (dialog.*outcome)()->ok())
        return *(dialog.*outcome)();
    if (dialog.m_refusal)
        return *dialog.m_refusal;
    return Error::cancelled();
}

Result<SignOff> SigningDialog::sign(QWidget* parent, const SignOffPreview& preview,
                                    const Services& services) {
    SigningDialog dialog(preview, services, parent);
    return run(dialog, &SigningDialog::outcome);
}

Result<AcceptanceStore::Recorded> SigningDialog::acceptRisk(QWidget* parent,
                                                            const RiskAcceptance& acceptance,
                                                            const Services& services) {
    SigningDialog dialog(acceptance, services, parent);
    return run(dialog, &SigningDialog::acceptanceOutcome);
}

Result<AcceptanceRevocations::Recorded> SigningDialog::revokeAcceptance(
    QWidget* parent, const RiskRevocation& revocation, const Services& services) {
    SigningDialog dialog(revocation, services, parent);
    return run(dialog, &SigningDialog::revocationOutcome);
}

}  // namespace countersign::ui
