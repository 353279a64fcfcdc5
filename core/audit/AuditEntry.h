#pragma once

#include <QJsonObject>
#include <QString>

namespace countersign {

// What a caller appends to the audit store. The store adds the sequence number, the UTC
// time and the previous record's hash.
struct AuditEntry {
    QString actor;  // operator id, or "pipeline", or "cli"
    QString role;   // role id (docs/formats.md), may be empty
    // Dotted, from the table of audit actions (audit/AuditActions.h): "signoff.recorded",
    // "risk.accepted", "release.attested"; or a script's note ("note.deploy-script").
    QString action;
    QString subject;  // "model@version" or a change request id
    QJsonObject payload;
    // The store signs a checkpoint right after appending this record (AuditAction::checkpoint
    // says which actions want one; the store reads only this flag). Not part of the record.
    bool checkpoint = false;
};

}  // namespace countersign
