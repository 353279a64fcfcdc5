#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

#include "audit/AuditFilter.h"

namespace countersign {
class AuditStore;
}

namespace countersign::ui {

// The audit store's records as a table (time, actor, role, action, subject, and whether a
// record the workflow reads is "not evidence"), fetched lazily
// in sequence order with keyset paging (canFetchMore/fetchMore), so a store of a million
// records opens at once. Rows are compact (32 bytes; repeated texts are interned). poll()
// picks up records appended by another process.
class AuditRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Role, Action, Subject, Evidence, ColumnCount };
    static constexpr int SeqRole = Qt::UserRole + 1;
    static constexpr int NotEvidenceRole = Qt::UserRole + 2;  // the reason; empty when none

    explicit AuditRecordModel(QObject* parent = nullptr);

    void setStore(const AuditStore* store);  // not owned; null clears
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    // The records that look like state but count for nothing (core NotEvidence), by sequence
    // number with the reason: their Evidence column says "not evidence", every cell's tooltip
    // gives the reason.
    void setNotEvidence(const QHash<qint64, QString>& reasons);
    QString notEvidenceReason(qint64 seq) const { return m_notEvidence.value(seq); }

    qint64 seqAt(int row) const;
    int rowOfSeq(qint64 seq) const;  // -1 when not loaded (or filtered out)
    // Loads batches until the record with this sequence number is loaded; its row or -1.
    int ensureLoaded(qint64 seq);
    // Checks the store for new records and, when everything before was loaded, shows them.
    void poll();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadError(const QString& message);

private:
    struct Row {
        qint64 seq;
        qint64 msecs;
        qint32 actor, role, action, subject;
    };
    qint32 intern(const QString& s);
    int fetch(int limit);
    void endReset();

    const AuditStore* m_store = nullptr;
    AuditFilter m_filter;
    QVector<Row> m_rows;
    QStringList m_strings;
    QHash<QString, qint32> m_index;
    QHash<qint64, QString> m_notEvidence;
    bool m_exhausted = true;
    bool m_inReset = false;
    int m_batch = 500;
};

}  // namespace countersign::ui
