#pragma once

#include <QSortFilterProxyModel>

#include "scans/Severity.h"

namespace countersign::ui {

// Sorting and filtering over a FindingModel: minimum severity (Unknown always passes the
// minimum — a finding without severity is never hidden by a severity filter unless asked),
// scanner, package and free text. Groups stay while one of their findings matches.
class FindingFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingFilterModel(QObject* parent = nullptr);

    void setMinimumSeverity(Severity s);  // Severity::Unknown: no severity filter
    void setHideUnknown(bool hide);
    void setSource(const QString& source);    // empty: every scanner
    void setPackage(const QString& package);  // substring, case-insensitive; empty: all
    void setText(const QString& text);        // substring over id, aliases, title, ...

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Severity m_min = Severity::Unknown;
    bool m_hideUnknown = false;
    QString m_source, m_package, m_text;
};

}  // namespace countersign::ui
