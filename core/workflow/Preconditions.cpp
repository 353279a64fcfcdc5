#include "workflow/Preconditions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace countersign {

namespace {

QString gateLabel(const QString& gate) {
    if (gate == QLatin1String("integrity"))
        return QCoreApplication::translate("Preconditions", "integrity gate");
    if (gate == QLatin1String("bias"))
        return QCoreApplication::translate("Preconditions", "bias gate");
    if (gate == QLatin1String("drift"))
        return QCoreApplication::translate("Preconditions", "drift gate");
    if (gate == QLatin1String("security"))
        return QCoreApplication::translate("Preconditions", "security gate");
    if (gate == QLatin1String("pipeline"))
        return QCoreApplication::translate("Preconditions", "ml-guardrails pipeline report");
    return gate;
}

}  // namespace

Refusals Preconditions::gatePassed(const WorkflowInputs& in, const QString& gate) {
    const GateResult* g = in.gate(gate);
    const QString prefix = QStringLiteral("gate.") + gate;
    if (!g) {
        if (in.staleGate(gate))
            return {{prefix + QStringLiteral(".stale"),
                     QCoreApplication::translate(
                         "Preconditions",
                         "the %1 was made for another bundle digest, not this bundle's %2")
                         .arg(gateLabel(gate), in.bundle.digest.left(12))}};
        return {{prefix + QStringLiteral(".missing"),
                 QCoreApplication::translate(
                     "Preconditions", "the %1 has not been evaluated for this bundle (digest %2)")
                     .arg(gateLabel(gate), in.bundle.digest.left(12))}};
    }
    switch (g->status) {
        case Verdict::Pass:
        case Verdict::Warning:
            return {};
        case Verdict::Fail:
            return {{prefix + QStringLiteral(".failed"),
                     QCoreApplication::translate("Preconditions", "the %1 failed: %2")
                         .arg(gateLabel(gate), g->summary)}};
        case Verdict::Error:
        case Verdict::Undefined:
            break;
    }
    return {{prefix + QStringLiteral(".error"),
             QCoreApplication::translate("Preconditions", "the %1 could not be evaluated: %2")
                 .arg(gateLabel(gate), g->summary)}};
}

Refusals Preconditions::pipelinePassedOrOverridden(const ChangeRequest& cr,
                                                   const WorkflowInputs& in) {
    Refusals r = gatePassed(in, QStringLiteral("pipeline"));
    if (r.isEmpty() || r.front().code != QLatin1String("gate.pipeline.failed"))
        return r;
    // The runbook's override path: a bias or drift failure the Risk Officer overrode with a
    // signed, counted decision that saw exactly the failed result.
    const StepSignOff* risk = cr.accepted(WorkflowStep::RiskReview);
    const bool overridden = risk && risk->decision == Decision::override_();
    const QJsonArray failed = in.gate(QStringLiteral("pipeline"))
                                  ->measured.value(QStringLiteral("failed_gates"))
                                  .toArray();
    QStringList notOverridden;
    for (const QJsonValue& v : failed) {
        const QJsonObject f = v.toObject();
        const QString gate = f.value(QStringLiteral("gate")).toString();
        const bool overridable =
            (gate == QLatin1String("bias") || gate == QLatin1String("drift")) &&
            f.value(QStringLiteral("status")).toString() == QLatin1String("fail");
        if (!overridden || !overridable ||
            !risk->gateDigests.contains(f.value(QStringLiteral("result_sha256")).toString()))
            notOverridden.append(gate);
    }
    if (failed.isEmpty() || !notOverridden.isEmpty()) {
        if (overridden)
            r.front().message +=
                QCoreApplication::translate("Preconditions",
                                            " (the Risk Officer's override does not cover: %1)")
                    .arg(notOverridden.join(QStringLiteral(", ")));
        return r;
    }
    return {};
}

Refusals Preconditions::signOffValid(const ChangeRequest& cr, WorkflowStep step) {
    if (cr.accepted(step))
        return {};
    QStringList voids;
    for (const CountedSignOff& c : cr.signOffs)
        if (c.signOff.step == stepId(step) && !c.counted)
            voids.append(QCoreApplication::translate("Preconditions", "%1's sign-off is void (%2)")
                             .arg(c.signOff.signer, c.voidReason));
    const QString code = QStringLiteral("signoff.") + stepId(step) + QStringLiteral(".missing");
    if (voids.isEmpty())
        return {{code, QCoreApplication::translate("Preconditions", "there is no valid %1 sign-off")
                           .arg(stepLabel(step))}};
    return {{code, QCoreApplication::translate("Preconditions", "there is no valid %1 sign-off: %2")
                       .arg(stepLabel(step), voids.join(QStringLiteral("; ")))}};
}

Refusals Preconditions::check(const ChangeRequest& cr, const WorkflowInputs& in,
                              const SignAttempt& a) {
    Refusals out;
    if (a.decision == Decision::reject())
        return out;
    switch (a.step) {
        case WorkflowStep::RiskReview: {
            bool anyFailed = false;
            for (const QString& gate : {QStringLiteral("bias"), QStringLiteral("drift")}) {
                const Refusals r = gatePassed(in, gate);
                const bool failed =
                    !r.isEmpty() && r.front().code.endsWith(QLatin1String(".failed"));
                anyFailed = anyFailed || failed;
                if (failed && a.decision == Decision::override_())
                    continue;  // that is what an override is for
                if (failed)
                    out.append({r.front().code,
                                r.front().message +
                                    QCoreApplication::translate(
                                        "Preconditions",
                                        " (approve needs a pass; the Risk Officer may sign "
                                        "an override with a justification)")});
                else
                    out.append(r);
            }
            if (a.decision == Decision::override_() && !anyFailed && out.isEmpty())
                out.append(
                    {QStringLiteral("override.unneeded"),
                     QCoreApplication::translate(
                         "Preconditions",
                         "bias and drift passed: there is nothing to override, sign an approval")});
            break;
        }
        case WorkflowStep::SecurityReview:
            out.append(gatePassed(in, QStringLiteral("integrity")));
            out.append(gatePassed(in, QStringLiteral("security")));
            break;
        case WorkflowStep::OpsApproval:
        case WorkflowStep::DeploymentApproval:
            out.append(pipelinePassedOrOverridden(cr, in));
            out.append(signOffValid(cr, WorkflowStep::RiskReview));
            out.append(signOffValid(cr, WorkflowStep::SecurityReview));
            break;
        case WorkflowStep::ComplianceApproval:
            out.append(signOffValid(cr, WorkflowStep::RiskReview));
            out.append(signOffValid(cr, WorkflowStep::SecurityReview));
            break;
    }
    return out;
}

}  // namespace countersign
