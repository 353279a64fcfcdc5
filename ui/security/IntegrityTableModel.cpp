#include "ui/security/IntegrityTableModel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include "ui/widgets/VerdictPalette.h"

namespace countersign::ui {

namespace {

countersign::Verdict verdictFor(FileVerdict v) {
    switch (v) {
        case FileVerdict::Ok:
            return countersign::Verdict::Pass;
        case FileVerdict::Pending:
            return countersign::Verdict::Undefined;
        case FileVerdict::Cancelled:
            return countersign::Verdict::Error;
        case FileVerdict::Unreadable:
            return countersign::Verdict::Error;
        default:
            return countersign::Verdict::Fail;
    }
}

}  // namespace

IntegrityTableModel::IntegrityTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void IntegrityTableModel::setFiles(const QList<FileCheck>& files) {
    beginResetModel();
    m_files = files;
    endResetModel();
}

void IntegrityTableModel::updateFile(int row, const FileCheck& file) {
    if (row < 0 || row >= m_files.size())
        return;
    m_files[row] = file;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int IntegrityTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}
int IntegrityTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags IntegrityTableModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) | Qt::ItemIsSelectable;
}

QVariant IntegrityTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Verdict:
            return tr("Verdict");
        case Path:
            return tr("File");
        case Size:
            return tr("Size");
        case Expected:
            return tr("Manifest SHA-256");
        case Actual:
            return tr("Actual SHA-256");
        case Reason:
            return tr("Reason");
    }
    return {};
}

QVariant IntegrityTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const FileCheck& f = m_files.at(index.row());
    const VerdictPalette palette = VerdictPalette::forPalette(QApplication::palette());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Verdict:
                    return fileVerdictLabel(f.verdict);
                case Path:
                    return f.path;
                case Size: {
                    const qint64 size = f.actualSize >= 0 ? f.actualSize : f.expectedSize;
                    return size >= 0 ? QLocale().formattedDataSize(size) : QString();
                }
                case Expected:
                    return f.expectedSha256;
                case Actual:
                    return f.actualSha256;
                case Reason:
                    return f.reason;
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == Expected || index.column() == Actual)
                return data(index, Qt::DisplayRole);
            return f.reason.isEmpty() ? f.path : f.reason;
        case Qt::DecorationRole:
            if (index.column() == Verdict)
                return palette.icon(verdictFor(f.verdict));
            break;
        case Qt::BackgroundRole:
            if (index.column() == Verdict && f.verdict != FileVerdict::Pending)
                return palette.tint(verdictFor(f.verdict));
            break;
        case Qt::ForegroundRole:
            if (index.column() == Verdict && f.verdict != FileVerdict::Pending)
                return palette.textOnTint();
            break;
        case Qt::FontRole:
            if (index.column() == Expected || index.column() == Actual) {
                QFont mono(QStringLiteral("monospace"));
                mono.setStyleHint(QFont::Monospace);
                return mono;
            }
            break;
        case Qt::UserRole:
            return static_cast<int>(f.verdict);
    }
    return {};
}

}  // namespace countersign::ui
