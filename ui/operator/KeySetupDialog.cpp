#include "ui/operator/KeySetupDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "crypto/OperatorKey.h"
#include "ui/operator/KeyUnlockRows.h"

namespace countersign::ui {

namespace {

// Takes the text out of a password field and clears the field.
SecretBytes takeSecret(QLineEdit* edit) {
    QString text = edit->text();
    edit->clear();
    return SecretBytes::takeFromString(text);
}

}  // namespace

KeySetupDialog::KeySetupDialog(const QString& operatorId, QWidget* parent)
    : QDialog(parent),
      m_operatorId(operatorId),
      m_work(this, [this](const Result<Outcome>& r) { workDone(r); }) {
    setObjectName(QStringLiteral("keySetupDialog"));
    setWindowTitle(tr("Key setup — %1").arg(operatorId));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("keySetupTabs"));
    m_tabs->addTab(buildGenerateTab(), tr("&New key"));
    m_tabs->addTab(buildChangeTab(), tr("Change &passphrase"));
    layout->addWidget(m_tabs);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

KeySetupDialog::~KeySetupDialog() = default;

bool KeySetupDialog::busy() const {
    return m_work.isBusy();
}

QWidget* KeySetupDialog::buildGenerateTab() {
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    auto* intro = new QLabel(
        tr("Make an ECDSA P-256 signing key for <b>%1</b>. The private key is stored encrypted "
           "with your passphrase (PBKDF2-HMAC-SHA256, 600,000 iterations, AES-256) and readable "
           "only by you. Give the public key below to whoever maintains the roster "
           "(config/ml/operators.json).")
            .arg(m_operatorId.toHtmlEscaped()),
        page);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto* form = new QFormLayout;
    m_keyFile = KeyUnlockRows::addKeyFileRow(form, page, OperatorKey::defaultPath(m_operatorId),
                                             QStringLiteral("keyFileEdit"),
                                             QStringLiteral("browseKeyFileButton"), tr("&Browse…"),
                                             [this](QLineEdit* edit) { browse(edit, true); });
    m_passphrase = KeyUnlockRows::passphraseEdit(QStringLiteral("passphraseEdit"), page);
    m_repeat = KeyUnlockRows::passphraseEdit(QStringLiteral("repeatEdit"), page);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    v->addLayout(form);
    m_generate = new QPushButton(tr("&Generate key"), page);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    connect(m_generate, &QPushButton::clicked, this, &KeySetupDialog::generate);
    v->addWidget(m_generate, 0, Qt::AlignLeft);

    v->addWidget(new QLabel(tr("Public key (PEM) for the roster:"), page));
    m_publicKey = new QPlainTextEdit(page);
    m_publicKey->setObjectName(QStringLiteral("publicKeyView"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setPlaceholderText(tr("Generate a key to see its public key here."));
    m_publicKey->setAccessibleName(tr("Public key PEM"));
    m_publicKey->setMaximumHeight(m_publicKey->fontMetrics().lineSpacing() * 6);
    v->addWidget(m_publicKey);
    auto* row = new QHBoxLayout;
    m_keyIdLabel = new QLineEdit(page);
    m_keyIdLabel->setObjectName(QStringLiteral("keyIdEdit"));
    m_keyIdLabel->setReadOnly(true);
    m_keyIdLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyIdLabel->setPlaceholderText(tr("key id"));
    m_keyIdLabel->setAccessibleName(tr("Key id"));
    auto* keyIdLabel = new QLabel(tr("&Key id:"), page);
    keyIdLabel->setBuddy(m_keyIdLabel);
    keyIdLabel->setToolTip(tr("SHA-256 of the public key (SubjectPublicKeyInfo DER)"));
    row->addWidget(keyIdLabel);
    row->addWidget(m_keyIdLabel, 1);
    m_copy = new QPushButton(tr("&Copy public key"), page);
    m_copy->setObjectName(QStringLiteral("copyPublicKeyButton"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_publicKeyPem); });
    row->addWidget(m_copy);
    v->addLayout(row);
    v->addStretch(1);
    return page;
}

QWidget* KeySetupDialog::buildChangeTab() {
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Re-encrypt your key file under a new passphrase. The key itself "
                                "stays the same, so the roster needs no change."),
                             page);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto* form = new QFormLayout;
    m_changeFile = KeyUnlockRows::addKeyFileRow(
        form, page, OperatorKey::defaultPath(m_operatorId), QStringLiteral("changeFileEdit"),
        QStringLiteral("browseChangeFileButton"), tr("B&rowse…"),
        [this](QLineEdit* edit) { browse(edit, false); });
    m_current = KeyUnlockRows::passphraseEdit(QStringLiteral("currentPassphraseEdit"), page);
    m_new = KeyUnlockRows::passphraseEdit(QStringLiteral("newPassphraseEdit"), page);
    m_newRepeat = KeyUnlockRows::passphraseEdit(QStringLiteral("newRepeatEdit"), page);
    form->addRow(tr("C&urrent passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("R&epeat new:"), m_newRepeat);
    v->addLayout(form);
    m_change = new QPushButton(tr("C&hange passphrase"), page);
    m_change->setObjectName(QStringLiteral("changePassphraseButton"));
    connect(m_change, &QPushButton::clicked, this, &KeySetupDialog::changePassphrase);
    v->addWidget(m_change, 0, Qt::AlignLeft);
    v->addStretch(1);
    return page;
}

void KeySetupDialog::browse(QLineEdit* edit, bool save) {
    const QString path = save ? QFileDialog::getSaveFileName(this, tr("Key file"), edit->text())
                              : QFileDialog::getOpenFileName(this, tr("Key file"), edit->text());
    if (!path.isEmpty())
        edit->setText(path);
}

void KeySetupDialog::setBusy(bool isBusy, const QString& message) {
    m_generate->setEnabled(!isBusy);
    m_change->setEnabled(!isBusy);
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void KeySetupDialog::showError(const Error& error) {
    m_status->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    m_status->setText(tr("Error: %1").arg(error.toString()));
}

void KeySetupDialog::generate() {
    if (busy())
        return;
    const QString path = m_keyFile->text().trimmed();
    SecretBytes pass = takeSecret(m_passphrase);
    const SecretBytes repeat = takeSecret(m_repeat);
    if (path.isEmpty())
        return showError(Error::badInput(tr("choose a key file")));
    if (!pass.equals(repeat))
        return showError(Error::badInput(tr("the two passphrases differ")));
    if (const Status policy = OperatorKey::checkNewPassphrase(pass); !policy)
        return showError(policy.error());
    if (QFileInfo::exists(path))
        return showError(Error::badInput(tr("the file exists already; choose another file (an "
                                            "existing key is never overwritten here)"),
                                         path));
    m_generating = true;
    setBusy(true, tr("Generating the key and encrypting it (this takes a moment)…"));
    m_work.start([path, pass](const Background<Result<Outcome>>::Token&) -> Result<Outcome> {
        auto key = OperatorKey::generate();
        if (!key)
            return key.error();
        const Status saved = key->saveEncrypted(path, pass);
        if (!saved)
            return saved.error();
        return Outcome{key->publicKeyPem(), key->keyId()};
    });
}

void KeySetupDialog::changePassphrase() {
    if (busy())
        return;
    const QString path = m_changeFile->text().trimmed();
    SecretBytes current = takeSecret(m_current);
    SecretBytes fresh = takeSecret(m_new);
    const SecretBytes repeat = takeSecret(m_newRepeat);
    if (!fresh.equals(repeat))
        return showError(Error::badInput(tr("the two new passphrases differ")));
    if (const Status policy = OperatorKey::checkNewPassphrase(fresh); !policy)
        return showError(policy.error());
    m_generating = false;
    setBusy(true, tr("Re-encrypting the key file…"));
    m_work.start(
        [path, current, fresh](const Background<Result<Outcome>>::Token&) -> Result<Outcome> {
            auto key = OperatorKey::loadEncrypted(path, current);
            if (!key)
                return key.error();
            const Status saved = key->saveEncrypted(path, fresh);
            if (!saved)
                return saved.error();
            return Outcome{key->publicKeyPem(), key->keyId()};
        });
}

void KeySetupDialog::workDone(const Result<Outcome>& r) {
    setBusy(false, QString());
    if (!r) {
        showError(r.error());
    } else if (m_generating) {
        m_publicKeyPem = r->publicKeyPem;
        m_keyId = r->keyId;
        m_publicKey->setPlainText(m_publicKeyPem);
        m_keyIdLabel->setText(m_keyId);
        m_keyIdLabel->setCursorPosition(0);
        m_copy->setEnabled(true);
        m_status->setText(tr("Key written to %1. Copy the public key into the roster for %2.")
                              .arg(m_keyFile->text().trimmed(), m_operatorId));
        emit keyGenerated(m_keyFile->text().trimmed(), m_keyId);
    } else {
        m_status->setText(tr("Passphrase changed for %1 (key id %2).")
                              .arg(m_changeFile->text().trimmed(), r->keyId));
        emit passphraseChanged(m_changeFile->text().trimmed());
    }
    emit finishedWork();
}

}  // namespace countersign::ui
