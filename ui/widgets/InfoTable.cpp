#include "ui/widgets/InfoTable.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace countersign::ui {

InfoTable::InfoTable(const QString& objectName, const QStringList& headers, QWidget* parent)
    : QTableWidget(0, static_cast<int>(headers.size()), parent) {
    setObjectName(objectName);
    setHorizontalHeaderLabels(headers);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

int InfoTable::addRow(const QStringList& cells) {
    const int row = rowCount();
    insertRow(row);
    for (int c = 0; c < columnCount() && c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        setItem(row, c, item);
    }
    updateGeometry();
    return row;
}

void InfoTable::alignRight(int column) {
    for (int r = 0; r < rowCount(); ++r)
        if (QTableWidgetItem* it = item(r, column))
            it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void InfoTable::setMonospace(int column) {
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int r = 0; r < rowCount(); ++r)
        if (QTableWidgetItem* it = item(r, column))
            it->setFont(mono);
    resizeColumnsToContents();
}

QSize InfoTable::sizeHint() const {
    int h = horizontalHeader()->isVisible() ? horizontalHeader()->sizeHint().height() : 0;
    for (int r = 0; r < rowCount(); ++r)
        h += rowHeight(r) > 0 ? rowHeight(r) : verticalHeader()->defaultSectionSize();
    h += 2 * frameWidth();
    // Room for the horizontal scroll bar only when the columns do not fit.
    if (horizontalHeader()->length() > viewport()->width())
        h += horizontalScrollBar()->sizeHint().height();
    return {QTableWidget::sizeHint().width(), h};
}

QSize InfoTable::minimumSizeHint() const {
    return {100, sizeHint().height()};
}

void InfoTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    updateGeometry();
}

void InfoTable::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        QStringList lines;
        for (int r = 0; r < rowCount(); ++r) {
            bool selectedRow = false;
            QStringList cells;
            for (int c = 0; c < columnCount(); ++c) {
                const QTableWidgetItem* it = item(r, c);
                if (it && it->isSelected())
                    selectedRow = true;
                cells << (it ? it->text() : QString());
            }
            if (selectedRow)
                lines << cells.join(QLatin1Char('\t'));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    QTableWidget::keyPressEvent(event);
}

}  // namespace countersign::ui
