#pragma once

#include <QTableWidget>

namespace countersign::ui {

// A read-only table of text rows for small lists (artefacts, data hashes, files): sized to
// its rows so it sits in a scrolling pane without scrolling itself, cells selectable and
// copyable, the last column stretched.
class InfoTable : public QTableWidget {
    Q_OBJECT
public:
    InfoTable(const QString& objectName, const QStringList& headers, QWidget* parent = nullptr);

    // Appends a row; returns its index. Cells beyond the headers are ignored.
    int addRow(const QStringList& cells);
    // Aligns a column's cells to the right (numbers).
    void alignRight(int column);
    // A monospace font for a column (digests, paths).
    void setMonospace(int column);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
};

}  // namespace countersign::ui
