#include "ui/audit/AuditRecordModel.h"

#include <QColor>
#include <QDateTime>

#include "audit/AuditStore.h"

namespace countersign::ui {

AuditRecordModel::AuditRecordModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditRecordModel::setStore(const AuditStore* store) {
    beginResetModel();
    m_store = store;
    m_rows.clear();
    m_strings.clear();
    m_index.clear();
    m_exhausted = store == nullptr;
    endReset();
}

void AuditRecordModel::setNotEvidence(const QHash<qint64, QString>& reasons) {
    if (reasons == m_notEvidence)
        return;
    m_notEvidence = reasons;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

void AuditRecordModel::setFilter(const AuditFilter& filter) {
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_exhausted = m_store == nullptr;
    endReset();
}

// Views (and QAbstractItemModelTester) may call fetchMore() from their modelReset handlers,
// i.e. inside endResetModel() or endInsertRows(): rows are inserted only outside those.
void AuditRecordModel::endReset() {
    m_inReset = true;
    endResetModel();
    m_inReset = false;
}

qint32 AuditRecordModel::intern(const QString& s) {
    auto it = m_index.constFind(s);
    if (it != m_index.constEnd())
        return it.value();
    const auto id = static_cast<qint32>(m_strings.size());
    m_strings.append(s);
    m_index.insert(s, id);
    return id;
}

int AuditRecordModel::fetch(int limit) {
    if (!m_store || m_exhausted || m_inReset)
        return 0;
    AuditFilter f = m_filter;
    f.afterSeq = m_rows.isEmpty() ? qMax<qint64>(-1, m_filter.afterSeq) : m_rows.constLast().seq;
    auto records = m_store->records(f, 0, limit);
    if (!records) {
        m_exhausted = true;
        emit loadError(records.error().message);
        return 0;
    }
    if (records->size() < limit)
        m_exhausted = true;
    if (records->isEmpty())
        return 0;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(records->size()) - 1);
    for (const AuditRecord& r : records.value())
        m_rows.append(Row{r.seq, r.time.toMSecsSinceEpoch(), intern(r.actor), intern(r.role),
                          intern(r.action), intern(r.subject)});
    m_inReset = true;
    endInsertRows();
    m_inReset = false;
    return static_cast<int>(records->size());
}

bool AuditRecordModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted;
}

void AuditRecordModel::fetchMore(const QModelIndex& parent) {
    if (!parent.isValid())
        fetch(m_batch);
}

void AuditRecordModel::poll() {
    if (!m_store || !m_exhausted)
        return;  // still paging: new records come with the next fetch
    const qint64 size = m_store->size();
    const qint64 last = m_rows.isEmpty() ? -1 : m_rows.constLast().seq;
    if (size - 1 > last) {
        m_exhausted = false;
        fetch(m_batch);
    }
}

int AuditRecordModel::rowOfSeq(qint64 seq) const {
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                     [](const Row& r, qint64 s) { return r.seq < s; });
    return it != m_rows.cend() && it->seq == seq ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

int AuditRecordModel::ensureLoaded(qint64 seq) {
    while ((m_rows.isEmpty() || m_rows.constLast().seq < seq) && !m_exhausted)
        if (fetch(20000) == 0)
            break;
    return rowOfSeq(seq);
}

qint64 AuditRecordModel::seqAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).seq : -1;
}

int AuditRecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditRecordModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == SeqRole)
        return r.seq;
    const auto notEvidence = m_notEvidence.constFind(r.seq);
    if (role == NotEvidenceRole)
        return notEvidence == m_notEvidence.constEnd() ? QString() : *notEvidence;
    if (notEvidence != m_notEvidence.constEnd()) {
        if (role == Qt::ToolTipRole)
            return tr("Not evidence: %1").arg(*notEvidence);
        if (role == Qt::ForegroundRole && index.column() == Evidence)
            return QColor(0xb3, 0x26, 0x1e);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
        case Seq:
            return r.seq;
        case Time: {
            // The header says UTC; the cell keeps to seconds, the tooltip has the exact time.
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(r.msecs, Qt::UTC);
            return role == Qt::ToolTipRole ? t.toString(Qt::ISODateWithMs)
                                           : t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        case Actor:
            return m_strings.at(r.actor);
        case Role:
            return m_strings.at(r.role);
        case Action:
            return m_strings.at(r.action);
        case Subject:
            return m_strings.at(r.subject);
        case Evidence:
            return notEvidence == m_notEvidence.constEnd() ? QString() : tr("not evidence");
        default:
            return {};
    }
}

QVariant AuditRecordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Seq:
            return tr("#");
        case Time:
            return tr("Time (UTC)");
        case Actor:
            return tr("Actor");
        case Role:
            return tr("Role");
        case Action:
            return tr("Action");
        case Subject:
            return tr("Subject");
        case Evidence:
            return tr("Evidence");
        default:
            return {};
    }
}

}  // namespace countersign::ui
