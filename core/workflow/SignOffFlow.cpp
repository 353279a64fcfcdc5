#include "workflow/SignOffFlow.h"

#include <QCoreApplication>

#include "common/SourceTextScope.h"
#include "release/NextAttempt.h"
#include "release/ReleaseDesk.h"
#include "signoff/SignOffRecorder.h"
#include "signoff/SignOffSigner.h"
#include "signoff/SignOffStep.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

namespace countersign {

namespace {

// The role a request takes when it names none: the step's own role, or for a signed event the
// first of the event's roles the operator holds.
QString roleFor(const SignOffRequest& request, const Roster& roster) {
    if (!SignOffFlow::isEvent(request.step))
        return SignOffStep::requiredRole(request.step);
    if (const Operator* op = roster.find(request.operatorId))
        for (const QString& role : SignOffStep::allowedRoles(request.step))
            if (op->hasRole(role))
                return role;
    return {};
}

// A rollback's signed justification names where traffic goes and that version's integrity
// result (which belongs to another bundle, so it is named here, not listed as a gate seen).
QString rollbackJustification(const QString& reason, const RollbackTarget& target) {
    const SourceTextScope english;  // signed evidence holds no translated text
    return QCoreApplication::translate("SignOffFlow",
                                       "%1 (roll back to %2; its integrity %3, result sha256 %4)")
        .arg(reason, target.version, verdictId(target.integrity.status), target.integrity.digest());
}

// A request the rules cannot even be applied to: an unknown step or decision, no role.
bool stopsAtOnce(const QString& code) {
    return code == QLatin1String("signoff.step.unknown") ||
           code == QLatin1String("signoff.decision.unknown") ||
           code == QLatin1String("signoff.role.missing");
}

}  // namespace

bool SignOffPreview::refusedAsUsage() const {
    return !refusals.isEmpty() &&
           (stopsAtOnce(refusals.constFirst().code) ||
            refusals.constFirst().code == QLatin1String("signoff.justification.missing"));
}

QString SignOffPreview::recordedText() const {
    return refusalNotRecorded.isEmpty()
               ? QCoreApplication::translate("SignOffFlow", "recorded in the audit store")
               : QCoreApplication::translate("SignOffFlow", "NOT recorded in the audit store: %1")
                     .arg(refusalNotRecorded);
}

SignOffFlow::SignOffFlow(const Workspace& workspace, AuditStore& store, const Clock& clock)
    : m_workspace(&workspace), m_store(&store), m_clock(&clock) {}

bool SignOffFlow::isEvent(const QString& step) {
    return step == SignOffStep::hotfix() || step == SignOffStep::deploy();
}

Refusals SignOffFlow::rulesBroken(const Bundle& bundle, const WorkflowInputs& in,
                                  const SignOffRequest& request,
                                  const RollbackTarget& target) const {
    Refusals out = SignOffSigner::problems(bundle, m_workspace->roster(), request);
    if (!out.isEmpty() && stopsAtOnce(out.constFirst().code))
        return out;
    Refusals workflow;
    if (isEvent(request.step)) {
        workflow =
            ReleaseDesk::eventRefusals(ChangeRequest::derive(in), in, request.step,
                                       request.operatorId, request.role, request.justification);
    } else if (request.step == SignOffStep::rollback()) {
        workflow = Rollback::check(ChangeRequest::derive(in), in, request.operatorId,
                                   request.justification, target);
    } else if (const std::optional<WorkflowStep> step = stepFromId(request.step)) {
        workflow = Workflow::check(in,
                                   SignAttempt{request.operatorId, request.role, *step,
                                               request.decision, request.justification},
                                   m_clock->now());
    } else {
        workflow = {{QStringLiteral("signoff.step.unknown"),
                     QCoreApplication::translate(
                         "SignOffFlow", "the %1 step is not signed this way (see its command)")
                         .arg(request.step)}};
    }
    for (const Refusal& r : std::as_const(workflow))
        if (!hasCode(out, r.code))
            out.append(r);
    return out;
}

SignOffPreview SignOffFlow::prepare(const Bundle& bundle, SignOffRequest request,
                                    const QList<GateResult>& shown) {
    return prepare(bundle, std::move(request),
                   ReleaseDesk(*m_workspace, m_store, *m_clock).load(bundle), shown);
}

SignOffPreview SignOffFlow::prepare(const Bundle& bundle, SignOffRequest request, WorkflowInputs in,
                                    const QList<GateResult>& shown) {
    SignOffPreview preview;
    preview.bundle = bundle;
    if (request.role.isEmpty())
        request.role = roleFor(request, m_workspace->roster());
    if (request.changeRequest.isEmpty())
        request.changeRequest = ReleaseDesk::facts(bundle).changeRequestId();

    // The results the pane computed replace the recorded ones (they are what the signer sees),
    // except for an override: it must name the failed results the pipeline recorded, whose
    // digests the pipeline gate's override check looks for.
    for (const GateResult& g : shown) {
        if (request.decision == Decision::override_() && in.gate(g.gate))
            continue;
        in.gates.removeIf([&g](const GateResult& x) { return x.gate == g.gate; });
        in.gates.append(g);
    }

    RollbackTarget target;
    if (request.step == SignOffStep::rollback()) {
        const SourceTextScope english;  // its problem goes into the recorded refusal
        target = Rollback::target(*m_workspace, bundle, *m_clock);
    }
    preview.refusals = rulesBroken(bundle, in, request, target);
    if (!preview.refusals.isEmpty()) {
        Status recorded = ok();
        {
            const SourceTextScope english;  // the record holds the reasons in the source language
            recorded = WorkflowAudit::recordRefusal(*m_store, bundle, request.operatorId,
                                                    request.role, request.step, request.decision,
                                                    rulesBroken(bundle, in, request, target));
        }
        if (!recorded)
            preview.refusalNotRecorded = recorded.error().message;
        preview.request = request;
        return preview;
    }
    if (request.step == SignOffStep::rollback()) {
        request.justification = rollbackJustification(request.justification, target);
        preview.rollback = target;
    }
    // What the signer states they saw: the results the rules were checked against.
    if (const std::optional<WorkflowStep> step = stepFromId(request.step);
        step && request.gateResults.isEmpty())
        for (const QString& gate : NextAttempt::gatesSeenBy(*step))
            if (const GateResult* g = in.gate(gate))
                request.gateResults.append(*g);
    preview.request = request;
    return preview;
}

Result<SignOffStatement> SignOffFlow::statement(const SignOffPreview& preview) {
    if (!preview.maySign())
        return Error::checkFailed(preview.refusals.constFirst().message);
    auto checkpoint = SignOffRecorder::currentCheckpoint(*m_store);
    if (!checkpoint)
        return checkpoint.error();
    return SignOffSigner::statement(preview.bundle, m_workspace->roster(), preview.request,
                                    *checkpoint, *m_clock);
}

Result<SignOff> SignOffFlow::record(const SignOffPreview& preview,
                                    const SignOffStatement& statement,
                                    const Result<DsseEnvelope>& envelope) {
    const SignOffRequest& request = preview.request;
    if (!envelope) {
        if (envelope.error().kind == Error::Kind::CheckFailed) {
            // The key unlocked but is not the signer's roster key: refused, and recorded.
            const SourceTextScope english;
            (void)WorkflowAudit::recordRefusal(
                *m_store, preview.bundle, request.operatorId, request.role, request.step,
                request.decision,
                {{QStringLiteral("sod.key_not_roster"), envelope.error().message}});
        }
        return envelope.error();
    }
    auto made = SignOffRecorder::record(preview.bundle, statement, *envelope, *m_store);
    if (!made || !preview.rollback)
        return made;
    ReleaseDesk desk(*m_workspace, m_store, *m_clock);
    if (Status s = desk.recordRollback(preview.bundle, request.operatorId, *preview.rollback,
                                       made->envelopeDigest);
        !s)
        return s.error();
    return made;
}

Result<SignOff> SignOffFlow::complete(const SignOffPreview& preview, const QString& keyFile,
                                      const SecretBytes& passphrase) {
    auto made = statement(preview);
    if (!made)
        return made.error();
    return record(preview, *made, SignOffSigner::unlockAndSign(*made, keyFile, passphrase));
}

}  // namespace countersign
