#include "workflow/ChangeRequest.h"

#include <QCoreApplication>
#include <algorithm>

#include "audit/AuditActions.h"
#include "release/BundleWindow.h"
#include "workflow/SeparationOfDuties.h"
#include "workflow/TransitionRules.h"
#include "workflow/WorkflowInputs.h"

namespace countersign {

namespace {

bool reviewStarted(const WorkflowInputs& in) {
    // The pipeline gate is evaluated on every load; it counts once a report is there.
    for (const GateResult& g : in.gates)
        if (g.bundleDigest == in.bundle.digest &&
            (g.gate != QLatin1String("pipeline") || g.status != Verdict::Error))
            return true;
    return !in.signOffs.isEmpty();
}

// A signed event (hotfix, deploy) that counts for this request: its signature verified against
// the roster (core/workflow/WorkflowEvidence), made for this bundle digest and change request.
bool countsFor(const StepSignOff& s, const ChangeRequest& cr) {
    return s.signatureValid && s.bundleDigest == cr.bundle.digest &&
           (s.changeRequest.isEmpty() || s.changeRequest == cr.id);
}

QString joinMessages(const Refusals& list) {
    QStringList parts;
    for (const Refusal& r : list) parts.append(r.message);
    return parts.join(QStringLiteral("; "));
}

}  // namespace

const StepSignOff* ChangeRequest::accepted(WorkflowStep step) const {
    for (const CountedSignOff& c : signOffs)
        if (c.counted && c.signOff.step == stepId(step) && c.signOff.decision != Decision::reject())
            return &c.signOff;
    return nullptr;
}

QList<StepSignOff> ChangeRequest::acceptedAll(WorkflowStep step) const {
    QList<StepSignOff> out;
    for (const CountedSignOff& c : signOffs)
        if (c.counted && c.signOff.step == stepId(step) && c.signOff.decision != Decision::reject())
            out.append(c.signOff);
    return out;
}

QList<StepSignOff> ChangeRequest::deploymentApprovals() const {
    QList<StepSignOff> out = acceptedAll(WorkflowStep::OpsApproval);
    out.append(acceptedAll(WorkflowStep::DeploymentApproval));
    return out;
}

bool ChangeRequest::dualApprovalMet(const QStringList& deploymentRoles) const {
    if (!accepted(WorkflowStep::OpsApproval))
        return false;
    const QList<StepSignOff> others = acceptedAll(WorkflowStep::DeploymentApproval);
    ApprovalPolicy policy;
    policy.deploymentRoles = deploymentRoles;
    return others.size() >= deploymentRoles.size() - 1 &&
           SeparationOfDuties::remainingApprovalRoles(*this, policy).isEmpty();
}

bool ChangeRequest::windowContains(const QDateTime& instant) const {
    return !windowProblem && windowOpens.isValid() && instant >= windowOpens &&
           instant < windowCloses;
}

QList<WorkflowStep> ChangeRequest::openSteps() const {
    switch (state) {
        case ChangeState::Uploaded:
            return {};
        case ChangeState::RiskReview:
            return {WorkflowStep::RiskReview};
        case ChangeState::SecurityReview:
            return {WorkflowStep::SecurityReview};
        case ChangeState::OpsApproval: {
            QList<WorkflowStep> steps;
            steps.append(accepted(WorkflowStep::OpsApproval) ? WorkflowStep::DeploymentApproval
                                                             : WorkflowStep::OpsApproval);
            if (kind == ChangeKind::Hotfix && !accepted(WorkflowStep::ComplianceApproval))
                steps.append(WorkflowStep::ComplianceApproval);
            return steps;
        }
        case ChangeState::ComplianceApproval:
            return {WorkflowStep::ComplianceApproval};
        case ChangeState::ApprovedForDeployment:
        case ChangeState::Deployed:
        case ChangeState::RolledBack:
        case ChangeState::Rejected:
            return {};
    }
    return {};
}

ChangeRequest ChangeRequest::derive(const WorkflowInputs& in) {
    ChangeRequest cr;
    cr.bundle = in.bundle;
    cr.id = in.bundle.changeRequestId();
    // The hotfix lane lifts the change window, so only a signed hotfix request opens it: the
    // kind the model owner writes into bundle.json is a request for the lane, not evidence.
    cr.kind = ChangeKind::Scheduled;

    QList<WorkflowRecord> records = in.records;
    std::stable_sort(
        records.begin(), records.end(), [](const WorkflowRecord& a, const WorkflowRecord& b) {
            return a.sequence != b.sequence ? a.sequence < b.sequence : a.time < b.time;
        });
    cr.history = records;
    cr.notEvidence = in.ignored;
    for (const StepSignOff& h : in.hotfixes) {
        if (countsFor(h, cr) && cr.kind != ChangeKind::Hotfix) {
            cr.kind = ChangeKind::Hotfix;
            cr.hotfixReason = h.justification;
        }
    }

    // The change window is the release calendar's, for the cycle the bundle's feature snapshot
    // was frozen for; no time the owner writes (bundle.json "created") moves it.
    const BundleWindow window = BundleWindow::of(in.calendar, in.bundle.snapshotFrozenAt);
    cr.windowOpens = window.opens();
    cr.windowCloses = window.closes();
    cr.windowProblem = window.problem;

    cr.state = reviewStarted(in) ? ChangeState::RiskReview : ChangeState::Uploaded;

    QList<StepSignOff> signOffs = in.signOffs;
    std::stable_sort(signOffs.begin(), signOffs.end(),
                     [](const StepSignOff& a, const StepSignOff& b) {
                         if (a.sequence >= 0 && b.sequence >= 0 && a.sequence != b.sequence)
                             return a.sequence < b.sequence;
                         return a.signedAt < b.signedAt;
                     });

    for (const StepSignOff& s : signOffs) {
        CountedSignOff c{s, false, {}};
        const auto step = stepFromId(s.step);
        if (!s.signatureValid) {
            c.voidReason =
                QCoreApplication::translate("ChangeRequest", "the signature does not verify: %1")
                    .arg(s.signatureProblem);
        } else if (s.bundleDigest != in.bundle.digest) {
            c.voidReason = QCoreApplication::translate(
                "ChangeRequest",
                "made for another bundle digest: the bundle changed since it was signed");
        } else if (!s.changeRequest.isEmpty() && s.changeRequest != cr.id) {
            c.voidReason =
                QCoreApplication::translate("ChangeRequest", "made for another change request (%1)")
                    .arg(s.changeRequest);
        } else if (!step) {
            c.voidReason =
                QCoreApplication::translate("ChangeRequest", "unknown step \"%1\"").arg(s.step);
        } else {
            const SignAttempt a = SignAttempt::from(s, *step);
            Refusals why = TransitionRules::decisionShape(a);
            why.append(TransitionRules::stateAllows(cr, a));
            why.append(SeparationOfDuties::check(cr, in, a));
            why.append(TransitionRules::window(cr, a, s.signedAt));
            if (why.isEmpty()) {
                c.counted = true;
            } else {
                c.voidReason = joinMessages(why);
            }
        }
        cr.signOffs.append(c);
        if (c.counted)
            TransitionRules::apply(cr, s, *step, in.policy);
    }

    if (cr.state == ChangeState::ApprovedForDeployment) {
        // A signed deployment recorded after the last approval that counted.
        qint64 approvedAt = -1;
        for (const CountedSignOff& c : cr.signOffs)
            if (c.counted)
                approvedAt = qMax(approvedAt, c.signOff.sequence);
        for (const StepSignOff& d : in.deployments)
            if (countsFor(d, cr) && d.decision == Decision::approve() &&
                (d.sequence < 0 || d.sequence > approvedAt)) {
                cr.state = ChangeState::Deployed;
                cr.deployment = d;
            }
    }
    if (cr.state == ChangeState::Deployed) {
        // A signed rollback (core/workflow/Rollback) of this digest, recorded.
        for (const WorkflowRecord& r : records)
            if (r.action == AuditActions::releaseRolledBack.id() &&
                r.payload.value(QStringLiteral("bundle_digest")).toString() == in.bundle.digest)
                for (const StepSignOff& s : in.rollbacks)
                    if (s.signatureValid && s.bundleDigest == in.bundle.digest &&
                        s.envelopeDigest ==
                            r.payload.value(QStringLiteral("envelope_sha256")).toString()) {
                        cr.state = ChangeState::RolledBack;
                        cr.rollback = s;
                    }
    }
    return cr;
}

}  // namespace countersign
