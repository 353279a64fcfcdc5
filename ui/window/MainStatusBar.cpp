#include "ui/window/MainStatusBar.h"

#include <QDir>
#include <QLabel>

namespace countersign::ui {

MainStatusBar::MainStatusBar(QWidget* parent) : QStatusBar(parent) {
    setObjectName(QStringLiteral("statusBar"));
    m_workspace = addField(QStringLiteral("statusWorkspace"));
    m_bundles = addField(QStringLiteral("statusBundles"));
    m_store = addField(QStringLiteral("statusStore"));
    setWorkspace({});
}

QLabel* MainStatusBar::addField(const QString& objectName) {
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(6, 0, 6, 0);
    addPermanentWidget(label);
    return label;
}

void MainStatusBar::setWorkspace(const QString& dir) {
    if (dir.isEmpty()) {
        m_workspace->setText(tr("No workspace open"));
        m_bundles->clear();
        m_store->clear();
        m_bundles->hide();
        m_store->hide();
        return;
    }
    m_workspace->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(dir)));
    m_workspace->setToolTip(QDir::toNativeSeparators(dir));
    m_bundles->show();
    m_store->show();
}

void MainStatusBar::setBundleCounts(int total, int invalid) {
    QString text = tr("%n version(s)", nullptr, total);
    if (invalid > 0)
        text += tr(", %n unreadable", nullptr, invalid);
    m_bundles->setText(text);
}

void MainStatusBar::setStoreState(const QString& text) {
    m_store->setText(text);
}

}  // namespace countersign::ui
