#include "ui/release/ReleaseBoard.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/release/ReleaseBoardModel.h"

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
    // The short columns fit their contents; "What is missing" takes the rest of the width and
    // elides, its tooltip listing every reason; no horizontal scrolling for the short ones.
    QHeaderView* h = m_view->horizontalHeader();
    h->setMinimumSectionSize(40);
    for (int c : {ReleaseBoardModel::Model, ReleaseBoardModel::Version, ReleaseBoardModel::Lane,
                  ReleaseBoardModel::State})
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ReleaseBoardModel::Signed, QHeaderView::Interactive);
    h->setSectionResizeMode(ReleaseBoardModel::Missing, QHeaderView::Stretch);
    m_view->setMinimumHeight(h->sizeHint().height() + 4 +
                             m_view->verticalHeader()->defaultSectionSize() * 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_settingCurrent && current.isValid())
                    emit bundleChosen(current.data(ReleaseBoardModel::BundleIdRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Who signed is short in practice; a long list elides (the tooltip has it all).
        m_view->resizeColumnToContents(ReleaseBoardModel::Signed);
        m_view->setColumnWidth(ReleaseBoardModel::Signed,
                               std::min(m_view->columnWidth(ReleaseBoardModel::Signed),
                                        m_view->fontMetrics().averageCharWidth() * 28));
    });
}

int ReleaseBoard::preferredHeight(int maxRows) const {
    const int chrome = sizeHint().height() - m_view->sizeHint().height();
    const int rows = std::clamp(m_model->rowCount(), 3, maxRows);
    return chrome + m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth() +
           m_view->verticalHeader()->defaultSectionSize() * rows;
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
