#include "widgets/KeyUnlockRows.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace countersign::ui {

KeyUnlockRows KeyUnlockRows::addTo(QFormLayout* form, QWidget* parent, const QString& keyFile) {
    KeyUnlockRows rows;
    QLineEdit* file = rows.keyFile = new QLineEdit(keyFile, parent);
    file->setObjectName(QStringLiteral("keyFileEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), parent);
    browse->setObjectName(QStringLiteral("browseKeyFileButton"));
    QObject::connect(browse, &QPushButton::clicked, parent, [parent, file] {
        const QString path = QFileDialog::getOpenFileName(parent, tr("Key file"), file->text());
        if (!path.isEmpty())
            file->setText(path);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("Key &file:"), parent);
    fileLabel->setBuddy(file);
    form->addRow(fileLabel, fileRow);

    rows.passphrase = new QLineEdit(parent);
    rows.passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    rows.passphrase->setEchoMode(QLineEdit::Password);
    rows.passphrase->setAttribute(Qt::WA_InputMethodEnabled, false);
    auto* passLabel = new QLabel(tr("&Passphrase:"), parent);
    passLabel->setBuddy(rows.passphrase);
    form->addRow(passLabel, rows.passphrase);
    return rows;
}

}  // namespace countersign::ui
