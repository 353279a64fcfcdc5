// Opening the hotfix lane by hand: only an Ops Lead or a Risk Officer, never the model owner,
// only for an open scheduled request, always with a reason; once recorded the request is in
// the hotfix lane.
#include <QtTest>

#include "WorkflowFixture.h"
#include "release/ManualHotfix.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Workflow.h"

using namespace countersign;
using namespace countersign::test;

class TestManualHotfix : public QObject {
    Q_OBJECT
private slots:
    void allowedRolesOpenTheLane_data() {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("role");
        QTest::newRow("ops lead") << QStringLiteral("o.lead") << QStringLiteral("ops_lead");
        QTest::newRow("risk officer")
            << QStringLiteral("r.ahmed") << QStringLiteral("risk_officer");
    }

    void allowedRolesOpenTheLane() {
        QFETCH(QString, actor);
        QFETCH(QString, role);
        WorkflowInputs in = inputs();
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.kind, ChangeKind::Scheduled);
        QVERIFY(ManualHotfix::check(cr, in, actor, role, QStringLiteral("PSI alert on amount"))
                    .isEmpty());
        // Recorded, the request is in the hotfix lane with that reason.
        in.hotfixes.append(hotfixRequest(QStringLiteral("PSI alert on amount"), 40));
        const ChangeRequest hotfix = ChangeRequest::derive(in);
        QCOMPARE(hotfix.kind, ChangeKind::Hotfix);
        QCOMPARE(hotfix.hotfixReason, QStringLiteral("PSI alert on amount"));
        QVERIFY(hasCode(ManualHotfix::check(hotfix, in, actor, role, QStringLiteral("again")),
                        QStringLiteral("hotfix.already")));
    }

    void refusals_data() {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        QTest::newRow("security engineer")
            << QStringLiteral("s.lee") << QStringLiteral("security_engineer")
            << QStringLiteral("why") << QStringLiteral("hotfix.role");
        QTest::newRow("risk & compliance")
            << QStringLiteral("c.comp") << QStringLiteral("risk_compliance")
            << QStringLiteral("why") << QStringLiteral("hotfix.role");
        QTest::newRow("model owner role")
            << QStringLiteral("m.owner") << QStringLiteral("model_owner") << QStringLiteral("why")
            << QStringLiteral("hotfix.role");
        // The owner also holds risk_officer: still refused for their own bundle.
        QTest::newRow("owner as risk officer")
            << QStringLiteral("m.owner") << QStringLiteral("risk_officer") << QStringLiteral("why")
            << QStringLiteral("sod.owner");
        QTest::newRow("role not held")
            << QStringLiteral("s.lee") << QStringLiteral("ops_lead") << QStringLiteral("why")
            << QStringLiteral("sod.role_not_held");
        QTest::newRow("unknown") << QStringLiteral("x.nobody") << QStringLiteral("ops_lead")
                                 << QStringLiteral("why") << QStringLiteral("sod.unknown_operator");
        QTest::newRow("no reason") << QStringLiteral("o.lead") << QStringLiteral("ops_lead")
                                   << QStringLiteral("  ") << QStringLiteral("hotfix.reason");
    }

    void refusals() {
        QFETCH(QString, actor);
        QFETCH(QString, role);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        const WorkflowInputs in = inputs();
        const Refusals r = ManualHotfix::check(ChangeRequest::derive(in), in, actor, role, reason);
        QVERIFY2(hasCode(r, code),
                 qPrintable(r.isEmpty() ? QStringLiteral("none") : r.first().code));
        for (const Refusal& x : r) QVERIFY(!x.message.isEmpty());
    }

    void onlyAnOpenRequestMoves() {
        WorkflowInputs in = inputs();
        in.signOffs = {risk(), security(), ops(), second()};
        const ChangeRequest approved = ChangeRequest::derive(in);
        QCOMPARE(approved.state, ChangeState::ApprovedForDeployment);
        QVERIFY(hasCode(ManualHotfix::check(approved, in, QStringLiteral("o.lead"),
                                            QStringLiteral("ops_lead"), QStringLiteral("why")),
                        QStringLiteral("hotfix.not_open")));
    }
};

QTEST_GUILESS_MAIN(TestManualHotfix)
#include "TestManualHotfix.moc"
