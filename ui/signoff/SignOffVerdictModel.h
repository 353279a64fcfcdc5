#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "signoff/SignOffVerdict.h"

namespace countersign::ui {

// Sign-offs with their verdict and reason, one row each (SignOffVerifier's output).
class SignOffVerdictModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Verdict, Step, Operator, Role, Decision, SignedAt, Reason, File, ColumnCount };

    explicit SignOffVerdictModel(QObject* parent = nullptr);

    void setVerdicts(const QList<SignOffVerdict>& verdicts);
    const QList<SignOffVerdict>& verdicts() const { return m_verdicts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SignOffVerdict> m_verdicts;
};

}  // namespace countersign::ui
