#include "ui/signoff/SignOffChoiceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "signoff/SignOffStep.h"
#include "workflow/WorkflowStep.h"
#include "workspace/Role.h"

namespace countersign::ui {

QStringList SignOffChoiceDialog::stepsFor(const Operator& op) {
    QStringList steps;
    for (const QString& step : SignOffStep::all())
        for (const QString& role : SignOffStep::allowedRoles(step))
            if (op.hasRole(role)) {
                steps << step;
                break;
            }
    return steps;
}

SignOffChoiceDialog::SignOffChoiceDialog(const Bundle& bundle, const Operator& op, QWidget* parent)
    : QDialog(parent), m_op(op) {
    setObjectName(QStringLiteral("signOffChoiceDialog"));
    setWindowTitle(tr("Sign off %1").arg(bundle.id()));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("You sign as %1 (%2). Choose the step and your decision; the "
                                "next window shows exactly what is signed.")
                                 .arg(op.name.isEmpty() ? op.id : op.name, op.id),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("signOffStepCombo"));
    for (const QString& step : stepsFor(op)) m_step->addItem(SignOffStep::label(step), step);
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("signOffDecisionCombo"));
    for (const QString& d : SignOffStep::decisions())
        m_decision->addItem(SignOffStep::decisionLabel(d), d);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("signOffJustificationEdit"));
    m_justification->setTabChangesFocus(true);
    m_justification->setAccessibleName(tr("Justification"));
    form->addRow(tr("&Step:"), m_step);
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("&Justification:"), m_justification);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("signOffChoiceNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("signOffChoiceOk"));
    m_ok->setText(tr("&Continue…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_step, &QComboBox::currentIndexChanged, this, &SignOffChoiceDialog::updateState);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &SignOffChoiceDialog::updateState);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &SignOffChoiceDialog::updateState);
    resize(520, 320);
    updateState();
}

QString SignOffChoiceDialog::step() const {
    return m_step->currentData().toString();
}

QString SignOffChoiceDialog::role() const {
    for (const QString& role : SignOffStep::allowedRoles(step()))
        if (m_op.hasRole(role))
            return role;
    return {};
}

QString SignOffChoiceDialog::decision() const {
    return m_decision->currentData().toString();
}

QString SignOffChoiceDialog::justification() const {
    return m_justification->toPlainText().trimmed();
}

void SignOffChoiceDialog::updateState() {
    if (m_step->count() == 0) {
        m_note->setText(tr("None of your roles signs a step of a bundle."));
        m_ok->setEnabled(false);
        return;
    }
    const bool needs = SignOffStep::needsJustification(decision());
    if (needs && justification().isEmpty()) {
        m_note->setText(tr("A %1 needs a justification: it is signed with your decision.")
                            .arg(SignOffStep::decisionLabel(decision())));
        m_ok->setEnabled(false);
        return;
    }
    m_note->setText(tr("Signing the %1 step in the role %2.")
                        .arg(SignOffStep::label(step()), Role::label(role())));
    m_ok->setEnabled(true);
}

}  // namespace countersign::ui
