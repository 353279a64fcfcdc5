#include "ui/navigator/BundleTreeModel.h"

#include <algorithm>

#include "ui/widgets/VerdictPalette.h"
#include "workspace/Names.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {
constexpr quintptr modelRowId = 0;  // internalId of model rows; version rows hold modelRow + 1
}

BundleTreeModel::BundleTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void BundleTreeModel::setWorkspace(const Workspace* workspace) {
    beginResetModel();
    m_workspace = workspace;
    m_models.clear();
    if (workspace) {
        const auto& entries = workspace->bundles();
        for (int i = 0; i < entries.size(); ++i) {
            const QString& name = entries.at(i).model;
            auto it = std::find_if(m_models.begin(), m_models.end(),
                                   [&](const ModelNode& n) { return n.name == name; });
            if (it == m_models.end()) {
                m_models.append(ModelNode{name, {}});
                it = std::prev(m_models.end());
            }
            it->entries.append(i);
        }
        std::sort(m_models.begin(), m_models.end(),
                  [](const ModelNode& a, const ModelNode& b) { return a.name < b.name; });
        for (ModelNode& node : m_models)
            std::sort(node.entries.begin(), node.entries.end(), [&](int a, int b) {
                return Names::compareVersions(entries.at(a).version, entries.at(b).version) > 0;
            });
    }
    endResetModel();
}

const BundleEntry* BundleTreeModel::entry(const QModelIndex& index) const {
    const int i = entryIndex(index);
    return i < 0 ? nullptr : &m_workspace->bundles().at(i);
}

int BundleTreeModel::entryIndex(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == modelRowId || !m_workspace)
        return -1;
    const ModelNode& node = m_models.at(static_cast<int>(index.internalId() - 1));
    return node.entries.at(index.row());
}

QModelIndex BundleTreeModel::indexOf(const QString& model, const QString& version) const {
    for (int m = 0; m < m_models.size(); ++m) {
        if (m_models.at(m).name != model)
            continue;
        if (version.isEmpty())
            return index(m, 0);
        const QList<int>& entries = m_models.at(m).entries;
        for (int v = 0; v < entries.size(); ++v)
            if (m_workspace->bundles().at(entries.at(v)).version == version)
                return index(v, 0, index(m, 0));
    }
    return {};
}

int BundleTreeModel::versionCount() const {
    return m_workspace ? static_cast<int>(m_workspace->bundles().size()) : 0;
}

int BundleTreeModel::invalidCount() const {
    if (!m_workspace)
        return 0;
    const auto& entries = m_workspace->bundles();
    return static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                          [](const BundleEntry& e) { return !e.valid(); }));
}

QString BundleTreeModel::stateText(int entryIndex) const {
    const BundleEntry& e = m_workspace->bundles().at(entryIndex);
    if (!e.valid())
        return tr("invalid");
    const Controls::ModelVersions release = m_workspace->controls().versionsOf(e.model);
    QStringList parts;
    if (release.production == e.version)
        parts << tr("in production");
    if (release.lastKnownGood == e.version)
        parts << tr("last known good");
    if (parts.isEmpty()) {
        const bool older = !release.production.isEmpty() &&
                           Names::compareVersions(e.version, release.production) < 0;
        if (older)
            parts << tr("superseded");
        else
            parts << (e.bundle->kind == QLatin1String(Bundle::kindHotfix) ? tr("hotfix candidate")
                                                                          : tr("candidate"));
    }
    return parts.join(tr(", ", "separator between states"));
}

QModelIndex BundleTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, modelRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex BundleTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == modelRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, modelRowId);
}

int BundleTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_models.size());
    if (parent.column() != 0 || parent.internalId() != modelRowId)
        return 0;
    return static_cast<int>(m_models.at(parent.row()).entries.size());
}

int BundleTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant BundleTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == modelRowId)
        return modelData(m_models.at(index.row()), index.column(), role);
    return versionData(entryIndex(index), index.column(), role);
}

QVariant BundleTreeModel::modelData(const ModelNode& node, int column, int role) const {
    switch (role) {
        case Qt::DisplayRole:
            if (column == NameColumn)
                return node.name;
            return tr("%n version(s)", nullptr, static_cast<int>(node.entries.size()));
        case Qt::AccessibleTextRole:
            return tr("Model %1").arg(node.name);
        case EntryIndexRole:
            return -1;
        case ModelNameRole:
            return node.name;
        case VersionRole:
            return QString();
        case ValidRole:
            return true;
        case ErrorRole:
            return QString();
        default:
            return {};
    }
}

QVariant BundleTreeModel::versionData(int i, int column, int role) const {
    const BundleEntry& e = m_workspace->bundles().at(i);
    const QString error = e.error ? e.error->toString() : QString();
    switch (role) {
        case Qt::DisplayRole:
            return column == NameColumn ? e.version : stateText(i);
        case Qt::ToolTipRole:
            return error.isEmpty() ? tr("%1 %2: %3").arg(e.model, e.version, stateText(i))
                                   : tr("%1 %2 cannot be read: %3").arg(e.model, e.version, error);
        case Qt::AccessibleTextRole:
            return tr("Version %1, %2").arg(e.version, stateText(i));
        case Qt::DecorationRole:
            if (column == NameColumn && !error.isEmpty())
                return VerdictPalette().icon(Verdict::Error);
            return {};
        case EntryIndexRole:
            return i;
        case ModelNameRole:
            return e.model;
        case VersionRole:
            return e.version;
        case ValidRole:
            return e.valid();
        case ErrorRole:
            return error;
        default:
            return {};
    }
}

QVariant BundleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Model / version") : tr("State");
}

Qt::ItemFlags BundleTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (index.internalId() == modelRowId ? Qt::NoItemFlags : Qt::ItemNeverHasChildren);
}

}  // namespace countersign::ui
