#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include "common/Result.h"

namespace countersign {

class AuditStore;
class Workspace;

// A record of the store that looks like state but counts for nothing, and why.
struct NotEvidenceRecord {
    qint64 sequence = -1;
    QString action;
    QString actor;
    QString subject;
    QString reason;  // translated
};

// The records of an audit store that the workflow reads for state but does not count, found
// with the very decision the change request makes (WorkflowEvidence::read over each bundle's
// records): unsigned gate.evaluated, hotfix.requested and release.deployed records, sign-offs
// and gate reports whose envelope does not verify, is not the actor's, was signed too far from
// the store's time, or was made for another bundle digest; and records of those kinds whose
// subject is no readable bundle of the workspace. Shown by the Audit pane and `audit verify`
// as information: they are kept, never counted, and are no tampering.
class NotEvidence {
public:
    static Result<QList<NotEvidenceRecord>> find(const AuditStore& store,
                                                 const Workspace& workspace);
    // [{"seq","action","actor","subject","reason"}], in sequence order.
    static QJsonArray toJson(const QList<NotEvidenceRecord>& records);
};

}  // namespace countersign
