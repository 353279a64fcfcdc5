#include "ui/signoff/SignOffsDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

#include "ui/signoff/SignOffListView.h"

namespace countersign::ui {

SignOffsDialog::SignOffsDialog(const Bundle& bundle, const Roster& roster, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("signOffsDialog"));
    setWindowTitle(tr("Sign-offs of %1").arg(bundle.id()));
    auto* layout = new QVBoxLayout(this);
    m_list = new SignOffListView(this);
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 360);
    m_list->verify(bundle, roster);
}

}  // namespace countersign::ui
