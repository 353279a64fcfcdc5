#pragma once

#include <QDialog>

#include "common/Result.h"
#include "ui/async/Background.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace countersign::ui {

// Key setup for the signed-in operator: make a new ECDSA P-256 key (file, passphrase twice),
// then show the public key PEM and key id to copy into the roster; or change the passphrase
// of an existing key file. The 600,000-iteration key derivation runs off the GUI thread.
//
// Object names for tests: keySetupTabs, keyFileEdit, passphraseEdit, repeatEdit,
// generateButton, publicKeyView, keyIdEdit, copyPublicKeyButton, statusLabel,
// changeFileEdit, currentPassphraseEdit, newPassphraseEdit, newRepeatEdit,
// changePassphraseButton.
class KeySetupDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeySetupDialog(const QString& operatorId, QWidget* parent = nullptr);
    ~KeySetupDialog() override;

    QString publicKeyPem() const { return m_publicKeyPem; }
    QString keyId() const { return m_keyId; }
    bool busy() const;

signals:
    // After a key was written (path, key id) or a passphrase changed (path).
    void keyGenerated(const QString& path, const QString& keyId);
    void passphraseChanged(const QString& path);
    void finishedWork();  // any background work ended (tests wait on this)

private:
    struct Outcome {
        QString publicKeyPem;
        QString keyId;
    };
    QWidget* buildGenerateTab();
    QWidget* buildChangeTab();
    void generate();
    void changePassphrase();
    void browse(QLineEdit* edit, bool save);
    void setBusy(bool busy, const QString& message);
    void showError(const Error& error);
    void workDone(const Result<Outcome>& r);

    QString m_operatorId;
    QString m_publicKeyPem;
    QString m_keyId;
    bool m_generating = false;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_generate = nullptr;
    QPlainTextEdit* m_publicKey = nullptr;
    QLineEdit* m_keyIdLabel = nullptr;
    QPushButton* m_copy = nullptr;
    QLineEdit* m_changeFile = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_newRepeat = nullptr;
    QPushButton* m_change = nullptr;
    QLabel* m_status = nullptr;
    Background<Result<Outcome>> m_work;  // generating or re-encrypting, on the pool
};

}  // namespace countersign::ui
