#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace countersign::ui {

// The fields of every dialog that handles an operator's key file: a key-file row with a Browse
// button, and passphrase fields (hidden, no input method). addTo() gives the two rows that
// unlock a key (signing in, signing), with the object names tests and answer hooks look for:
// keyFileEdit, browseKeyFileButton, passphraseEdit. The key set-up dialog builds its rows from
// the two parts.
struct KeyUnlockRows {
    Q_DECLARE_TR_FUNCTIONS(KeyUnlockRows)

public:
    QLineEdit* keyFile = nullptr;
    QLineEdit* passphrase = nullptr;

    // Adds both rows to `form`, their widgets owned by `parent`; Browse opens an existing file.
    static KeyUnlockRows addTo(QFormLayout* form, QWidget* parent, const QString& keyFile);

    // A "Key file:" row: an edit holding `path` and a button (`buttonText`) that calls
    // `browse` with the edit. Returns the edit.
    static QLineEdit* addKeyFileRow(QFormLayout* form, QWidget* parent, const QString& path,
                                    const QString& editName, const QString& buttonName,
                                    const QString& buttonText,
                                    const std::function<void(QLineEdit*)>& browse);
    static QLineEdit* passphraseEdit(const QString& objectName, QWidget* parent);
};

}  // namespace countersign::ui
