#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "audit/AuditEntry.h"

namespace countersign {

// One audit action the console writes or reads (docs/formats.md "Audit actions").
struct AuditAction {
    const char* name;   // dotted, as written into records: "signoff.recorded"
    bool readForState;  // the workflow reads it to derive a change request's state, as
                        // evidence or to say why it is not (WorkflowEvidence, NotEvidence)
    bool checkpoint;    // the store signs a checkpoint right after appending it

    QString id() const { return QString::fromLatin1(name); }
    bool is(const QString& action) const { return action == QLatin1String(name); }
    // An entry of this action, its checkpoint flag set from the table.
    AuditEntry entry(const QString& actor, const QString& role, const QString& subject,
                     const QJsonObject& payload) const {
        return AuditEntry{actor, role, id(), subject, payload, checkpoint};
    }
};

// The one table of audit actions. The store knows none of these words: writers take an
// action from here, and its checkpoint flag travels in the AuditEntry.
namespace AuditActions {
// A signed sign-off of a step (payload: step, decision, envelope + summary).
inline constexpr AuditAction signOffRecorded{"signoff.recorded", true, true};
// A refused sign-off attempt (payload: step, decision, reasons).
inline constexpr AuditAction signOffRefused{"signoff.refused", false, true};
// The ml-guardrails report signed by the pipeline operator (payload: status, gates, envelope).
inline constexpr AuditAction guardrailsReport{"guardrails.report", true, false};
// The release attestation the console signs with the store key (payload: path, digest).
inline constexpr AuditAction releaseAttested{"release.attested", false, true};
// A deployment webhook delivery (payload: url, outcome, attempts).
inline constexpr AuditAction releaseWebhook{"release.webhook", false, true};
// A release rolled back (payload: to_version, to_digest, envelope_sha256, validation_until,
// rca_due).
inline constexpr AuditAction releaseRolledBack{"release.rolled_back", false, true};
// A scanner finding's risk accepted by a security engineer (payload: the signed acceptance).
inline constexpr AuditAction riskAccepted{"risk.accepted", false, true};
// A risk acceptance revoked (payload: acceptance_sha256, the signed revocation).
inline constexpr AuditAction acceptanceRevoked{"acceptance.revoke", false, true};
// A refused risk acceptance or revocation (payload: kind, finding, reasons).
inline constexpr AuditAction acceptanceRefused{"acceptance.refused", false, true};
// A sign-in the console refused (payload: operator, key_file, code, message).
inline constexpr AuditAction signInRefused{"signin.refused", false, false};
// Unsigned kinds only earlier versions wrote: read only to say they are not evidence.
inline constexpr AuditAction gateEvaluated{"gate.evaluated", true, false};
inline constexpr AuditAction hotfixRequested{"hotfix.requested", true, false};
inline constexpr AuditAction releaseDeployed{"release.deployed", true, false};

// Scripts' notes (`audit append`): any action in this namespace, which the workflow never
// reads and the store does not checkpoint on append.
inline constexpr const char* kNoteNamespace = "note.";
inline bool isNote(const QString& action) {
    return action.startsWith(QLatin1String(kNoteNamespace));
}

QList<AuditAction> all();
std::optional<AuditAction> find(const QString& action);  // none for notes and unknown names
QStringList readForState();                              // the names the workflow reads
}  // namespace AuditActions

}  // namespace countersign
