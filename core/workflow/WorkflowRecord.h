#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

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

// The audit actions the workflow writes and reads.
namespace WorkflowAction {
inline QString gateEvaluated() {
    return QStringLiteral("gate.evaluated");
}  // payload: GateResult JSON
inline QString signOff() {
    return QStringLiteral("signoff.recorded");
}  // payload: envelope + summary
inline QString signOffRefused() {
    return QStringLiteral("signoff.refused");
}  // payload: step, reasons
inline QString hotfixRequested() {
    return QStringLiteral("hotfix.requested");
}  // payload: reason, gate
inline QString attested() {
    return QStringLiteral("release.attested");
}  // payload: path, digest
inline QString webhook() {
    return QStringLiteral("release.webhook");
}  // payload: url, outcome, attempts
inline QString deployed() {
    return QStringLiteral("release.deployed");
}
inline QString rolledBack() {
    return QStringLiteral("release.rolled_back");
}  // payload: to_version, to_digest, envelope_sha256, validation_until, rca_due
inline QString guardrailsReport() {
    return QStringLiteral("guardrails.report");
}  // payload: status, digest
}  // namespace WorkflowAction

}  // namespace countersign
