#include "ui/operator/KeyUnlockRows.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace countersign::ui {

KeyUnlockRows KeyUnlockRows::addTo(QFormLayout* form, QWidget* parent, const QString& keyFile) {
    KeyUnlockRows rows;
    rows.keyFile = addKeyFileRow(
        form, parent, keyFile, QStringLiteral("keyFileEdit"), QStringLiteral("browseKeyFileButton"),
        tr("&Browse…"), [parent](QLineEdit* edit) {
            const QString path = QFileDialog::getOpenFileName(parent, tr("Key file"), edit->text());
            if (!path.isEmpty())
                edit->setText(path);
        });
    rows.passphrase = passphraseEdit(QStringLiteral("passphraseEdit"), parent);
    auto* passLabel = new QLabel(tr("&Passphrase:"), parent);
    passLabel->setBuddy(rows.passphrase);
    form->addRow(passLabel, rows.passphrase);
    return rows;
}

QLineEdit* KeyUnlockRows::addKeyFileRow(QFormLayout* form, QWidget* parent, const QString& path,
                                        const QString& editName, const QString& buttonName,
                                        const QString& buttonText,
                                        const std::function<void(QLineEdit*)>& browse) {
    auto* edit = new QLineEdit(path, parent);
    edit->setObjectName(editName);
    auto* button = new QPushButton(buttonText, parent);
    button->setObjectName(buttonName);
    QObject::connect(button, &QPushButton::clicked, parent, [edit, browse] { browse(edit); });
    auto* row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(button);
    auto* label = new QLabel(tr("Key &file:"), parent);
    label->setBuddy(edit);
    form->addRow(label, row);
    return edit;
}

QLineEdit* KeyUnlockRows::passphraseEdit(const QString& objectName, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    e->setAttribute(Qt::WA_InputMethodEnabled, false);
    return e;
}

}  // namespace countersign::ui
