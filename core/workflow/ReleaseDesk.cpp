#include "workflow/ReleaseDesk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

#include "audit/AuditStore.h"
#include "common/SourceTextScope.h"
#include "crypto/Sha256.h"
#include "signoff/SignOffRecorder.h"
#include "signoff/SignOffVerifier.h"
#include "workflow/ManualHotfix.h"
#include "workflow/PipelineGate.h"
#include "workflow/ReleaseAttestation.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

namespace countersign {

ReleaseDesk::ReleaseDesk(const Workspace& workspace, AuditStore* store, const Clock& clock)
    : m_workspace(&workspace), m_store(store), m_clock(&clock) {}

BundleFacts ReleaseDesk::facts(const Bundle& bundle) {
    return BundleFacts{bundle.model,
                       bundle.version,
                       bundle.kind == QLatin1String(Bundle::kindHotfix) ? ChangeKind::Hotfix
                                                                        : ChangeKind::Scheduled,
                       bundle.owner,
                       bundle.digest,
                       bundle.created};
}

StepSignOff ReleaseDesk::fromVerdict(const SignOffVerdict& v, qint64 sequence) {
    StepSignOff s;
    s.sequence = sequence;
    s.envelopeDigest = v.envelopeDigest;
    s.signatureValid =
        v.status == SignOffVerdict::Status::Valid || v.status == SignOffVerdict::Status::Void;
    if (!s.signatureValid)
        s.signatureProblem = v.reason;
    if (v.statement) {
        const SignOffStatement& st = *v.statement;
        s.signer = st.operatorId;
        s.role = st.role;
        s.step = st.step;
        s.decision = st.decision;
        s.justification = st.justification;
        s.bundleDigest = st.bundleDigest;
        s.changeRequest = st.changeRequest;
        s.signedAt = st.signedAt;
        for (const SignOffStatement::GateSeen& g : st.gateResults) s.gateDigests.append(g.digest);
    }
    return s;
}

WorkflowInputs ReleaseDesk::load(const Bundle& bundle, const QList<GateResult>& fresh) const {
    WorkflowInputs in;
    in.bundle = facts(bundle);
    for (const Operator& op : m_workspace->roster().operators) in.roster.insert(op.id, op.roles);
    in.policy.deploymentRoles = m_workspace->controls().approvals.deploymentRoles;
    in.policy.distinctStepSigners = m_workspace->controls().approvals.distinctStepSigners;
    in.windowHours = m_workspace->controls().calendar.windowHours;

    const SignOffVerifier verifier(m_workspace->roster());
    if (m_store) {
        if (auto records = WorkflowAudit::records(*m_store, bundle.id()); records)
            in.records = records.value();
    }
    for (const WorkflowRecord& r : in.records) {
        if (r.action != QLatin1String(SignOffRecorder::kAuditAction))
            continue;
        auto env = DsseEnvelope::fromJson(r.payload.value(QStringLiteral("envelope")).toObject());
        if (!env) {
            StepSignOff broken;
            broken.sequence = r.sequence;
            broken.signer = r.actor;
            broken.step = r.payload.value(QStringLiteral("step")).toString();
            broken.signatureProblem = env.error().message;
            in.signOffs.append(broken);
            continue;
        }
        const SignOffVerdict v = verifier.verify(env.value(), bundle);
        if (v.status == SignOffVerdict::Status::NotSignOff)
            continue;
        StepSignOff s = fromVerdict(v, r.sequence);
        s.envelopeDigest = r.payload.value(QStringLiteral("envelope_sha256")).toString();
        if (s.step == QLatin1String("rollback"))
            in.rollbacks.append(s);
        else
            in.signOffs.append(s);
    }
    if (!m_store) {
        // No audit store (a deployment pipeline elsewhere): the envelopes in approvals/.
        for (const SignOffVerdict& v : verifier.verifyBundle(bundle))
            if (v.status != SignOffVerdict::Status::NotSignOff) {
                StepSignOff s = fromVerdict(v, -1);
                (s.step == QLatin1String("rollback") ? in.rollbacks : in.signOffs).append(s);
            }
    }

    in.gates = WorkflowAudit::latestGates(in.records, bundle.digest);
    for (const GateResult& g : fresh) {
        in.gates.erase(std::remove_if(in.gates.begin(), in.gates.end(),
                                      [&](const GateResult& x) { return x.gate == g.gate; }),
                       in.gates.end());
        in.gates.append(g);
    }
    const bool freshPipeline = std::any_of(fresh.cbegin(), fresh.cend(), [](const GateResult& g) {
        return g.gate == QLatin1String("pipeline");
    });
    if (!freshPipeline) {
        in.gates.erase(
            std::remove_if(in.gates.begin(), in.gates.end(),
                           [](const GateResult& x) { return x.gate == QLatin1String("pipeline"); }),
            in.gates.end());
        in.gates.append(PipelineGate::evaluate(bundle, m_workspace->roster(), *m_clock));
    }
    return in;
}

ChangeRequest ReleaseDesk::changeRequest(const Bundle& bundle,
                                         const QList<GateResult>& fresh) const {
    return ChangeRequest::derive(load(bundle, fresh));
}

Refusals ReleaseDesk::attempt(const Bundle& bundle, const SignAttempt& a,
                              const QList<GateResult>& fresh) {
    const WorkflowInputs in = load(bundle, fresh);
    const Refusals refusals = Workflow::check(in, a, m_clock->now());
    if (!refusals.isEmpty() && m_store) {
        const SourceTextScope english;  // the record holds the reasons in the source language
        (void)WorkflowAudit::recordRefusal(*m_store, bundle, a,
                                           Workflow::check(in, a, m_clock->now()));
    }
    return refusals;
}

Result<QString> ReleaseDesk::attestIfApproved(const Bundle& bundle) {
    if (!m_store)
        return Error::badInput(QCoreApplication::translate(
            "ReleaseDesk", "the release attestation needs the audit store"));
    const WorkflowInputs in = load(bundle);
    ChangeRequest cr;
    {
        const SourceTextScope english;  // the signed attestation holds no translated text
        cr = ChangeRequest::derive(in);
    }
    if (cr.state != ChangeState::ApprovedForDeployment)
        return QString();
    for (const WorkflowRecord& r : in.records)
        if (r.action == WorkflowAction::attested() &&
            r.payload.value(QStringLiteral("bundle_digest")).toString() == bundle.digest)
            return QString();
    auto checkpoint = m_store->checkpoint();
    if (!checkpoint)
        return checkpoint.error();
    const ReleaseAttestation a =
        ReleaseAttestation::from(cr, {checkpoint->origin, checkpoint->size, checkpoint->rootHash},
                                 QStringLiteral("countersign"), m_clock->now());
    auto env = a.signWithStore(*m_store);
    if (!env)
        return env.error();
    const QString path = ReleaseAttestation::pathIn(bundle.dir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray bytes = env->toBytes();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::badInput(
            QCoreApplication::translate("ReleaseDesk", "cannot write the release attestation: %1")
                .arg(f.errorString()),
            path);
    if (auto s = WorkflowAudit::recordAttestation(
            *m_store, bundle, QStringLiteral("countersign"),
            QStringLiteral("approvals/") + QLatin1String(ReleaseAttestation::kFileName),
            QString::fromLatin1(Sha256::hashHex(bytes)));
        !s)
        return s.error();
    return path;
}

Refusals ReleaseDesk::attemptRollback(const Bundle& bundle, const QString& signer,
                                      const QString& justification, RollbackTarget* target) {
    {
        // Its problem goes into the recorded refusal: the source language.
        const SourceTextScope english;
        *target = Rollback::target(*m_workspace, bundle, *m_clock);
    }
    const WorkflowInputs in = load(bundle);
    const Refusals refusals =
        Rollback::check(ChangeRequest::derive(in), in, signer, justification, *target);
    if (!refusals.isEmpty() && m_store) {
        const SourceTextScope english;  // the record holds the reasons in the source language
        (void)WorkflowAudit::recordRefusal(
            *m_store, bundle, signer, RoleId::opsLead(), QStringLiteral("rollback"),
            Decision::approve(),
            Rollback::check(ChangeRequest::derive(in), in, signer, justification, *target));
    }
    return refusals;
}

Status ReleaseDesk::recordRollback(const Bundle& bundle, const QString& signer,
                                   const RollbackTarget& target, const QString& envelopeSha256) {
    if (!m_store)
        return Error::badInput(QCoreApplication::translate(
            "ReleaseDesk", "a rollback is recorded in the audit store, which is not open"));
    return Rollback::record(*m_store, bundle, signer, target, envelopeSha256, m_clock->now());
}

Result<Refusals> ReleaseDesk::openHotfix(const Bundle& bundle, const QString& actor,
                                         const QString& role, const QString& reason) {
    if (!m_store)
        return Error::badInput(QCoreApplication::translate(
            "ReleaseDesk", "a hotfix request is recorded in the audit store, which is not open"));
    const WorkflowInputs in = load(bundle);
    const ChangeRequest cr = ChangeRequest::derive(in);
    const Refusals refusals = ManualHotfix::check(cr, in, actor, role, reason);
    if (!refusals.isEmpty()) {
        const SourceTextScope english;  // the record holds the reasons in the source language
        if (auto s = WorkflowAudit::recordRefusal(*m_store, bundle, actor, role,
                                                  QStringLiteral("hotfix"), QStringLiteral("open"),
                                                  ManualHotfix::check(cr, in, actor, role, reason));
            !s)
            return s.error();
        return refusals;
    }
    if (auto s = WorkflowAudit::requestHotfix(*m_store, bundle, actor, role, reason.trimmed()); !s)
        return s.error();
    return Refusals{};
}

Result<QByteArray> ReleaseDesk::webhookResend(const Bundle& bundle) const {
    if (!m_store)
        return Error::badInput(QCoreApplication::translate(
            "ReleaseDesk", "a webhook delivery is recorded in the audit store, which is not open"));
    auto records = WorkflowAudit::records(*m_store, bundle.id());
    if (!records)
        return records.error();
    const std::optional<WebhookOutcome> last =
        WorkflowAudit::lastWebhook(records.value(), bundle.digest);
    if (!last || last->delivered)
        return Error::badInput(
            QCoreApplication::translate(
                "ReleaseDesk",
                "the last deployment webhook delivery of %1 did not fail: nothing to resend")
                .arg(bundle.id()));
    QString recorded;
    for (const WorkflowRecord& r : records.value())
        if (r.action == WorkflowAction::attested() &&
            r.payload.value(QStringLiteral("bundle_digest")).toString() == bundle.digest)
            recorded = r.payload.value(QStringLiteral("envelope_sha256")).toString();
    const QString path = ReleaseAttestation::pathIn(bundle.dir);
    if (recorded.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("ReleaseDesk", "no release attestation of %1 is recorded")
                .arg(bundle.id()),
            path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("ReleaseDesk", "cannot read the release attestation: %1")
                .arg(f.errorString()),
            path);
    const QByteArray bytes = f.readAll();
    if (QString::fromLatin1(Sha256::hashHex(bytes)) != recorded)
        return Error::checkFailed(
            QCoreApplication::translate("ReleaseDesk",
                                        "the release attestation changed since it was recorded "
                                        "(SHA-256 %1, recorded %2): it is not resent")
                .arg(QString::fromLatin1(Sha256::hashHex(bytes)), recorded),
            path);
    return bytes;
}

}  // namespace countersign
