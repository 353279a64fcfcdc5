#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "ui/release/BoardRow.h"

namespace countersign {
class AuditStore;
class Clock;
class Workspace;
}  // namespace countersign

namespace countersign::ui {

// Every bundle's change request, one row each: model, version, lane, state, who signed which
// step, and what still blocks it (the refusal reasons of core/workflow).
class ReleaseBoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Model, Version, Lane, State, Signed, Missing, ColumnCount };
    static constexpr int BundleIdRole = Qt::UserRole + 1;

    explicit ReleaseBoardModel(QObject* parent = nullptr);

    // Rebuilds the rows from the workspace's bundles and the audit store (may be null).
    static QList<BoardRow> collect(const Workspace& workspace, AuditStore* store,
                                   const Clock& clock);
    void setRows(QList<BoardRow> rows);
    const QList<BoardRow>& rows() const { return m_rows; }
    int rowOf(const QString& bundleId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BoardRow> m_rows;
};

}  // namespace countersign::ui
