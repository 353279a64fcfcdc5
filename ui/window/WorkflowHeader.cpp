#include "ui/window/WorkflowHeader.h"

#include <QCoreApplication>

#include "release/ReleaseCalendar.h"
#include "release/ReleaseDesk.h"
#include "ui/widgets/VerdictBadge.h"
#include "ui/window/BundleHeader.h"
#include "workflow/Workflow.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

WorkflowHeader::State WorkflowHeader::compute(const Workspace& workspace, const Bundle& bundle,
                                              AuditStore* store, const Clock& clock,
                                              bool storeNotMadeYet) {
    State state;
    const ReleaseDesk desk(workspace, store, clock);
    const WorkflowInputs in = desk.load(bundle);
    for (const QString& id : BundleHeader::gateIds()) {
        // The badge stays short (the verdict); the gate's summary is its tooltip.
        const GateResult* g = in.gate(id);
        state.gates.append(
            Gate{id, g ? g->status : Verdict::Undefined,
                 g ? g->summary
                   : QCoreApplication::translate("countersign::ui::WorkflowHeader",
                                                 "not evaluated for this bundle digest")});
    }
    const ChangeRequest cr = ChangeRequest::derive(in);
    const QDateTime now = clock.now();
    QStringList parts{cr.id, changeKindLabel(cr.kind),
                      QCoreApplication::translate("countersign::ui::WorkflowHeader", "state: %1")
                          .arg(changeStateLabel(cr.state))};
    const Refusals blockers = Workflow::blockers(in, now);
    if (!blockers.isEmpty())
        parts.append(QCoreApplication::translate("countersign::ui::WorkflowHeader", "next: %1")
                         .arg(blockers.constLast().message));
    if (cr.kind == ChangeKind::Scheduled && cr.windowCloses.isValid() && isOpen(cr.state) &&
        cr.state != ChangeState::ApprovedForDeployment) {
        if (cr.windowProblem)  // the same window the change request's rules apply: none
            parts.append(
                QCoreApplication::translate("countersign::ui::WorkflowHeader", "no change window"));
        else if (now < cr.windowOpens)
            parts.append(
                QCoreApplication::translate("countersign::ui::WorkflowHeader", "window opens in %1")
                    .arg(ReleaseCalendar::formatCountdown(now.secsTo(cr.windowOpens))));
        else if (now < cr.windowCloses)
            parts.append(QCoreApplication::translate("countersign::ui::WorkflowHeader",
                                                     "window closes in %1")
                             .arg(ReleaseCalendar::formatCountdown(now.secsTo(cr.windowCloses))));
        else
            parts.append(
                QCoreApplication::translate("countersign::ui::WorkflowHeader", "window closed"));
    }
    if (!store)
        parts.append(storeNotMadeYet
                         ? QCoreApplication::translate("countersign::ui::WorkflowHeader",
                                                       "no audit store yet")
                         : QCoreApplication::translate("countersign::ui::WorkflowHeader",
                                                       "audit store unavailable"));
    state.stateLine = parts.join(QStringLiteral(" · "));
    return state;
}

void WorkflowHeader::apply(BundleHeader* header, const State& state) {
    for (const Gate& g : state.gates) {
        header->setGateVerdict(g.id, g.verdict);
        if (VerdictBadge* badge = header->badge(g.id))
            badge->setToolTip(g.tooltip);
    }
    header->setStateLine(state.stateLine);
}

}  // namespace countersign::ui
