#include "ui/security/FindingModel.h"

#include <QApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include "ui/widgets/VerdictPalette.h"

namespace countersign::ui {

namespace {

Verdict verdictFor(FindingDisposition d) {
    switch (d) {
        case FindingDisposition::Blocking:
        case FindingDisposition::UnknownBlocking:
            return Verdict::Fail;
        case FindingDisposition::UnknownWarning:
            return Verdict::Warning;
        case FindingDisposition::BelowThreshold:
            return Verdict::Undefined;
        case FindingDisposition::Accepted:
            return Verdict::Pass;
    }
    return Verdict::Undefined;
}

QString dispositionLabel(FindingDisposition d) {
    switch (d) {
        case FindingDisposition::Blocking:
            return FindingModel::tr("Blocking");
        case FindingDisposition::UnknownBlocking:
            return FindingModel::tr("No severity: blocking");
        case FindingDisposition::UnknownWarning:
            return FindingModel::tr("No severity: warning");
        case FindingDisposition::BelowThreshold:
            return FindingModel::tr("Below threshold");
        case FindingDisposition::Accepted:
            return FindingModel::tr("Accepted");
    }
    return {};
}

QString sourcesOf(const Finding& f) {
    return f.sources.isEmpty() ? f.source : f.sources.join(QStringLiteral(", "));
}

}  // namespace

FindingModel::FindingModel(QObject* parent) : QAbstractItemModel(parent) {}

void FindingModel::setFindings(const QList<AssessedFinding>& findings) {
    beginResetModel();
    m_findings = findings;
    regroup();
    endResetModel();
}

void FindingModel::setGroupBy(GroupBy g) {
    if (g == m_groupBy)
        return;
    beginResetModel();
    m_groupBy = g;
    regroup();
    endResetModel();
}

QString FindingModel::groupKey(const AssessedFinding& f, int* rank, QString* label) const {
    switch (m_groupBy) {
        case GroupBy::Package: {
            const QString p = f.finding.package.isEmpty() ? f.finding.target : f.finding.package;
            *label = p;
            *rank = 0;
            return Finding::normalizePackage(p);
        }
        case GroupBy::Severity:
            *label = severityLabel(f.finding.severity);
            *rank = -static_cast<int>(f.finding.severity);
            return severityId(f.finding.severity);
        case GroupBy::Source:
            *label = sourcesOf(f.finding);
            *rank = 0;
            return *label;
        case GroupBy::Disposition:
            *label = dispositionLabel(f.disposition);
            *rank = static_cast<int>(f.disposition);
            return findingDispositionId(f.disposition);
        case GroupBy::None:
            break;
    }
    return {};
}

void FindingModel::regroup() {
    m_groups.clear();
    if (m_groupBy == GroupBy::None)
        return;
    QHash<QString, int> byKey;
    for (int i = 0; i < m_findings.size(); ++i) {
        int rank = 0;
        QString label;
        const QString key = groupKey(m_findings.at(i), &rank, &label);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, static_cast<int>(m_groups.size()));
            m_groups.append({key, label, rank, {}});
        }
        m_groups[it.value()].rows.append(i);
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.label.localeAwareCompare(b.label) < 0;
    });
}

const AssessedFinding* FindingModel::findingAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (m_groupBy == GroupBy::None)
        return &m_findings.at(index.row());
    if (index.internalId() == 0)
        return nullptr;
    const Group& g = m_groups.at(static_cast<int>(index.internalId()) - 1);
    return &m_findings.at(g.rows.at(index.row()));
}

QModelIndex FindingModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (m_groupBy == GroupBy::None || !parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || m_groupBy == GroupBy::None || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, quintptr(0));
}

int FindingModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    if (m_groupBy == GroupBy::None)
        return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != 0)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).rows.size());
}

int FindingModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant FindingModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Severity:
            return tr("Severity");
        case Id:
            return tr("ID");
        case Package:
            return tr("Package");
        case Installed:
            return tr("Installed");
        case Fixed:
            return tr("Fixed in");
        case Disposition:
            return tr("Status");
        case Source:
            return tr("Scanner");
        case Target:
            return tr("Target");
        case Title:
            return tr("Title");
        case Acceptance:
            return tr("Risk acceptance");
    }
    return {};
}

