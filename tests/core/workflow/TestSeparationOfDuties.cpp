#include <QtTest>

#include "WorkflowFixture.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Workflow.h"

using namespace countersign;
using namespace countersign::test;

namespace {
QDateTime within() {
    return t0().addSecs(7200);
}
}  // namespace

class TestSeparationOfDuties : public QObject {
    Q_OBJECT
private slots:
    void ownerSignsNoStepOfTheirBundle() {
        WorkflowInputs in = inputs();
        // m.owner holds risk_officer in the roster, but owns this bundle.
        const StepSignOff own = signOff(QStringLiteral("m.owner"), QStringLiteral("risk_officer"),
                                        WorkflowStep::RiskReview);
        const Refusals r = Workflow::check(in, attempt(own), within());
        QVERIFY(hasCode(r, QStringLiteral("sod.owner")));
        QVERIFY(r.front().message.contains(QStringLiteral("model owner")));
        in.signOffs = {own};
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::RiskReview);  // recorded anyway: it does not count
        QVERIFY(cr.signOffs.front().voidReason.contains(QStringLiteral("model owner")));
        // Nor may the owner reject it.
        StepSignOff reject = own;
        reject.decision = QStringLiteral("reject");
        reject.justification = QStringLiteral("x");
        QVERIFY(hasCode(Workflow::check(inputs(), attempt(reject), within()),
                        QStringLiteral("sod.owner")));
    }

    void onlyRolesTheRosterGives() {
        const WorkflowInputs in = inputs();
        // s.lee is a security engineer claiming the risk officer role.
        const StepSignOff claimed = signOff(QStringLiteral("s.lee"), QStringLiteral("risk_officer"),
                                            WorkflowStep::RiskReview);
        QVERIFY(hasCode(Workflow::check(in, attempt(claimed), within()),
                        QStringLiteral("sod.role_not_held")));
        // s.lee in their own role cannot sign the risk step either.
        const StepSignOff wrongStep = signOff(
            QStringLiteral("s.lee"), QStringLiteral("security_engineer"), WorkflowStep::RiskReview);
        QVERIFY(hasCode(Workflow::check(in, attempt(wrongStep), within()),
                        QStringLiteral("sod.wrong_role")));
        const StepSignOff stranger = signOff(
            QStringLiteral("x.nobody"), QStringLiteral("risk_officer"), WorkflowStep::RiskReview);
        QVERIFY(hasCode(Workflow::check(in, attempt(stranger), within()),
                        QStringLiteral("sod.unknown_operator")));
        // The pipeline's key approves nothing.
        WorkflowInputs withPipeline = inputs();
        withPipeline.roster.insert(QStringLiteral("ci"), {QStringLiteral("pipeline")});
        withPipeline.signOffs = {risk(), security(), ops()};
        const StepSignOff ci = signOff(QStringLiteral("ci"), QStringLiteral("pipeline"),
                                       WorkflowStep::DeploymentApproval);
        QVERIFY(hasCode(Workflow::check(withPipeline, attempt(ci), within()),
                        QStringLiteral("sod.wrong_role")));
    }

    void onePersonOneStep() {
        WorkflowInputs in = inputs();
        in.signOffs = {signOff(QStringLiteral("multi"), QStringLiteral("risk_officer"),
                               WorkflowStep::RiskReview)};
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::SecurityReview);
        const StepSignOff again =
            signOff(QStringLiteral("multi"), QStringLiteral("security_engineer"),
                    WorkflowStep::SecurityReview);
        const Refusals r = Workflow::check(in, attempt(again), within());
        QVERIFY(hasCode(r, QStringLiteral("sod.distinct_signers")));
        QVERIFY(r.front().message.contains(QStringLiteral("risk review")));
        // controls.json may allow one person to sign several steps.
        WorkflowInputs relaxed = in;
        relaxed.policy.distinctStepSigners = false;
        QVERIFY(Workflow::check(relaxed, attempt(again), within()).isEmpty());
        in.signOffs.append(again);
        relaxed.signOffs.append(again);
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::SecurityReview);
        QCOMPARE(ChangeRequest::derive(relaxed).state, ChangeState::OpsApproval);
    }

    void dualApprovalNeedsTwoPeople() {
        WorkflowInputs in = inputs();
        in.policy.distinctStepSigners = false;  // even then, the two approvers differ
        in.signOffs = {risk(), security(), ops()};
        const StepSignOff self = signOff(QStringLiteral("o.lead"), QStringLiteral("ops_lead"),
                                         WorkflowStep::DeploymentApproval);
        const Refusals r = Workflow::check(in, attempt(self), within());
        QVERIFY(hasCode(r, QStringLiteral("sod.same_approver")));
        QVERIFY(!hasCode(r, QStringLiteral("sod.already_signed")));
        in.signOffs.append(self);
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::OpsApproval);
        QVERIFY(hasCode(Workflow::verifyRelease(in), QStringLiteral("release.dual_approval")));
        // With distinct signers off, the risk officer may be the second approver.
        in.signOffs.removeLast();
        const StepSignOff riskSecond =
            signOff(QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
                    WorkflowStep::DeploymentApproval);
        QVERIFY(Workflow::check(in, attempt(riskSecond), within()).isEmpty());
        // With it on (the default), they may not.
        in.policy.distinctStepSigners = true;
        QVERIFY(hasCode(Workflow::check(in, attempt(riskSecond), within()),
                        QStringLiteral("sod.distinct_signers")));
        // A second approval by an operator in any approver role counts.
        const StepSignOff j = signOff(QStringLiteral("j.chen"), QStringLiteral("security_engineer"),
                                      WorkflowStep::DeploymentApproval);
        QVERIFY(Workflow::check(in, attempt(j), within()).isEmpty());
    }

    void configuredDeploymentRoles() {
        WorkflowInputs in = inputs();
        auto policy = ApprovalPolicy::fromJson(QJsonObject{
            {QStringLiteral("deployment_roles"),
             QJsonArray{QStringLiteral("ops_lead"), QStringLiteral("risk_compliance")}}});
        QVERIFY(policy);
        in.policy = policy.value();
        in.signOffs = {risk(), security(), ops()};
        const StepSignOff j = signOff(QStringLiteral("j.chen"), QStringLiteral("security_engineer"),
                                      WorkflowStep::DeploymentApproval);
        const Refusals r = Workflow::check(in, attempt(j), within());
        QVERIFY(hasCode(r, QStringLiteral("sod.wrong_role")));
        QVERIFY(r.front().message.contains(QStringLiteral("Risk & Compliance")));
        const StepSignOff c =
            signOff(QStringLiteral("c.comp"), QStringLiteral("risk_compliance"),
                    WorkflowStep::DeploymentApproval, QStringLiteral("approve"), 90);
        QVERIFY(Workflow::check(in, attempt(c), within()).isEmpty());
        in.signOffs.append(c);
        const ChangeRequest cr = ChangeRequest::derive(in);
        QVERIFY2(cr.signOffs.last().counted, qPrintable(cr.signOffs.last().voidReason));
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::ApprovedForDeployment);
    }

    void policyValidation() {
        auto notRole = ApprovalPolicy::fromJson(
            QJsonObject{{QStringLiteral("deployment_roles"),
                         QJsonArray{QStringLiteral("ops_lead"), QStringLiteral("model_owner")}}},
            QStringLiteral("controls.json"));
        QVERIFY(!notRole);
        QCOMPARE(notRole.error().where, QStringLiteral("/approvals/deployment_roles/1"));
        QVERIFY(!ApprovalPolicy::fromJson(QJsonObject{
            {QStringLiteral("deployment_roles"), QJsonArray{QStringLiteral("ops_lead")}}}));
        QVERIFY(!ApprovalPolicy::fromJson(
            QJsonObject{{QStringLiteral("distinct_step_signers"), QStringLiteral("yes")}}));
        const auto defaults = ApprovalPolicy::fromJson({});
        QVERIFY(defaults);
        QCOMPARE(defaults->deploymentRoles,
                 (QStringList{QStringLiteral("ops_lead"), QStringLiteral("*")}));
        QVERIFY(defaults->distinctStepSigners);
    }
};

QTEST_GUILESS_MAIN(TestSeparationOfDuties)
#include "TestSeparationOfDuties.moc"
