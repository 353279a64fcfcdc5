// controls.json's approvals.deployment_roles is read by Controls (the workspace) and by
// ApprovalPolicy (the workflow): both apply one rule, the dual approval of DESIGN.md:
// exactly two roles, ops_lead first, the other an approver role or "*".
#include <QJsonArray>
#include <QtTest>

#include "workflow/ApprovalPolicy.h"
#include "workspace/Controls.h"

using namespace countersign;

class TestApprovalRules : public QObject {
    Q_OBJECT
private slots:
    void controlsAndPolicyAgree_data() {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("where");
        QTest::newRow("default") << QStringList{QStringLiteral("ops_lead"), QStringLiteral("*")}
                                 << true << QString();
        QTest::newRow("two ops leads")
            << QStringList{QStringLiteral("ops_lead"), QStringLiteral("ops_lead")} << true
            << QString();
        QTest::newRow("risk & compliance second")
            << QStringList{QStringLiteral("ops_lead"), QStringLiteral("risk_compliance")} << true
            << QString();
        QTest::newRow("one role") << QStringList{QStringLiteral("ops_lead")} << false
                                  << QStringLiteral("/approvals/deployment_roles");
        QTest::newRow("three roles")
            << QStringList{QStringLiteral("ops_lead"), QStringLiteral("*"), QStringLiteral("*")}
            << false << QStringLiteral("/approvals/deployment_roles");
        QTest::newRow("model owner approves")
            << QStringList{QStringLiteral("ops_lead"), QStringLiteral("model_owner")} << false
            << QStringLiteral("/approvals/deployment_roles/1");
        QTest::newRow("pipeline approves")
            << QStringList{QStringLiteral("ops_lead"), QStringLiteral("pipeline")} << false
            << QStringLiteral("/approvals/deployment_roles/1");
        QTest::newRow("ops lead not first")
            << QStringList{QStringLiteral("risk_officer"), QStringLiteral("ops_lead")} << false
            << QStringLiteral("/approvals/deployment_roles/0");
    }

    void controlsAndPolicyAgree() {
        QFETCH(QStringList, roles);
        QFETCH(bool, valid);
        QFETCH(QString, where);
        const QJsonObject approvals{
            {QStringLiteral("deployment_roles"), QJsonArray::fromStringList(roles)}};
        const auto policy = ApprovalPolicy::fromJson(approvals, QStringLiteral("controls.json"));
        const auto controls = Controls::fromJson(
            QJsonObject{{QStringLiteral("schema"), QStringLiteral("countersign.controls/v1")},
                        {QStringLiteral("approvals"), approvals}},
            QStringLiteral("controls.json"));
        QCOMPARE(policy.ok(), valid);
        QCOMPARE(controls.ok(), valid);
        if (valid) {
            QCOMPARE(policy->deploymentRoles, roles);
            QCOMPARE(controls->approvals.deploymentRoles, roles);
            return;
        }
        QCOMPARE(policy.error().where, where);
        QCOMPARE(controls.error().where, where);
        QCOMPARE(controls.error().message, policy.error().message);
        QCOMPARE(controls.error().file, QStringLiteral("controls.json"));
    }
};

QTEST_GUILESS_MAIN(TestApprovalRules)
#include "TestApprovalRules.moc"
