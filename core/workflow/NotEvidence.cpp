#include "workflow/NotEvidence.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "workflow/WorkflowAudit.h"
#include "workflow/WorkflowEvidence.h"
#include "workspace/Workspace.h"

namespace countersign {

Result<QList<NotEvidenceRecord>> NotEvidence::find(const AuditStore& store,
                                                   const Workspace& workspace) {
    QList<NotEvidenceRecord> out;
    QSet<QString> readable;
    for (const BundleEntry& entry : workspace.bundles()) {
        if (!entry.bundle)
            continue;
        readable.insert(entry.id());
        auto records = WorkflowAudit::records(store, entry.id());
        if (!records)
            return records.error();
        const WorkflowEvidence e = WorkflowEvidence::read(
            records.value(), workspace.roster(), *entry.bundle, workspace.controls().training);
        for (const IgnoredRecord& r : e.ignored)
            out.append({r.sequence, r.action, r.actor, entry.id(), r.reason});
    }
    // Records of those kinds about anything else count for no bundle at all.
    for (const QString& action : AuditActions::readForState()) {
        AuditFilter filter;
        filter.actionPrefix = action;
        for (;;) {
            auto page = store.records(filter, 0, 10000);
            if (!page)
                return page.error();
            for (const AuditRecord& r : page.value()) {
                if (r.action != action || readable.contains(r.subject) ||
                    !WorkflowEvidence::readsAction(r.action))
                    continue;
                out.append({r.seq, r.action, r.actor, r.subject,
                            QCoreApplication::translate(
                                "NotEvidence",
                                "its subject \"%1\" is no readable bundle of this workspace")
                                .arg(r.subject)});
            }
            if (page->size() < 10000)
                break;
            filter.afterSeq = page->constLast().seq;
        }
    }
    std::sort(out.begin(), out.end(), [](const NotEvidenceRecord& a, const NotEvidenceRecord& b) {
        return a.sequence < b.sequence;
    });
    return out;
}

QJsonArray NotEvidence::toJson(const QList<NotEvidenceRecord>& records) {
    QJsonArray out;
    for (const NotEvidenceRecord& r : records)
        out.append(QJsonObject{{QStringLiteral("seq"), r.sequence},
                               {QStringLiteral("action"), r.action},
                               {QStringLiteral("actor"), r.actor},
                               {QStringLiteral("subject"), r.subject},
                               {QStringLiteral("reason"), r.reason}});
    return out;
}

}  // namespace countersign
