#include <QtTest>

#include "WorkflowFixture.h"
#include "audit/AuditActions.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Workflow.h"

using namespace countersign;
using namespace countersign::test;

namespace {

QString codes(const Refusals& list) {
    QStringList c;
    for (const Refusal& r : list) c.append(r.code);
    return c.join(QLatin1Char(','));
}

QDateTime within() {
    return t0().addSecs(3600 * 2);
}

}  // namespace

class TestChangeRequest : public QObject {
    Q_OBJECT
private slots:
    void uploadedUntilGatesRun() {
        WorkflowInputs in = inputs();
        in.gates.clear();
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::Uploaded);
        QCOMPARE(cr.id, QStringLiteral("CR-fraud-detection-2026.11.0"));
        QCOMPARE(codes(Workflow::blockers(in, within())), QStringLiteral("waiting.gates"));
        const Refusals r = Workflow::check(in, attempt(risk()), within());
        QVERIFY2(hasCode(r, QStringLiteral("state.order")), qPrintable(codes(r)));
        QVERIFY(hasCode(r, QStringLiteral("gate.bias.missing")));
        QVERIFY(hasCode(r, QStringLiteral("gate.drift.missing")));
        // An unsigned gate run in the log is not evidence: the request stays uploaded.
        in.records.append(record(AuditActions::gateEvaluated.id(), 1,
                                 {{QStringLiteral("bundle_digest"), digestA()}}));
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::Uploaded);
        // Signed gate results (the pipeline's report, read by core/workflow/WorkflowEvidence) open
        // it.
        in.gates = inputs().gates;
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::RiskReview);
    }

    void scheduledPathThroughEveryState() {
        WorkflowInputs in = inputs();
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::RiskReview);
        QVERIFY(Workflow::check(in, attempt(risk()), within()).isEmpty());

        in.signOffs.append(risk());
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::SecurityReview);
        QVERIFY(Workflow::check(in, attempt(security()), within()).isEmpty());

        in.signOffs.append(security());
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::OpsApproval);
        QVERIFY(hasCode(Workflow::check(in, attempt(second()), within()),
                        QStringLiteral("state.order")));
        QVERIFY(Workflow::check(in, attempt(ops()), within()).isEmpty());

        in.signOffs.append(ops());
        ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::OpsApproval);
        QVERIFY(!cr.dualApprovalMet(in.policy.deploymentRoles));
        QVERIFY(hasCode(Workflow::blockers(in, within()),
                        QStringLiteral("waiting.deployment_approval")));
        QVERIFY(hasCode(Workflow::verifyRelease(in), QStringLiteral("release.dual_approval")));
        QVERIFY(Workflow::check(in, attempt(second()), within()).isEmpty());

        in.signOffs.append(second());
        cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::ApprovedForDeployment);
        QVERIFY(cr.dualApprovalMet(in.policy.deploymentRoles));
        QCOMPARE(cr.deploymentApprovals().size(), 2);
        QVERIFY(Workflow::blockers(in, within()).isEmpty());
        QVERIFY2(Workflow::verifyRelease(in).isEmpty(),
                 qPrintable(codes(Workflow::verifyRelease(in))));
        QVERIFY(hasCode(Workflow::check(in, attempt(compliance()), within()),
                        QStringLiteral("state.closed")));

        // An unsigned release.deployed record moves nothing; a signed deployment does.
        in.records.append(record(AuditActions::releaseDeployed.id(), 9,
                                 {{QStringLiteral("bundle_digest"), digestA()}}));
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::ApprovedForDeployment);
        StepSignOff otherDigest = deployment();
        otherDigest.bundleDigest = digestB();
        in.deployments.append(otherDigest);
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::ApprovedForDeployment);
        in.deployments.append(deployment());
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::Deployed);
        QCOMPARE(ChangeRequest::derive(in).deployment->signer, QStringLiteral("o.lead"));
        QVERIFY(Workflow::verifyRelease(in).isEmpty());
    }

    void derivedStateIsRebuiltFromTheLog() {
        WorkflowInputs in = inputs();
        in.signOffs = {second(), ops(), security(),
                       risk()};  // recorded order is by time, not list order
        const ChangeRequest a = ChangeRequest::derive(in);
        QCOMPARE(a.state, ChangeState::ApprovedForDeployment);
        std::reverse(in.signOffs.begin(), in.signOffs.end());
        const ChangeRequest b = ChangeRequest::derive(in);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.signOffs.size(), 4);
        for (const CountedSignOff& c : b.signOffs) QVERIFY2(c.counted, qPrintable(c.voidReason));
        // A sign-off signed before the step was open does not count (security before risk).
        in.signOffs = {security(50), risk(60)};
        const ChangeRequest c = ChangeRequest::derive(in);
        QCOMPARE(c.state, ChangeState::SecurityReview);
        QVERIFY(!c.signOffs.front().counted);
        QVERIFY(c.signOffs.front().voidReason.contains(QStringLiteral("risk review")));
    }

    void rejectionAtEveryStep_data() {
        QTest::addColumn<int>("signedBefore");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("step");
        QTest::newRow("risk") << 0 << "r.ahmed"
                              << "risk_officer" << int(WorkflowStep::RiskReview);
        QTest::newRow("security") << 1 << "s.lee"
                                  << "security_engineer" << int(WorkflowStep::SecurityReview);
        QTest::newRow("ops") << 2 << "o.lead"
                             << "ops_lead" << int(WorkflowStep::OpsApproval);
        QTest::newRow("second approver") << 3 << "o.lead2"
                                         << "ops_lead" << int(WorkflowStep::DeploymentApproval);
    }
    void rejectionAtEveryStep() {
        QFETCH(int, signedBefore);
        QFETCH(QString, signer);
        QFETCH(QString, role);
        QFETCH(int, step);
        WorkflowInputs in = inputs();
        const QList<StepSignOff> path{risk(), security(), ops()};
        for (int i = 0; i < signedBefore; ++i) in.signOffs.append(path.at(i));
        StepSignOff reject =
            signOff(signer, role, WorkflowStep(step), QStringLiteral("reject"), 200);
        QVERIFY(hasCode(Workflow::check(in, attempt(reject), within()),
                        QStringLiteral("decision.justification")));
        reject.justification = QStringLiteral("backtest incomplete");
        // Rejections are allowed outside the window too.
        QVERIFY(Workflow::check(in, attempt(reject), t0().addDays(5)).isEmpty());
        in.signOffs.append(reject);
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::Rejected);
        QVERIFY(cr.rejection.has_value());
        QCOMPARE(cr.rejection->signer, signer);
        QVERIFY(Workflow::blockers(in, within()).isEmpty());
        const Refusals v = Workflow::verifyRelease(in);
        QCOMPARE(codes(v), QStringLiteral("release.rejected"));
        QVERIFY(v.front().message.contains(QStringLiteral("backtest incomplete")));
        QVERIFY(hasCode(Workflow::check(in, attempt(risk(210)), within()),
                        QStringLiteral("state.closed")));
    }

    void riskPreconditions() {
        WorkflowInputs in = inputs();
        in.gates[1] = gate(QStringLiteral("bias"), Verdict::Fail);
        Refusals r = Workflow::check(in, attempt(risk()), within());
        QCOMPARE(codes(r), QStringLiteral("gate.bias.failed"));
        QVERIFY(r.front().message.contains(QStringLiteral("override")));

        StepSignOff override_ = signOff(QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
                                        WorkflowStep::RiskReview, QStringLiteral("override"));
        QCOMPARE(codes(Workflow::check(in, attempt(override_), within())),
                 QStringLiteral("decision.justification"));
        override_.justification =
            QStringLiteral("gap driven by a 12-row group; accepted until December");
        QVERIFY(Workflow::check(in, attempt(override_), within()).isEmpty());
        in.signOffs.append(override_);
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::SecurityReview);

        WorkflowInputs passing = inputs();
        QCOMPARE(codes(Workflow::check(passing, attempt(override_), within())),
                 QStringLiteral("override.unneeded"));

        WorkflowInputs error = inputs();
        error.gates[2] = gate(QStringLiteral("drift"), Verdict::Error);
        QCOMPARE(codes(Workflow::check(error, attempt(override_), within())),
                 QStringLiteral("gate.drift.error"));
        QCOMPARE(codes(Workflow::check(error, attempt(risk()), within())),
                 QStringLiteral("gate.drift.error"));

        WorkflowInputs stale = inputs();
        stale.gates[1] = gate(QStringLiteral("bias"), Verdict::Pass, digestB());
        QCOMPARE(codes(Workflow::check(stale, attempt(risk()), within())),
                 QStringLiteral("gate.bias.stale"));

        WorkflowInputs missing = inputs();
        missing.gates.removeAt(2);
        QCOMPARE(codes(Workflow::check(missing, attempt(risk()), within())),
                 QStringLiteral("gate.drift.missing"));
    }

    void securityPreconditions() {
        WorkflowInputs in = inputs();
        in.signOffs = {risk()};
        in.gates[0] = gate(QStringLiteral("integrity"), Verdict::Fail);
        in.gates[3] = gate(QStringLiteral("security"), Verdict::Error);
        QCOMPARE(codes(Workflow::check(in, attempt(security()), within())),
                 QStringLiteral("gate.integrity.failed,gate.security.error"));
        StepSignOff override_ = security();
        override_.decision = QStringLiteral("override");
        override_.justification = QStringLiteral("x");
        QVERIFY(hasCode(Workflow::check(in, attempt(override_), within()),
                        QStringLiteral("decision.override_step")));
    }

    void opsPreconditions() {
        WorkflowInputs in = inputs();
        in.signOffs = {risk(), security()};
        in.gates.removeLast();  // no pipeline report
        QCOMPARE(codes(Workflow::check(in, attempt(ops()), within())),
                 QStringLiteral("gate.pipeline.missing"));
        in.gates.append(gate(QStringLiteral("pipeline"), Verdict::Fail));
        QCOMPARE(codes(Workflow::check(in, attempt(ops()), within())),
                 QStringLiteral("gate.pipeline.failed"));
        in.gates.last() = gate(QStringLiteral("pipeline"), Verdict::Pass, digestB());
        QCOMPARE(codes(Workflow::check(in, attempt(ops()), within())),
                 QStringLiteral("gate.pipeline.stale"));
    }

    void bundleChangedVoidsEarlierSignOffs() {
        WorkflowInputs in = inputs();
        in.signOffs = {risk(), security(), ops(), second()};
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::ApprovedForDeployment);
        // The bundle.json changed after signing: every sign-off is void, gates are stale.
        in.bundle.digest = digestB();
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::RiskReview);
        for (const CountedSignOff& c : cr.signOffs)
            QVERIFY(c.voidReason.contains(QStringLiteral("bundle changed")));
        const Refusals v = Workflow::verifyRelease(in);
        QVERIFY(hasCode(v, QStringLiteral("signoff.risk.missing")));
        QVERIFY(v.front().message.contains(QStringLiteral("bundle changed")));
        QVERIFY(hasCode(v, QStringLiteral("release.dual_approval")));
        // Ops approval names the void earlier sign-offs.
        const Refusals r = Workflow::check(in, attempt(ops()), within());
        QVERIFY(hasCode(r, QStringLiteral("signoff.security.missing")));
        QVERIFY(hasCode(r, QStringLiteral("gate.pipeline.stale")));
    }

    void invalidSignatureDoesNotCount() {
        WorkflowInputs in = inputs();
        StepSignOff forged = risk();
        forged.signatureValid = false;
        forged.signatureProblem = QStringLiteral("signed by a key not in the roster");
        in.signOffs = {forged};
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::RiskReview);
        QVERIFY(cr.signOffs.front().voidReason.contains(QStringLiteral("not in the roster")));
    }

    void integrityChangeFailsVerify() {
        WorkflowInputs in = inputs();
        in.signOffs = {risk(), security(), ops(), second()};
        in.gates[0] = gate(QStringLiteral("integrity"), Verdict::Fail);
        QCOMPARE(codes(Workflow::verifyRelease(in)), QStringLiteral("release.bundle_changed"));
    }

    void changeWindow() {
        WorkflowInputs in = inputs();
        const ChangeRequest cr = ChangeRequest::derive(in);
        // The release calendar's window of the bundle's cycle: the snapshot froze Friday 30 Oct
        // 18:00 AEST, retraining Tuesday 3 Nov, whose 24-hour window opens 00:00 AEST (2 Nov
        // 14:00Z).
        const QDateTime opens(QDate(2026, 11, 2), QTime(14, 0), QTimeZone::utc());
        QCOMPARE(cr.windowOpens, opens);
        QCOMPARE(cr.windowCloses, opens.addSecs(24 * 3600));
        QVERIFY(!cr.windowProblem);
        QCOMPARE(codes(Workflow::check(in, attempt(risk()), opens.addSecs(-60))),
                 QStringLiteral("window.not_open"));
        QCOMPARE(codes(Workflow::check(in, attempt(risk()), opens.addSecs(24 * 3600))),
                 QStringLiteral("window.closed"));
        QVERIFY(Workflow::check(in, attempt(risk()), opens.addSecs(24 * 3600 - 1)).isEmpty());
        QVERIFY(hasCode(Workflow::blockers(in, t0().addDays(2)), QStringLiteral("window.closed")));
        // A recorded approval signed after the window closed does not count.
        in.signOffs = {risk(), security(), ops(), second(12 * 60 + 5)};
        const ChangeRequest late = ChangeRequest::derive(in);
        QCOMPARE(late.state, ChangeState::OpsApproval);
        QVERIFY(late.signOffs.last().voidReason.contains(QStringLiteral("window closed")));
        QVERIFY(hasCode(Workflow::verifyRelease(in), QStringLiteral("release.dual_approval")));
        QVERIFY(hasCode(Workflow::verifyRelease(in), QStringLiteral("release.outside_window")));
        // Inside the window, the same release verifies.
        in.signOffs = {risk(), security(), ops(), second()};
        QVERIFY(Workflow::verifyRelease(in).isEmpty());
        // An approval signed inside the window but recorded by the store after it does not
        // verify: the store's time is the one no signer chooses.
        in.signOffs.last().sequence = 7;
        WorkflowRecord recorded = record(AuditActions::signOffRecorded.id(), 7);
        recorded.time = opens.addSecs(25 * 3600);
        in.records.append(recorded);
        QVERIFY(hasCode(Workflow::verifyRelease(in), QStringLiteral("release.outside_window")));
    }

    void windowFromTheCalendarOnly() {
        // Another calendar moves the window; nothing of the bundle but its snapshot is read.
        WorkflowInputs in = inputs();
        in.calendar.windowHours = 48;
        ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.windowCloses, cr.windowOpens.addSecs(48 * 3600));
        // A snapshot up to an hour after the freeze counts as frozen at it.
        in.bundle.snapshotFrozenAt = QDateTime(QDate(2026, 10, 30), QTime(8, 59), QTimeZone::utc());
        QVERIFY(!ChangeRequest::derive(in).windowProblem);
        QVERIFY(Workflow::check(in, attempt(risk()), t0()).isEmpty());
    }

    void snapshotNotAtFreeze_data() {
        QTest::addColumn<QDateTime>("frozenAt");
        QTest::newRow("Thursday before the freeze")
            << QDateTime(QDate(2026, 10, 29), QTime(8, 0), QTimeZone::utc());
        QTest::newRow("a minute before the freeze")
            << QDateTime(QDate(2026, 10, 30), QTime(7, 59), QTimeZone::utc());
        QTest::newRow("an hour after the freeze")
            << QDateTime(QDate(2026, 10, 30), QTime(9, 0), QTimeZone::utc());
        QTest::newRow("on the retraining day")
            << QDateTime(QDate(2026, 11, 3), QTime(1, 0), QTimeZone::utc());
    }
    void snapshotNotAtFreeze() {
        QFETCH(QDateTime, frozenAt);
        WorkflowInputs in = inputs();
        in.bundle.snapshotFrozenAt = frozenAt;
        const ChangeRequest cr = ChangeRequest::derive(in);
        QVERIFY(cr.windowProblem);
        QCOMPARE(cr.windowProblem->code, QStringLiteral("window.snapshot_not_at_freeze"));
        // The reason names the snapshot time and the nearest freeze.
        QVERIFY2(cr.windowProblem->message.contains(
                     frozenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                 qPrintable(cr.windowProblem->message));
        QVERIFY2(cr.windowProblem->message.contains(QStringLiteral("2026-10-30 08:00 UTC")),
                 qPrintable(cr.windowProblem->message));
        // Every approval is refused, even inside the cycle's window; a rejection is not.
        QCOMPARE(codes(Workflow::check(in, attempt(risk()), t0())),
                 QStringLiteral("window.snapshot_not_at_freeze"));
        QVERIFY(Workflow::check(
                    in,
                    attempt(signOff(QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
                                    WorkflowStep::RiskReview, QStringLiteral("reject"), 60,
                                    QStringLiteral("no"))),
                    t0())
                    .isEmpty());
        in.signOffs = {risk(), security(), ops(), second()};
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::RiskReview);
        QVERIFY(
            hasCode(Workflow::verifyRelease(in), QStringLiteral("window.snapshot_not_at_freeze")));
        QVERIFY(
            hasCode(Workflow::blockers(in, t0()), QStringLiteral("window.snapshot_not_at_freeze")));
        // The hotfix lane is not bound to the calendar.
        in.signOffs.clear();
        in.hotfixes = {hotfixRequest(QStringLiteral("PSI 0.31 on amount > 0.2"))};
        QVERIFY(Workflow::check(in, attempt(risk()), t0()).isEmpty());
    }

    void hotfixLane() {
        // bundle.json's kind "hotfix" is the model owner's word: the request stays in the
        // scheduled lane, bound to the window, until a signed hotfix request opens the lane.
        WorkflowInputs declared = inputs();
        declared.bundle.kind = ChangeKind::Hotfix;
        QCOMPARE(ChangeRequest::derive(declared).kind, ChangeKind::Scheduled);
        QVERIFY(hasCode(Workflow::check(declared, attempt(risk()), t0().addDays(3)),
                        QStringLiteral("window.closed")));
        declared.hotfixes = {hotfixRequest(QStringLiteral("PSI 0.31 on amount > 0.2"))};
        QCOMPARE(ChangeRequest::derive(declared).kind, ChangeKind::Hotfix);
        QVERIFY(Workflow::check(declared, attempt(risk()), t0().addDays(3)).isEmpty());

        WorkflowInputs in = inputs();
        // An unsigned hotfix.requested record does not lift the window; a signed request does.
        in.records.append(
            record(AuditActions::hotfixRequested.id(), 1,
                   {{QStringLiteral("reason"), QStringLiteral("PSI 0.31 on amount > 0.2")}}));
        QCOMPARE(ChangeRequest::derive(in).kind, ChangeKind::Scheduled);
        StepSignOff forged = hotfixRequest(QStringLiteral("PSI 0.31 on amount > 0.2"));
        forged.signatureValid = false;
        in.hotfixes.append(forged);
        QCOMPARE(ChangeRequest::derive(in).kind, ChangeKind::Scheduled);
        in.hotfixes = {hotfixRequest(QStringLiteral("PSI 0.31 on amount > 0.2"))};
        ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.kind, ChangeKind::Hotfix);
        QCOMPARE(cr.hotfixReason, QStringLiteral("PSI 0.31 on amount > 0.2"));
        // The hotfix lane approves outside the window.
        const QDateTime late = t0().addDays(3);
        QVERIFY(Workflow::check(in, attempt(risk()), late).isEmpty());
        in.signOffs = {risk(3 * 1440), security(3 * 1440 + 1), ops(3 * 1440 + 2),
                       second(3 * 1440 + 3)};
        cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::ComplianceApproval);
        QCOMPARE(codes(Workflow::blockers(in, late)),
                 QStringLiteral("waiting.compliance_approval"));
        QCOMPARE(codes(Workflow::verifyRelease(in)), QStringLiteral("release.compliance"));
        QVERIFY(Workflow::check(in, attempt(compliance()), late).isEmpty());
        in.signOffs.append(compliance(3 * 1440 + 4));
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::ApprovedForDeployment);
        QVERIFY(Workflow::verifyRelease(in).isEmpty());

        // Risk & Compliance may approve before the dual approval completes.
        WorkflowInputs early = inputs(ChangeKind::Hotfix);
        early.signOffs = {risk(), security(), compliance(75), ops(), second()};
        const ChangeRequest e = ChangeRequest::derive(early);
        QCOMPARE(e.state, ChangeState::ApprovedForDeployment);
        QVERIFY(!e.hotfixReason.isEmpty());
        // ...but not before the risk and security reviews.
        WorkflowInputs tooEarly = inputs(ChangeKind::Hotfix);
        tooEarly.signOffs = {risk()};
        QVERIFY(hasCode(Workflow::check(tooEarly, attempt(compliance()), late),
                        QStringLiteral("state.order")));
        // A scheduled request has no Risk & Compliance step.
        WorkflowInputs scheduled = inputs();
        scheduled.signOffs = {risk(), security()};
        QVERIFY(hasCode(Workflow::check(scheduled, attempt(compliance()), within()),
                        QStringLiteral("state.not_hotfix")));
    }
};

QTEST_GUILESS_MAIN(TestChangeRequest)
#include "TestChangeRequest.moc"
