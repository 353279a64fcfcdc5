#pragma once

#include <QAbstractItemModel>
#include <QList>

#include "gates/SecurityAssessment.h"

namespace countersign::ui {

// The security gate's findings for item views: one row per merged finding, optionally grouped
// (by package, severity, source or disposition) as a two-level tree whose group rows carry
// the count. Severity and disposition cells have the verdict palette's icon and tint beside
// their text, so state is never shown by colour alone.
class FindingModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Severity,
        Id,
        Package,
        Installed,
        Fixed,
        Disposition,
        Source,
        Target,
        Title,
        Acceptance,  // who accepted it, until when and why (or an expired acceptance)
        ColumnCount
    };
    enum class GroupBy { None, Package, Severity, Source, Disposition };
    enum Role {
        SortRole = Qt::UserRole + 1,  // numbers for severity/disposition, text otherwise
        SeverityRole,                 // int(countersign::Severity)
        SourceRole,                   // the scanners, ", "-joined
        PackageRole,
        SearchTextRole,  // everything a text filter looks at
        IsGroupRole,
    };

    explicit FindingModel(QObject* parent = nullptr);

    void setFindings(const QList<AssessedFinding>& findings);
    const QList<AssessedFinding>& findings() const { return m_findings; }
    void setGroupBy(GroupBy g);
    GroupBy groupBy() const { return m_groupBy; }
    // The finding behind an index of this model; null for group rows.
    const AssessedFinding* findingAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString key;
        QString label;
        int rank = 0;
        QList<int> rows;  // indexes into m_findings
    };
    void regroup();
    QString groupKey(const AssessedFinding& f, int* rank, QString* label) const;

    QList<AssessedFinding> m_findings;
    GroupBy m_groupBy = GroupBy::None;
    QList<Group> m_groups;
};

}  // namespace countersign::ui