QVariant FindingModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const AssessedFinding* a = findingAt(index);
    if (!a) {  // a group row
        const Group& g = m_groups.at(index.row());
        if (role == IsGroupRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("%1 (%n finding(s))", nullptr, static_cast<int>(g.rows.size())).arg(g.label);
        if (role == SortRole)
            return index.column() == 0 ? QVariant(g.rank) : QVariant(g.label);
        if (role == SearchTextRole)
            return g.label;
        return {};
    }
    const Finding& f = a->finding;
    const VerdictPalette palette = VerdictPalette::forPalette(QApplication::palette());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (index.column()) {
                case Severity:
                    return severityLabel(f.severity);
                case Id:
                    return f.id;
                case Package:
                    return f.package.isEmpty() ? tr("(%1)").arg(f.kind) : f.package;
                case Installed:
                    return f.installed;
                case Fixed:
                    return f.fixed;
                case Disposition:
                    return dispositionLabel(a->disposition);
                case Source:
                    return sourcesOf(f);
                case Target:
                    return f.target;
                case Title:
                    return f.title;
                case Acceptance:
                    if (a->acceptance)
                        return tr("%1, until %2: %3")
                            .arg(a->acceptance->acceptedBy,
                                 QLocale().toString(a->acceptance->expires.toLocalTime(),
                                                    QLocale::ShortFormat),
                                 a->acceptance->justification);
                    if (a->expiredAcceptance && a->expiredAcceptance->revokedAt.isValid())
                        return tr("revoked %1 (%2)")
                            .arg(QLocale().toString(a->expiredAcceptance->revokedAt.toLocalTime(),
                                                    QLocale::ShortFormat),
                                 a->expiredAcceptance->revokedBy);
                    if (a->expiredAcceptance)
                        return tr("expired %1 (%2)")
                            .arg(QLocale().toString(a->expiredAcceptance->expires.toLocalTime(),
                                                    QLocale::ShortFormat),
                                 a->expiredAcceptance->acceptedBy);
                    return QString();
            }
            break;
        case Qt::ToolTipRole: {
            QString tip = f.title;
            if (!f.aliases.isEmpty())
                tip += QLatin1Char('\n') +
                       tr("Also known as %1").arg(f.aliases.join(QStringLiteral(", ")));
            tip += QLatin1Char('\n') + tr("Reported in %1")
                                           .arg((f.files.isEmpty() ? QStringList{f.file} : f.files)
                                                    .join(QStringLiteral(", ")));
            if (a->acceptance)
                tip += QLatin1Char('\n') +
                       tr("Accepted by %1 until %2: %3")
                           .arg(a->acceptance->acceptedBy,
                                QLocale().toString(a->acceptance->expires.toLocalTime(),
                                                   QLocale::ShortFormat),
                                a->acceptance->justification);
            if (a->expiredAcceptance && a->expiredAcceptance->revokedAt.isValid())
                tip += QLatin1Char('\n') +
                       tr("An acceptance by %1 was revoked by %2 on %3: %4")
                           .arg(a->expiredAcceptance->acceptedBy, a->expiredAcceptance->revokedBy,
                                QLocale().toString(a->expiredAcceptance->revokedAt.toLocalTime(),
                                                   QLocale::ShortFormat),
                                a->expiredAcceptance->revocationReason);
            else if (a->expiredAcceptance)
                tip += QLatin1Char('\n') +
                       tr("An acceptance by %1 expired on %2")
                           .arg(a->expiredAcceptance->acceptedBy,
                                QLocale().toString(a->expiredAcceptance->expires.toLocalTime(),
                                                   QLocale::ShortFormat));
            return tip;
        }
        case Qt::DecorationRole:
            if (index.column() == Disposition && verdictFor(a->disposition) != Verdict::Undefined)
                return palette.icon(verdictFor(a->disposition));
            break;
        case Qt::BackgroundRole:
            if (index.column() == Severity || index.column() == Disposition) {
                const Verdict v = verdictFor(a->disposition);
                if (v != Verdict::Undefined)
                    return palette.tint(v);
            }
            break;
        case Qt::ForegroundRole:
            if ((index.column() == Severity || index.column() == Disposition) &&
                verdictFor(a->disposition) != Verdict::Undefined)
                return palette.textOnTint();
            break;
        case Qt::AccessibleTextRole:
            return tr("%1, %2, %3")
                .arg(data(index, Qt::DisplayRole).toString(), severityLabel(f.severity),
                     dispositionLabel(a->disposition));
        case SortRole:
            if (index.column() == Severity)
                return static_cast<int>(f.severity);
            if (index.column() == Disposition)
                return -static_cast<int>(a->disposition);
            return data(index, Qt::DisplayRole);
        case SeverityRole:
            return static_cast<int>(f.severity);
        case SourceRole:
            return sourcesOf(f);
        case PackageRole:
            return f.package;
        case SearchTextRole:
            return QStringList{f.id,      f.aliases.join(QLatin1Char(' ')),
                               f.package, f.installed,
                               f.fixed,   f.title,
                               f.target,  sourcesOf(f)}
                .join(QLatin1Char(' '));
        case IsGroupRole:
            return false;
    }
    return {};
}

}  // namespace countersign::ui
