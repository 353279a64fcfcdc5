#pragma once

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace countersign::ui {

// The two rows every dialog that unlocks an operator's key shows (signing in, signing): the
// key file with a Browse button and the passphrase (hidden, no input method). The object
// names are the ones tests and answer hooks look for: keyFileEdit, browseKeyFileButton,
// passphraseEdit.
struct KeyUnlockRows {
    Q_DECLARE_TR_FUNCTIONS(KeyUnlockRows)

public:
    QLineEdit* keyFile = nullptr;
    QLineEdit* passphrase = nullptr;

    // Adds both rows to `form`, their widgets owned by `parent`.
    static KeyUnlockRows addTo(QFormLayout* form, QWidget* parent, const QString& keyFile);
};

}  // namespace countersign::ui
