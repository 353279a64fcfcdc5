#pragma once

#include <QComboBox>

namespace countersign {
class Workspace;
}

namespace countersign::ui {

// The sign-in control at the top right: picks an identity from the workspace's roster. No
// passphrase is asked here; it is asked only at the moment something is signed. The first
// entry means "not signed in".
class OperatorSelector : public QComboBox {
    Q_OBJECT
public:
    explicit OperatorSelector(QWidget* parent = nullptr);

    void setWorkspace(const Workspace* workspace);  // refills; keeps nobody signed in
    QString operatorId() const;                     // empty when nobody is signed in
    // Signs in (or out, with an empty id); false when the roster has no such operator.
    bool setOperatorId(const QString& id);

signals:
    void operatorChanged(const QString& id);
};

}  // namespace countersign::ui
