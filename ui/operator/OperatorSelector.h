#pragma once

#include <QComboBox>

namespace countersign {
class Workspace;
}

namespace countersign::ui {

// The sign-in control at the top right: shows who is signed in and lets the user ask to sign
// in as someone on the workspace's roster. Choosing only asks (operatorRequested): the main
// window signs in only once the operator proved it (SignInDialog) and then shows the result
// with setOperatorId(). The first entry means "not signed in".
class OperatorSelector : public QComboBox {
    Q_OBJECT
public:
    explicit OperatorSelector(QWidget* parent = nullptr);

    void setWorkspace(const Workspace* workspace);  // refills; keeps nobody signed in
    QString operatorId() const;                     // empty when nobody is signed in
    // Shows this operator as signed in (empty: nobody), without asking anything; false when
    // the roster has no such operator (nobody is shown then).
    bool setOperatorId(const QString& id);

signals:
    // The user chose an entry (an operator id, or empty for "not signed in").
    void operatorRequested(const QString& id);
};

}  // namespace countersign::ui
