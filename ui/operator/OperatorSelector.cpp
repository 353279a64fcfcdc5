#include "ui/operator/OperatorSelector.h"

#include <QSignalBlocker>

#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {
QString roleList(const QStringList& ids) {
    QStringList names;
    for (const QString& id : ids) names << Role::label(id);
    return names.join(OperatorSelector::tr(", ", "separator between role names"));
}
}  // namespace

OperatorSelector::OperatorSelector(QWidget* parent) : QComboBox(parent) {
    setObjectName(QStringLiteral("operatorSelector"));
    setAccessibleName(tr("Signed-in operator"));
    setToolTip(
        tr("Choose who is working at this console: signing in asks for your key's passphrase, "
           "and each signature asks for it again."));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    setWorkspace(nullptr);
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit operatorRequested(itemData(index).toString()); });
}

void OperatorSelector::setWorkspace(const Workspace* workspace) {
    const QSignalBlocker block(this);
    clear();
    addItem(tr("Not signed in"), QString());
    if (workspace)
        for (const Operator& op : workspace->roster().operators)
            addItem(tr("%1 (%2)").arg(op.name, roleList(op.roles)), op.id);
    setEnabled(count() > 1);
    setCurrentIndex(0);
}

QString OperatorSelector::operatorId() const {
    return currentData().toString();
}

bool OperatorSelector::setOperatorId(const QString& id) {
    const QSignalBlocker block(this);
    const int i = findData(id);
    setCurrentIndex(i < 0 ? 0 : i);
    return i >= 0;
}

}  // namespace countersign::ui
