#pragma once

#include <QJsonObject>
#include <QString>

namespace countersign {

// What a caller appends to the audit store. The store adds the sequence number, the UTC
// time and the previous record's hash.
struct AuditEntry {
    QString actor;  // operator id, or "pipeline", or "cli"
    QString role;   // role id (docs/formats.md), may be empty
    QString
        action;  // dotted: "signoff.risk", "gate.integrity", "override.bias", "release.attested"
    QString subject;  // "model@version" or a change request id
    QJsonObject payload;
};

}  // namespace countersign
