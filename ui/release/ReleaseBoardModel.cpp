#include "ui/release/ReleaseBoardModel.h"

#include "audit/AuditStore.h"
#include "release/ReleaseDesk.h"
#include "ui/widgets/VerdictPalette.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Workflow.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {

QString signedText(const ChangeRequest& cr) {
    QStringList parts;
    for (const CountedSignOff& c : cr.signOffs) {
        if (!c.counted)
            continue;
        const auto step = stepFromId(c.signOff.step);
        const QString what = step ? stepLabel(*step) : c.signOff.step;
        parts.append(c.signOff.decision == Decision::approve()
                         ? ReleaseBoardModel::tr("%1: %2").arg(what, c.signOff.signer)
                         : ReleaseBoardModel::tr("%1: %2 (%3)")
                               .arg(what, c.signOff.signer, c.signOff.decision));
    }
    return parts.join(QStringLiteral(" · "));
}

Verdict stateVerdict(const BoardRow& r) {
    if (!r.valid)
        return Verdict::Error;
    switch (r.stateId) {
        case ChangeState::ApprovedForDeployment:
        case ChangeState::Deployed:
            return Verdict::Pass;
        case ChangeState::Rejected:
            return Verdict::Fail;
        default:
            // Waiting is not a warning; a closed change window is.
            return r.windowClosed ? Verdict::Warning : Verdict::Undefined;
    }
}

}  // namespace

ReleaseBoardModel::ReleaseBoardModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<BoardRow> ReleaseBoardModel::collect(const Workspace& workspace, AuditStore* store,
                                           const Clock& clock) {
    QList<BoardRow> rows;
    const ReleaseDesk desk(workspace, store, clock);
    for (const BundleEntry& e : workspace.bundles()) {
        BoardRow row;
        row.model = e.model;
        row.version = e.version;
        row.bundleId = e.id();
        if (!e.bundle) {
            row.valid = false;
            row.lane = tr("—");
            row.state = tr("unreadable");
            row.missing = e.error ? e.error->message : tr("the manifest cannot be read");
            rows.append(row);
            continue;
        }
        const WorkflowInputs in = desk.load(*e.bundle);
        const ChangeRequest cr = ChangeRequest::derive(in);
        row.lane = changeKindLabel(cr.kind);
        row.state = changeStateLabel(cr.state);
        row.stateId = cr.state;
        row.signedBy = signedText(cr);
        QStringList missing;
        const Refusals blockers = Workflow::blockers(in, clock.now());
        row.windowClosed = hasCode(blockers, QStringLiteral("window.closed")) ||
                           hasCode(blockers, QStringLiteral("window.snapshot_not_at_freeze"));
        for (const Refusal& r : blockers) missing.append(r.message);
        row.missing = missing.join(QStringLiteral("; "));
        row.blockers = missing;
        rows.append(row);
    }
    return rows;
}

void ReleaseBoardModel::setRows(QList<BoardRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReleaseBoardModel::rowOf(const QString& bundleId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).bundleId == bundleId)
            return i;
    return -1;
}

int ReleaseBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReleaseBoardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReleaseBoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BoardRow& r = m_rows.at(index.row());
    if (role == BundleIdRole)
        return r.bundleId;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case Model:
                return r.model;
            case Version:
                return r.version;
            case Lane:
                return r.lane;
            case State:
                return r.state;
            case Signed:
                return r.signedBy.isEmpty() && role == Qt::DisplayRole ? tr("—") : r.signedBy;
            case Missing:
                if (r.missing.isEmpty())
                    return role == Qt::DisplayRole ? tr("nothing") : QVariant();
                if (role == Qt::ToolTipRole && r.blockers.size() > 1)
                    return QString(QStringLiteral("• ") + r.blockers.join(QStringLiteral("\n• ")));
                return r.missing;
            default:
                return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == State)
        return VerdictPalette::forWidget(nullptr).icon(stateVerdict(r));
    return {};
}

QVariant ReleaseBoardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Model:
            return tr("Model");
        case Version:
            return tr("Version");
        case Lane:
            return tr("Lane");
        case State:
            return tr("State");
        case Signed:
            return tr("Signed");
        case Missing:
            return tr("What is missing");
        default:
            return {};
    }
}

}  // namespace countersign::ui
