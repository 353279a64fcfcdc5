#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "gates/FileCheck.h"

namespace countersign::ui {

// The integrity gate's files for a table: verdict (palette icon + text), path, size, the
// manifest's digest and the one read. Rows arrive all at once (planned) and are updated
// one by one as files finish.
class IntegrityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Verdict, Path, Size, Expected, Actual, Reason, ColumnCount };

    explicit IntegrityTableModel(QObject* parent = nullptr);

    void setFiles(const QList<FileCheck>& files);
    void updateFile(int row, const FileCheck& file);
    const QList<FileCheck>& files() const { return m_files; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<FileCheck> m_files;
};

}  // namespace countersign::ui
