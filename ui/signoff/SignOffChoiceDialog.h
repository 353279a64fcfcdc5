#pragma once

#include <QDialog>

#include "workspace/Bundle.h"
#include "workspace/Operator.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace countersign::ui {

// Bundle → Sign off…, first half: which step of the bundle the signed-in operator signs (only
// the steps one of their roles may sign), the decision and its justification. The second
// half is the SigningDialog, after core (ReleaseDesk) has checked the attempt.
// Object names: signOffStepCombo, signOffDecisionCombo, signOffJustificationEdit,
// signOffChoiceNote, and the dialog's OK button signOffChoiceOk.
class SignOffChoiceDialog : public QDialog {
    Q_OBJECT
public:
    SignOffChoiceDialog(const Bundle& bundle, const Operator& op, QWidget* parent = nullptr);

    // The steps `op` may sign in some role (SignOffStep ids, runbook order).
    static QStringList stepsFor(const Operator& op);

    QString step() const;
    QString role() const;  // the operator's role the step is signed in
    QString decision() const;
    QString justification() const;

private:
    void updateState();

    Operator m_op;
    QComboBox* m_step = nullptr;
    QComboBox* m_decision = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

}  // namespace countersign::ui
