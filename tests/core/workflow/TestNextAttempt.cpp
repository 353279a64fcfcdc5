// The step an operator would sign next (what the Ops Lead pane's Approve button attempts),
// and the request's state before any gate ran.
#include <QtTest>

#include "WorkflowFixture.h"
#include "release/NextAttempt.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Workflow.h"

using namespace countersign;
using namespace countersign::test;

class TestNextAttempt : public QObject {
    Q_OBJECT
private slots:
    void uploadedUntilAGateOrReportIsThere() {
        WorkflowInputs in = inputs();
        // Only the pipeline gate, evaluated without a report (an error): still uploaded.
        in.gates = {gate(QStringLiteral("pipeline"), Verdict::Error)};
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::Uploaded);
        in.gates = {gate(QStringLiteral("pipeline"), Verdict::Pass)};
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::RiskReview);
        in.gates = {gate(QStringLiteral("pipeline"), Verdict::Error),
                    gate(QStringLiteral("integrity"), Verdict::Pass)};
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::RiskReview);
    }

    void stepFollowsStateAndRoles_data() {
        QTest::addColumn<int>("done");  // how many of risk, security, ops, second are signed
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("role");
        const QStringList ro{QStringLiteral("risk_officer")};
        const QStringList se{QStringLiteral("security_engineer")};
        const QStringList ol{QStringLiteral("ops_lead")};
        QTest::newRow("risk officer at risk review")
            << 0 << QStringLiteral("r.ahmed") << ro << int(WorkflowStep::RiskReview)
            << QStringLiteral("risk_officer");
        QTest::newRow("ops lead too early: the open step in their role, refused later")
            << 0 << QStringLiteral("o.lead") << ol << int(WorkflowStep::RiskReview)
            << QStringLiteral("ops_lead");
        QTest::newRow("security engineer")
            << 1 << QStringLiteral("s.lee") << se << int(WorkflowStep::SecurityReview)
            << QStringLiteral("security_engineer");
        QTest::newRow("first ops lead")
            << 2 << QStringLiteral("o.lead") << ol << int(WorkflowStep::OpsApproval)
            << QStringLiteral("ops_lead");
        QTest::newRow("second approver, ops lead")
            << 3 << QStringLiteral("o.lead2") << ol << int(WorkflowStep::DeploymentApproval)
            << QStringLiteral("ops_lead");
        QTest::newRow("second approver, any approver role")
            << 3 << QStringLiteral("j.chen") << se << int(WorkflowStep::DeploymentApproval)
            << QStringLiteral("security_engineer");
        QTest::newRow("model owner: first open step, refused by check")
            << 0 << QStringLiteral("m.owner")
            << QStringList{QStringLiteral("model_owner"), QStringLiteral("risk_officer")}
            << int(WorkflowStep::RiskReview) << QStringLiteral("risk_officer");
        QTest::newRow("approved: nothing open")
            << 4 << QStringLiteral("o.lead2") << ol << int(WorkflowStep::OpsApproval)
            << QStringLiteral("ops_lead");
    }

    void stepFollowsStateAndRoles() {
        QFETCH(int, done);
        QFETCH(QString, signer);
        QFETCH(QStringList, roles);
        QFETCH(int, step);
        QFETCH(QString, role);
        WorkflowInputs in = inputs();
        const QList<StepSignOff> all{risk(), security(), ops(), second()};
        in.signOffs = all.mid(0, done);
        const ChangeRequest cr = ChangeRequest::derive(in);
        const SignAttempt a =
            NextAttempt::forOperator(cr, in, signer, roles, QStringLiteral("approve"));
        QCOMPARE(int(a.step), step);
        QCOMPARE(a.role, role);
        QCOMPARE(a.signer, signer);
        const Refusals refusals = Workflow::check(in, a, t0().addSecs(7200));
        if (signer == QLatin1String("m.owner"))
            QVERIFY(hasCode(refusals, QStringLiteral("sod.owner")));
        else if (done == 4)
            QVERIFY(hasCode(refusals, QStringLiteral("state.closed")));
        else if (signer == QLatin1String("o.lead") && done == 0)
            QVERIFY(hasCode(refusals, QStringLiteral("sod.wrong_role")));
        else
            QVERIFY2(refusals.isEmpty(), qPrintable(refusals.value(0).message));
    }

    void hotfixComplianceForRiskAndCompliance() {
        WorkflowInputs in = inputs(ChangeKind::Hotfix);
        in.signOffs = {risk(), security(), ops(), second()};
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::ComplianceApproval);
        const SignAttempt a = NextAttempt::forOperator(cr, in, QStringLiteral("c.comp"),
                                                       {QStringLiteral("risk_compliance")},
                                                       QStringLiteral("approve"));
        QCOMPARE(a.step, WorkflowStep::ComplianceApproval);
        QVERIFY(Workflow::check(in, a, t0().addDays(5)).isEmpty());
    }

    void gatesSeen() {
        QCOMPARE(NextAttempt::gatesSeenBy(WorkflowStep::RiskReview),
                 (QStringList{QStringLiteral("bias"), QStringLiteral("drift")}));
        QCOMPARE(NextAttempt::gatesSeenBy(WorkflowStep::SecurityReview),
                 (QStringList{QStringLiteral("integrity"), QStringLiteral("security")}));
        QVERIFY(NextAttempt::gatesSeenBy(WorkflowStep::OpsApproval)
                    .contains(QStringLiteral("pipeline")));
    }
};

QTEST_GUILESS_MAIN(TestNextAttempt)
#include "TestNextAttempt.moc"
