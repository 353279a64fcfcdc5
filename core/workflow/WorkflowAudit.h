#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "audit/AuditStore.h"
#include "common/Result.h"
#include "gates/GateResult.h"
#include "release/WebhookOutcome.h"
#include "workflow/Refusal.h"
#include "workflow/SignAttempt.h"
#include "workflow/WorkflowRecord.h"

namespace countersign {

struct Bundle;
struct DsseEnvelope;
struct GuardrailReport;

// What the workflow writes to and reads from the audit store. Every record's subject is
// the bundle ("model@version"); the bundle digest is in the payload, so a record made for
// an earlier state of the bundle is told apart.
class WorkflowAudit {
public:
    // The bundle's records, in sequence order.
    static Result<QList<WorkflowRecord>> records(const AuditStore& store, const QString& subject);

    // The ml-guardrails report as signed by the pipeline operator (action guardrails.report,
    // the envelope in the payload): the only way gate results become evidence.
    static Status recordGuardrailReport(AuditStore& store, const Bundle& bundle,
                                        const GuardrailReport& report, const DsseEnvelope& envelope,
                                        const QString& signer);
    // A refused attempt: who tried which step, and every reason.
    static Status recordRefusal(AuditStore& store, const Bundle& bundle, const SignAttempt& attempt,
                                const Refusals& refusals);
    // The same for an attempt outside the step machine (a rollback): the step named by its id.
    static Status recordRefusal(AuditStore& store, const Bundle& bundle, const QString& signer,
                                const QString& role, const QString& step, const QString& decision,
                                const Refusals& refusals);
    static Status recordAttestation(AuditStore& store, const Bundle& bundle, const QString& actor,
                                    const QString& path, const QString& envelopeSha256);
    // The outcome of the last deployment webhook delivery for exactly this bundle digest.
    static std::optional<WebhookOutcome> lastWebhook(const QList<WorkflowRecord>& records,
                                                     const QString& bundleDigest);
    // resentBy: the operator who asked for the delivery again (the actor; "resent_by" in the
    // payload); empty for the delivery that follows the attestation (actor "countersign").
    static Status recordWebhook(AuditStore& store, const Bundle& bundle,
                                const WebhookOutcome& outcome, const QString& resentBy = {});

    static WorkflowRecord fromAudit(const AuditRecord& record);
};

}  // namespace countersign
