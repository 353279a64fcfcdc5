#include "ui/security/FindingFilterModel.h"

#include "ui/security/FindingModel.h"

namespace countersign::ui {

FindingFilterModel::FindingFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(FindingModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingFilterModel::setMinimumSeverity(Severity s) {
    m_min = s;
    invalidateFilter();
}
void FindingFilterModel::setHideUnknown(bool hide) {
    m_hideUnknown = hide;
    invalidateFilter();
}
void FindingFilterModel::setSource(const QString& source) {
    m_source = source;
    invalidateFilter();
}
void FindingFilterModel::setPackage(const QString& package) {
    m_package = package.trimmed();
    invalidateFilter();
}
void FindingFilterModel::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool FindingFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const QModelIndex idx = sourceModel()->index(row, 0, parent);
    if (idx.data(FindingModel::IsGroupRole).toBool())
        return false;  // shown when a child matches
    const auto sev = static_cast<Severity>(idx.data(FindingModel::SeverityRole).toInt());
    if (sev == Severity::Unknown) {
        if (m_hideUnknown)
            return false;
    } else if (m_min != Severity::Unknown && static_cast<int>(sev) < static_cast<int>(m_min)) {
        return false;
    }
    if (!m_source.isEmpty() &&
        !idx.data(FindingModel::SourceRole).toString().contains(m_source, Qt::CaseInsensitive))
        return false;
    if (!m_package.isEmpty() &&
        !idx.data(FindingModel::PackageRole).toString().contains(m_package, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty() &&
        !idx.data(FindingModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool FindingFilterModel::lessThan(const QModelIndex& l, const QModelIndex& r) const {
    const QVariant a = l.data(sortRole()), b = r.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

}  // namespace countersign::ui
