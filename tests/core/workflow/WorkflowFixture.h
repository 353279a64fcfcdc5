#pragma once

// Synthetic inputs for the workflow's pure functions: a bundle, a roster, passing gates
// and hand-made sign-offs, as they would be rebuilt from the audit log.
#include <QDateTime>

#include "workflow/SignAttempt.h"
#include "workflow/WorkflowInputs.h"
#include "workflow/WorkflowStep.h"

namespace countersign::test {

inline QDateTime t0() {
    return QDateTime(QDate(2026, 11, 3), QTime(2, 0), QTimeZone::utc());
}
// The freeze of the November 2026 cycle under the default calendar: Friday 30 Oct 18:00 AEST.
inline QDateTime snapshotAtFreeze() {
    return QDateTime(QDate(2026, 10, 30), QTime(8, 0), QTimeZone::utc());
}
inline QString digestA() {
    return QString(64, QLatin1Char('a'));
}
inline QString digestB() {
    return QString(64, QLatin1Char('b'));
}

inline GateResult gate(const QString& name, Verdict v, const QString& digest = digestA()) {
    GateResult g;
    g.gate = name;
    g.status = v;
    g.summary = name + QStringLiteral(" ") + verdictId(v);
    g.bundleDigest = digest;
    g.evaluatedAt = t0();
    return g;
}

inline StepSignOff hotfixRequest(const QString& reason, qint64 m = 1);
// kind Hotfix: a bundle declared a hotfix whose lane a signed hotfix request opened.
inline WorkflowInputs inputs(ChangeKind kind = ChangeKind::Scheduled) {
    WorkflowInputs in;
    in.bundle = BundleFacts{QStringLiteral("fraud-detection"),
                            QStringLiteral("2026.11.0"),
                            kind,
                            QStringLiteral("m.owner"),
                            digestA(),
                            snapshotAtFreeze()};
    in.roster = {
        {QStringLiteral("m.owner"),
         {QStringLiteral("model_owner"), QStringLiteral("risk_officer")}},
        {QStringLiteral("r.ahmed"), {QStringLiteral("risk_officer")}},
        {QStringLiteral("s.lee"), {QStringLiteral("security_engineer")}},
        {QStringLiteral("o.lead"), {QStringLiteral("ops_lead")}},
        {QStringLiteral("o.lead2"), {QStringLiteral("ops_lead")}},
        {QStringLiteral("j.chen"), {QStringLiteral("security_engineer")}},
        {QStringLiteral("c.comp"), {QStringLiteral("risk_compliance")}},
        {QStringLiteral("multi"),
         {QStringLiteral("risk_officer"), QStringLiteral("security_engineer")}},
    };
    for (const char* name : {"integrity", "bias", "drift", "security", "pipeline"})
        in.gates.append(gate(QString::fromLatin1(name), Verdict::Pass));
    if (kind == ChangeKind::Hotfix)
        in.hotfixes.append(hotfixRequest(QStringLiteral("PSI 0.31 on amount > 0.2")));
    return in;
}

inline StepSignOff signOff(const QString& signer, const QString& role, WorkflowStep step,
                           const QString& decision = QStringLiteral("approve"),
                           qint64 minutesAfterT0 = 60, const QString& justification = {}) {
    StepSignOff s;
    s.signer = signer;
    s.role = role;
    s.step = stepId(step);
    s.decision = decision;
    s.justification = justification;
    s.bundleDigest = digestA();
    s.changeRequest = QStringLiteral("CR-fraud-detection-2026.11.0");
    s.signedAt = t0().addSecs(minutesAfterT0 * 60);
    s.signatureValid = true;
    return s;
}

inline StepSignOff risk(qint64 m = 60) {
    return signOff(QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
                   WorkflowStep::RiskReview, QStringLiteral("approve"), m);
}
inline StepSignOff security(qint64 m = 70) {
    return signOff(QStringLiteral("s.lee"), QStringLiteral("security_engineer"),
                   WorkflowStep::SecurityReview, QStringLiteral("approve"), m);
}
inline StepSignOff ops(qint64 m = 80) {
    return signOff(QStringLiteral("o.lead"), QStringLiteral("ops_lead"), WorkflowStep::OpsApproval,
                   QStringLiteral("approve"), m);
}
inline StepSignOff second(qint64 m = 90) {
    return signOff(QStringLiteral("o.lead2"), QStringLiteral("ops_lead"),
                   WorkflowStep::DeploymentApproval, QStringLiteral("approve"), m);
}
inline StepSignOff compliance(qint64 m = 100) {
    return signOff(QStringLiteral("c.comp"), QStringLiteral("risk_compliance"),
                   WorkflowStep::ComplianceApproval, QStringLiteral("approve"), m);
}

// A signed event outside the step machine (SignOffStep "hotfix" or "deploy"), as verified.
inline StepSignOff event(const QString& step, const QString& signer, const QString& role,
                         const QString& justification, qint64 minutesAfterT0) {
    StepSignOff s = signOff(signer, role, WorkflowStep::OpsApproval, QStringLiteral("approve"),
                            minutesAfterT0, justification);
    s.step = step;
    return s;
}
inline StepSignOff hotfixRequest(const QString& reason, qint64 m) {
    return event(QStringLiteral("hotfix"), QStringLiteral("o.lead"), QStringLiteral("ops_lead"),
                 reason, m);
}
inline StepSignOff deployment(qint64 m = 120) {
    return event(QStringLiteral("deploy"), QStringLiteral("o.lead"), QStringLiteral("ops_lead"),
                 QStringLiteral("deployed"), m);
}

inline SignAttempt attempt(const StepSignOff& s) {
    return SignAttempt::from(s, *stepFromId(s.step));
}

inline WorkflowRecord record(const QString& action, qint64 seq, const QJsonObject& payload = {}) {
    return WorkflowRecord{seq,
                          t0().addSecs(seq * 60),
                          QStringLiteral("someone"),
                          QStringLiteral("ops_lead"),
                          action,
                          QStringLiteral("fraud-detection@2026.11.0"),
                          payload};
}

}  // namespace countersign::test
