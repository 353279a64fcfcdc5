#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "audit/AuditActions.h"  // the actions the workflow writes and reads

namespace countersign {

// An audit record as the workflow reads it (the fields of core/audit's records it needs).
struct WorkflowRecord {
    qint64 sequence = -1;
    QDateTime time;  // UTC
    QString actor;
    QString role;
    QString action;
    QString subject;  // "model@version"
    QJsonObject payload;
};

}  // namespace countersign
