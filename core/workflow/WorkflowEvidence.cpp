#include "workflow/WorkflowEvidence.h"

#include <QCoreApplication>
#include <QMap>

#include "audit/AuditActions.h"
#include "audit/TrainingMark.h"
#include "crypto/Dsse.h"
#include "pipeline/GuardrailReport.h"
#include "signoff/SignOffStep.h"
#include "signoff/SignOffVerifier.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

namespace countersign {

namespace {

// The unsigned record kinds earlier versions wrote, which look like state but are not evidence.
bool looksLikeState(const QString& action) {
    return AuditActions::gateEvaluated.is(action) || AuditActions::hotfixRequested.is(action) ||
           AuditActions::releaseDeployed.is(action);
}

QString skewProblem(const QDateTime& signedAt, const QDateTime& recordedAt) {
    if (!signedAt.isValid() || !recordedAt.isValid())
        return QCoreApplication::translate("WorkflowEvidence",
                                           "the signed time or the record's time is missing");
    const qint64 apart = qAbs(signedAt.secsTo(recordedAt));
    if (apart <= WorkflowEvidence::kMaxSkewSeconds)
        return {};
    return QCoreApplication::translate(
               "WorkflowEvidence",
               "signed at %1 but recorded at %2 (%3 s apart; at most %4 s count): the signer's "
               "clock is not the store's")
        .arg(signedAt.toUTC().toString(Qt::ISODate), recordedAt.toUTC().toString(Qt::ISODate))
        .arg(apart)
        .arg(WorkflowEvidence::kMaxSkewSeconds);
}

StepSignOff fromVerdict(const SignOffVerdict& v, const WorkflowRecord& r) {
    StepSignOff s;
    s.sequence = r.sequence;
    s.envelopeDigest = r.payload.value(QStringLiteral("envelope_sha256")).toString();
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
    } else {
        s.signer = r.actor;
        s.step = r.payload.value(QStringLiteral("step")).toString();
    }
    if (s.signatureValid) {
        if (const QString skew = skewProblem(s.signedAt, r.time); !skew.isEmpty()) {
            s.signatureValid = false;
            s.signatureProblem = skew;
        } else if (r.actor != s.signer) {
            s.signatureValid = false;
            s.signatureProblem = QCoreApplication::translate("WorkflowEvidence",
                                                             "recorded under %1 but signed by %2")
                                     .arg(r.actor, s.signer);
        }
    }
    return s;
}

// The gate results of a guardrails.report record, or why it does not count.
QString readReport(const WorkflowRecord& r, const Roster& roster, const Bundle& bundle,
                   QList<GateResult>* gates, QDateTime* generatedAt) {
    auto env = DsseEnvelope::fromJson(r.payload.value(QStringLiteral("envelope")).toObject());
    if (!env)
        return QCoreApplication::translate("WorkflowEvidence", "no signed report: %1")
            .arg(env.error().message);
    QString signer;
    auto report = GuardrailReport::verifySigned(env.value(), roster, &signer);
    if (!report)
        return report.error().message;
    if (signer != r.actor)
        return QCoreApplication::translate("WorkflowEvidence", "recorded under %1 but signed by %2")
            .arg(r.actor, signer);
    if (const QString skew = skewProblem(report->generatedAt, r.time); !skew.isEmpty())
        return skew;
    if (report->bundleDigest != bundle.digest)
        return QCoreApplication::translate("WorkflowEvidence",
                                           "made for another bundle digest (%1)")
            .arg(report->bundleDigest.left(12));
    if (generatedAt)
        *generatedAt = report->generatedAt;
    if (gates)
        for (const GateResult& g : report->gates)
            if (g.bundleDigest == bundle.digest && !g.gate.isEmpty())
                gates->append(g);
    return {};
}

}  // namespace

WorkflowEvidence WorkflowEvidence::read(const QList<WorkflowRecord>& records, const Roster& roster,
                                        const Bundle& bundle, bool trainingWorkspace) {
    WorkflowEvidence out;
    const SignOffVerifier verifier(roster);
    QMap<QString, GateResult> latest;
    for (const WorkflowRecord& r : records) {
        if (!trainingWorkspace && readsAction(r.action) && TrainingMark::carries(r.payload)) {
            out.ignored.append({r.sequence, r.action, r.actor,
                                QCoreApplication::translate(
                                    "WorkflowEvidence",
                                    "made in a training workspace, on a clock a person may set: "
                                    "it never counts outside training")});
            continue;
        }
        if (AuditActions::signOffRecorded.is(r.action)) {
            auto env =
                DsseEnvelope::fromJson(r.payload.value(QStringLiteral("envelope")).toObject());
            StepSignOff s;
            if (!env) {
                s.sequence = r.sequence;
                s.signer = r.actor;
                s.step = r.payload.value(QStringLiteral("step")).toString();
                s.signatureProblem = env.error().message;
            } else {
                const SignOffVerdict v = verifier.verify(env.value(), bundle);
                if (v.status == SignOffVerdict::Status::NotSignOff) {
                    out.ignored.append({r.sequence, r.action, r.actor, v.reason});
                    continue;
                }
                s = fromVerdict(v, r);
            }
            if (s.step == SignOffStep::rollback())
                out.rollbacks.append(s);
            else if (s.step == SignOffStep::hotfix())
                out.hotfixes.append(s);
            else if (s.step == SignOffStep::deploy())
                out.deployments.append(s);
            else
                out.signOffs.append(s);
            if (!s.signatureValid)
                out.ignored.append({r.sequence, r.action, r.actor, s.signatureProblem});
        } else if (r.action == AuditActions::guardrailsReport.id()) {
            QList<GateResult> gates;
            QDateTime generatedAt;
            if (const QString why = readReport(r, roster, bundle, &gates, &generatedAt);
                !why.isEmpty()) {
                out.ignored.append({r.sequence, r.action, r.actor, why});
                continue;
            }
            out.lastReport = generatedAt;  // records are read in sequence order
            for (const GateResult& g : gates) latest.insert(g.gate, g);
        } else if (looksLikeState(r.action)) {
            out.ignored.append({r.sequence, r.action, r.actor,
                                QCoreApplication::translate(
                                    "WorkflowEvidence",
                                    "not signed: only signed evidence moves a change request")});
        }
    }
    out.gates = latest.values();
    return out;
}

bool WorkflowEvidence::readsAction(const QString& action) {
    const auto a = AuditActions::find(action);
    return a && a->readForState;
}

QString WorkflowEvidence::whyNotEvidence(const WorkflowRecord& record, const Roster& roster,
                                         const Bundle& bundle, bool trainingWorkspace) {
    const WorkflowEvidence e = read({record}, roster, bundle, trainingWorkspace);
    return e.ignored.isEmpty() ? QString() : e.ignored.constFirst().reason;
}

}  // namespace countersign
