#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// Decisions a sign-off can carry.
namespace Decision {
inline QString approve() {
    return QStringLiteral("approve");
}
inline QString reject() {
    return QStringLiteral("reject");
}
inline QString override_() {
    return QStringLiteral("override");
}
}  // namespace Decision

// The runbook steps an operator signs, the role each step needs, and the decisions: the one
// table of step ids, as written into envelopes and records ("step"); core/workflow's
// WorkflowStep names the first five (the step machine) by these ids.
//   risk            -> risk_officer        (fairness/bias review, override of the bias gate)
//   security        -> security_engineer   (checksums and scanner findings)
//   ops             -> ops_lead            (release readiness, ml-guardrails pipeline)
//   risk_compliance -> risk_compliance     (hotfixes need Risk & Compliance approval)
//   release         -> any signing role    (one of the two deployment approvals)
//   rollback        -> ops_lead            (roll a deployed release back to the last known good)
//   hotfix          -> ops_lead, risk_officer (move a scheduled request to the hotfix lane)
//   deploy          -> ops_lead, pipeline  (the approved release is deployed to production)
// hotfix, deploy and rollback are outside the step machine (core/workflow): each is a signed
// record of an event the change request follows, with the same envelope as a step sign-off.
class SignOffStep {
public:
    static QString risk() { return QStringLiteral("risk"); }
    static QString security() { return QStringLiteral("security"); }
    static QString ops() { return QStringLiteral("ops"); }
    static QString riskCompliance() { return QStringLiteral("risk_compliance"); }
    static QString release() { return QStringLiteral("release"); }
    static QString rollback() { return QStringLiteral("rollback"); }
    static QString hotfix() { return QStringLiteral("hotfix"); }
    static QString deploy() { return QStringLiteral("deploy"); }

    static QStringList all();  // in runbook order
    static bool isValid(const QString& step);
    // The role a step needs; empty for "release", which any signing role may sign.
    static QString requiredRole(const QString& step);
    // The roles that may sign a step: requiredRole, or for "release" every role that signs
    // steps (not model_owner, not pipeline).
    static QStringList allowedRoles(const QString& step);
    static QString label(const QString& step);  // translated, for people

    static QStringList decisions();  // approve, reject, override
    static bool isDecision(const QString& decision);
    // reject and override need a justification.
    static bool needsJustification(const QString& decision);
    // The same, for a step: a hotfix request and a rollback always say why.
    static bool needsJustification(const QString& step, const QString& decision);
    static QString decisionLabel(const QString& decision);  // translated
};

}  // namespace countersign
