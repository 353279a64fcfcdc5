#include "release/ReleaseBoard.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "release/ReleaseBoardModel.h"

namespace countersign::ui {

ReleaseBoard::ReleaseBoard(QWidget* parent) : QGroupBox(tr("Release board"), parent) {
    setObjectName(QStringLiteral("releaseBoard"));
    m_model = new ReleaseBoardModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("releaseBoardView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Release board: change requests of every bundle"));
    QHeaderView* h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    h->setMinimumSectionSize(40);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_settingCurrent && current.isValid())
                    emit bundleChosen(current.data(ReleaseBoardModel::BundleIdRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        for (int c : {ReleaseBoardModel::Signed, ReleaseBoardModel::Missing})
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
        const int rows = std::min(m_model->rowCount(), 10);
        m_view->setMinimumHeight(m_view->horizontalHeader()->height() + 4 +
                                 m_view->verticalHeader()->defaultSectionSize() *
                                     std::max(rows, 3));
    });
}

void ReleaseBoard::setCurrentBundle(const QString& bundleId) {
    m_settingCurrent = true;
    const int row = m_model->rowOf(bundleId);
    if (row < 0) {
        m_view->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_settingCurrent = false;
}

}  // namespace countersign::ui
