#include "ui/signoff/SigningDialog.h"

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

#include "audit/AuditStore.h"
#include "crypto/OperatorKey.h"
#include "ui/AppServices.h"
#include "ui/operator/KeyUnlockRows.h"
#include "ui/pane/PaneContext.h"
#include "ui/widgets/VerdictPalette.h"
#include "workspace/Roster.h"
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
SigningDialog::SigningDialog(std::shared_ptr<Signable> signable, const Services& services,
                             QWidget* parent)
    : QDialog(parent), m_signable(std::move(signable)), m_services(services) {
    setObjectName(QStringLiteral("signingDialog"));
    if (m_services.keyFile.isEmpty())
        m_services.keyFile = OperatorKey::defaultPath(m_services.operatorId);
    if (!m_services.blocked.isEmpty())
        m_refusal = Error::checkFailed(tr("signing is refused: %1").arg(m_services.blocked));
    else if (!m_services.roster || !m_services.store || !m_services.clock)
        m_refusal = Error::internal(tr("signing is not available: no roster or audit store"));
    else if (m_signable->signer() != m_services.operatorId)
        m_refusal = Error::badInput(
            tr("only %1 can sign what is made out to %1").arg(m_signable->signer()));
    else
        m_refusal = m_signable->check(m_services);
    buildUi();
}

SigningDialog::~SigningDialog() = default;

void SigningDialog::buildSummary(QVBoxLayout* layout, const SignableSummary& s) {
    setWindowTitle(s.title);
    auto* summary = new QWidget(this);
    summary->setObjectName(QStringLiteral("signingSummary"));
    auto* form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    for (const SignableSummary::Row& row : s.rows) {
        QLabel* text = value(row.text, summary, row.mono);
        if (row.bold) {
            QFont bold = text->font();
            bold.setBold(true);
            text->setFont(bold);
        }
        if (!row.objectName.isEmpty())
            text->setObjectName(row.objectName);
        form->addRow(row.label, text);
    }
    // The signer, in the role they sign, and the key id the roster has for them.
    const Operator* op =
        m_services.roster ? m_services.roster->find(m_services.operatorId) : nullptr;
    form->addRow(tr("Signer:"), value(tr("%1 (%2) as %3")
                                          .arg(op ? op->name : m_services.operatorId,
                                               m_services.operatorId, m_signable->role()),
                                      summary));
    form->addRow(tr("Signing key id:"),
                 value(op ? op->keyId : tr("(not on the roster)"), summary, true));
    QString witnessed = tr("the audit store's current checkpoint, taken when you sign");
    if (m_services.store) {
        if (auto cp = m_services.store->latestCheckpoint(); cp && !cp->isNull())
            witnessed =
                s.witnessesCheckpoint
                    ? tr("%1 (now %2 records; the checkpoint taken when you sign is included)")
                          .arg(cp->origin)
                          .arg(m_services.store->size())
                    : tr("recorded in %1 (now %2 records)")
                          .arg(cp->origin)
                          .arg(m_services.store->size());
    }
    form->addRow(tr("Audit log:"), value(witnessed, summary));
    layout->addWidget(summary);

    // The operator's free text (justification or reason), read-only.
    layout->addWidget(new QLabel(s.freeTextLabel, this));
    auto* freeText = new QPlainTextEdit(s.freeText, this);
    freeText->setObjectName(QStringLiteral("justificationView"));
    freeText->setReadOnly(true);
    freeText->setPlaceholderText(tr("(none)"));
    freeText->setMaximumHeight(freeText->fontMetrics().lineSpacing() * 5);
    layout->addWidget(freeText);
    if (!s.gates)
        return;
    layout->addWidget(new QLabel(tr("Gate results you saw (%1):").arg(s.gates->size()), this));
    auto* gates = new QTreeWidget(this);
    gates->setObjectName(QStringLiteral("gateResultsView"));
    gates->setRootIsDecorated(false);
    gates->setHeaderLabels({tr("Gate"), tr("Result"), tr("Summary"), tr("Digest (SHA-256)")});
    for (const GateResult& g : *s.gates) {
        auto* item = new QTreeWidgetItem(gates, {g.gate, verdictLabel(g.status), g.summary,
                                                 g.digest().left(16) + QStringLiteral("…")});
        item->setToolTip(3, g.digest());
    }
    gates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    gates->setMaximumHeight(gates->fontMetrics().lineSpacing() * 7);
    layout->addWidget(gates);
}

void SigningDialog::buildUi() {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("You are about to sign the following with your key. Your "
                                "signature says you reviewed exactly this."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    buildSummary(layout, m_signable->summary());

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
    if (m_busy)
        return;
    if (m_refusal) {
        m_outcome = Result<Signed>(*m_refusal);
        emit finishedSigning();
        return;
    }
    QString text = m_passphrase->text();
    m_passphrase->clear();
    const SecretBytes passphrase = SecretBytes::takeFromString(text);
    if (passphrase.isEmpty())
        return showError(Error::badInput(tr("enter the passphrase of your key")));
    auto signer = m_signable->prepare(m_services);
    if (!signer)
        return showError(signer.error());
    m_busy = true;
    m_sign->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Unlocking your key and signing…"));
    const QString keyFile = m_keyFile->text().trimmed();
    m_signing.start([sign = *signer, keyFile, passphrase](const SigningJob::Token&) {
        return sign(keyFile, passphrase);
    });
}

void SigningDialog::signingDone(const Result<DsseEnvelope>& env) {
    if (!m_busy)
        return;
    m_busy = false;
    m_sign->setEnabled(true);
    auto made = m_signable->record(env, m_services);
    m_outcome = made;
    if (!made) {
        showError(made.error());
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(made->path.isEmpty()
                              ? tr("Signed and recorded: audit record %1.").arg(made->auditSequence)
                              : tr("Signed and recorded: %1 (audit record %2).")
                                    .arg(made->path)
                                    .arg(made->auditSequence));
        m_sign->setEnabled(false);
    }
    emit finishedSigning();
    if (made && isVisible())
        accept();
}

Result<Signed> SigningDialog::finalOutcome() const {
    if (m_outcome && m_outcome->ok())
        return *m_outcome;
    if (m_refusal)
        return *m_refusal;
    return Error::cancelled();  // closed before signing, or after a failure it showed
}

SigningDialog* SigningDialog::open(QWidget* parent, std::shared_ptr<Signable> signable,
                                   const Services& services, QObject* receiver, Done done) {
    const NextAnswer answer = nextAnswer();
    if (answer.set) {  // tests: answered without a modal
        nextAnswer() = {};
        if (answer.cancel) {
            done(Error::cancelled());
            return nullptr;
        }
        SigningDialog dialog(std::move(signable), services, parent);
        if (!answer.keyFile.isEmpty())
            dialog.m_keyFile->setText(answer.keyFile);
        dialog.signWith(answer.passphrase, true);
        if (dialog.m_outcome)
            done(*dialog.m_outcome);
        else
            done(dialog.m_lastError ? Result<Signed>(*dialog.m_lastError)
                                    : Result<Signed>(Error::cancelled()));
        return nullptr;
    }
    auto* dialog = new SigningDialog(std::move(signable), services, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, receiver,
            [dialog, done = std::move(done)] { done(dialog->finalOutcome()); });
    dialog->QDialog::open();
    return dialog;
}

}  // namespace countersign::ui
