#include "ui/signoff/SignOffVerdictModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

#include "signoff/SignOffStep.h"

namespace countersign::ui {

SignOffVerdictModel::SignOffVerdictModel(QObject* parent) : QAbstractTableModel(parent) {}

void SignOffVerdictModel::setVerdicts(const QList<SignOffVerdict>& verdicts) {
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
}

int SignOffVerdictModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_verdicts.size());
}

int SignOffVerdictModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignOffVerdictModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_verdicts.size())
        return {};
    const SignOffVerdict& v = m_verdicts.at(index.row());
    const auto* s = v.statement ? &*v.statement : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Verdict:
                return SignOffVerdict::statusLabel(v.status);
            case Step:
                return s ? SignOffStep::label(s->step) : QString();
            case Operator:
                return s ? s->operatorId : QString();
            case Role:
                return s ? s->role : QString();
            case Decision:
                return s ? SignOffStep::decisionLabel(s->decision) : QString();
            case SignedAt:
                return s ? s->signedAt.toString(Qt::ISODate) : QString();
            case Reason:
                return v.reason;
            case File:
                return QFileInfo(v.file).fileName();
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return v.file;
        return v.reason;
    }
    // The verdict is never shown by colour alone: the text says it, the icon repeats it.
    if (role == Qt::DecorationRole && index.column() == Verdict) {
        const QStyle* style = QApplication::style();
        switch (v.status) {
            case SignOffVerdict::Status::Valid:
                return style->standardIcon(QStyle::SP_DialogApplyButton);
            case SignOffVerdict::Status::Invalid:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case SignOffVerdict::Status::Void:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case SignOffVerdict::Status::NotSignOff:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    }
    if (role == Qt::UserRole)
        return SignOffVerdict::statusId(v.status);
    return {};
}

QVariant SignOffVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Verdict:
            return tr("Verdict");
        case Step:
            return tr("Step");
        case Operator:
            return tr("Operator");
        case Role:
            return tr("Role");
        case Decision:
            return tr("Decision");
        case SignedAt:
            return tr("Signed at (UTC)");
        case Reason:
            return tr("Reason");
        case File:
            return tr("File");
        default:
            return {};
    }
}

}  // namespace countersign::ui
