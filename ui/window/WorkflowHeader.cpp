#include "window/WorkflowHeader.h"

#include <QCoreApplication>

#include "widgets/VerdictBadge.h"
#include "window/BundleHeader.h"
#include "workflow/ReleaseCalendar.h"
#include "workflow/ReleaseDesk.h"
#include "workflow/Workflow.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

void WorkflowHeader::apply(BundleHeader* header, const Workspace& workspace, const Bundle& bundle,
                           AuditStore* store, const Clock& clock) {
    const ReleaseDesk desk(workspace, store, clock);
    const WorkflowInputs in = desk.load(bundle);
    for (const QString& id : BundleHeader::gateIds()) {
        // The badge stays short (the verdict); the gate's summary is its tooltip.
        const GateResult* g = in.gate(id);
        header->setGateVerdict(id, g ? g->status : Verdict::Undefined);
        if (VerdictBadge* badge = header->badge(id))
            badge->setToolTip(
                g ? g->summary
                  : QCoreApplication::translate("countersign::ui::WorkflowHeader",
                                                "not evaluated for this bundle digest"));
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
        if (now < cr.windowOpens)
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
        parts.append(QCoreApplication::translate("countersign::ui::WorkflowHeader",
                                                 "audit store unavailable"));
    header->setStateLine(parts.join(QStringLiteral(" · ")));
}

}  // namespace countersign::ui
