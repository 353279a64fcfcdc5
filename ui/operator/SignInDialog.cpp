#include "ui/operator/SignInDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "audit/AuditStore.h"
#include "signoff/SignInProof.h"
#include "ui/operator/KeyUnlockRows.h"
#include "workspace/Role.h"

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

}  // namespace

void SignInDialog::setNextAnswer(const QString& passphrase, const QString& keyFile) {
    nextAnswer() = {true, false, passphrase, keyFile};
}
void SignInDialog::setNextCancel() {
    nextAnswer() = {true, true, {}, {}};
}
void SignInDialog::clearNextAnswer() {
    nextAnswer() = {};
}

SignInDialog::SignInDialog(const Services& services, QWidget* parent)
    : QDialog(parent), m_services(services) {
    setObjectName(QStringLiteral("signInDialog"));
    if (m_services.roster)
        m_roster = *m_services.roster;
    m_services.roster = nullptr;
    buildUi();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildUi() {
    const Operator* op = m_roster ? m_roster->find(m_services.operatorId) : nullptr;
    setWindowTitle(tr("Sign in as %1").arg(op ? op->name : m_services.operatorId));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Signing in proves who you are: your key is unlocked with its "
                                "passphrase, checked against the roster and locked again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    QStringList roles;
    if (op)
        for (const QString& r : op->roles) roles << Role::label(r);
    auto* who =
        new QLabel(op ? tr("%1 (%2): %3").arg(op->name, op->id, roles.join(QStringLiteral(", ")))
                      : tr("%1 (not on the roster)").arg(m_services.operatorId),
                   this);
    who->setObjectName(QStringLiteral("signInOperatorLabel"));
    who->setWordWrap(true);
    form->addRow(tr("Operator:"), who);
    auto* keyId = new QLabel(op ? op->keyId : QString(), this);
    keyId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    keyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Roster key id:"), keyId);

    const KeyUnlockRows unlock = KeyUnlockRows::addTo(form, this, m_services.keyFile);
    m_keyFile = unlock.keyFile;
    m_passphrase = unlock.passphrase;
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startProof);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_passphrase->setFocus();
    resize(560, sizeHint().height());
}

bool SignInDialog::answerPrepared() {
    const NextAnswer answer = nextAnswer();
    if (!answer.set)
        return false;
    nextAnswer() = {};
    if (answer.cancel) {
        reject();
        return true;
    }
    if (!answer.keyFile.isEmpty())
        m_keyFile->setText(answer.keyFile);
    m_passphrase->setText(answer.passphrase);
    startProof();
    m_proof.finishNow();
    return true;
}

void SignInDialog::startProof() {
    if (m_proof.isBusy() || !m_provingWith.isEmpty())
        return;
    if (!m_roster) {
        const Refusal none{QStringLiteral("signin.unknown_operator"),
                           QStringLiteral("no workspace is open: no roster to sign in against")};
        return refuse(none, none);
    }
    QString text = m_passphrase->text();
    m_passphrase->clear();
    const SecretBytes passphrase = SecretBytes::takeFromString(text);
    m_provingWith = m_keyFile->text().trimmed();
    m_signIn->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Unlocking your key and checking it against the roster…"));
    m_proof.start([roster = *m_roster, id = m_services.operatorId, keyFile = m_provingWith,
                   passphrase](const ProofJob::Token&) {
        return SignInProof::prove(roster, id, keyFile, passphrase);
    });
}

void SignInDialog::proofDone(const Result<SignInProof::Outcome>& outcome) {
    if (m_provingWith.isEmpty())
        return;
    m_signIn->setEnabled(true);
    if (!outcome) {
        const Refusal failed{QStringLiteral("signin.challenge_failed"), outcome.error().toString()};
        return refuse(failed, failed);
    }
    if (!outcome->proved())
        return refuse(outcome->shown, outcome->recorded);
    m_provingWith.clear();
    m_lastRefusal.reset();
    emit proved(m_services.operatorId);
    accept();
}

void SignInDialog::refuse(const Refusal& refusal, const Refusal& recorded) {
    const QString keyFile = m_provingWith.isEmpty() ? m_keyFile->text().trimmed() : m_provingWith;
    m_provingWith.clear();
    m_signIn->setEnabled(true);
    m_lastRefusal = refusal;
    QString notRecorded;
    if (m_services.store) {
        const Status r =
            SignInProof::recordRefusal(*m_services.store, m_services.operatorId, keyFile, recorded);
        if (r)
            emit refusalRecorded();
        else
            notRecorded = tr(" (recording it failed: %1)").arg(r.error().message);
    }
    m_status->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #b3261e; padding: 6px; }"));
    m_status->setText(
        tr("Not signed in [%1]: %2%3").arg(refusal.code, refusal.message, notRecorded));
    m_passphrase->setFocus();
}

}  // namespace countersign::ui
