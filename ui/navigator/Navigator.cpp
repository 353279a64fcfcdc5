#include "ui/navigator/Navigator.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/navigator/BundleTreeModel.h"

namespace countersign::ui {

Navigator::Navigator(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("navigatorPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);
    m_title = new QLabel(tr("&Models"), this);
    m_title->setObjectName(QStringLiteral("navigatorTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_model = new BundleTreeModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("navigator"));
    m_view->setAccessibleName(tr("Models and versions"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(BundleTreeModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    m_title->setBuddy(m_view);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Navigator::onCurrentChanged);
}

void Navigator::setWorkspace(const Workspace* workspace) {
    m_model->setWorkspace(workspace);
    m_view->expandAll();
    m_view->resizeColumnToContents(BundleTreeModel::NameColumn);
    emit entrySelected(-1);
}

int Navigator::selectedEntry() const {
    return m_model->entryIndex(m_view->currentIndex());
}

bool Navigator::select(const QString& model, const QString& version) {
    const QModelIndex index = m_model->indexOf(model, version);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void Navigator::step(int direction) {
    QList<QModelIndex> versions;
    for (int m = 0; m < m_model->rowCount(); ++m) {
        const QModelIndex parent = m_model->index(m, 0);
        for (int v = 0; v < m_model->rowCount(parent); ++v)
            versions << m_model->index(v, 0, parent);
    }
    if (versions.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    qsizetype at = versions.indexOf(current);
    if (at < 0)
        at = direction > 0 ? -1 : versions.size();
    at = std::clamp<qsizetype>(at + direction, 0, versions.size() - 1);
    m_view->setCurrentIndex(versions.at(at));
    m_view->scrollTo(versions.at(at));
}

void Navigator::onCurrentChanged() {
    emit entrySelected(selectedEntry());
}

}  // namespace countersign::ui
