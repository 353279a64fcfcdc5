#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace countersign {
class Workspace;
struct BundleEntry;
}  // namespace countersign

namespace countersign::ui {

// The navigator's model: models at the top level, their versions below (newest first), each
// version with its release state. A version whose bundle cannot be read stays listed, with
// its error as state and tooltip.
class BundleTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ColumnCount };
    enum Role {
        EntryIndexRole = Qt::UserRole + 1,  // int: index into Workspace::bundles(), -1 for models
        ModelNameRole,                      // QString
        VersionRole,                        // QString, empty for models
        ValidRole,                          // bool: the bundle was read without error
        ErrorRole,                          // QString: the error, empty when valid
    };

    explicit BundleTreeModel(QObject* parent = nullptr);

    // Rebuilds from the workspace (null: empty). The workspace must outlive the model's use.
    void setWorkspace(const Workspace* workspace);

    const BundleEntry* entry(const QModelIndex& index) const;
    int entryIndex(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& model, const QString& version) const;
    int versionCount() const;
    int invalidCount() const;
    // The state shown for a version: "in production", "last known good", "candidate", ...
    QString stateText(int entryIndex) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct ModelNode {
        QString name;
        QList<int> entries;  // indexes into Workspace::bundles(), newest version first
    };

    QVariant modelData(const ModelNode& node, int column, int role) const;
    QVariant versionData(int entryIndex, int column, int role) const;

    const Workspace* m_workspace = nullptr;
    QList<ModelNode> m_models;
};

}  // namespace countersign::ui
