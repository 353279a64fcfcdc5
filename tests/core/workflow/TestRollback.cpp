// The rollback of a deployed release: who may sign it, when, to what, and what the change
// request and release verify make of it once recorded.
#include <QtTest>

#include "WorkflowFixture.h"
#include "audit/AuditActions.h"
#include "release/Rollback.h"
#include "workflow/ChangeRequest.h"
#include "workflow/Workflow.h"

using namespace countersign;
using namespace countersign::test;

namespace {

WorkflowInputs deployed() {
    WorkflowInputs in = inputs();
    in.signOffs = {risk(), security(), ops(), second()};
    in.deployments.append(deployment(100));
    return in;
}

RollbackTarget goodTarget() {
    RollbackTarget t;
    t.model = QStringLiteral("fraud-detection");
    t.version = QStringLiteral("2026.9.0");
    t.digest = digestB();
    t.integrity = gate(QStringLiteral("integrity"), Verdict::Pass, digestB());
    return t;
}

StepSignOff rollbackSignOff() {
    StepSignOff s =
        signOff(QStringLiteral("o.lead"), QStringLiteral("ops_lead"), WorkflowStep::OpsApproval,
                QStringLiteral("approve"), 200, QStringLiteral("false positives doubled"));
    s.step = QStringLiteral("rollback");
    s.envelopeDigest = QString(64, QLatin1Char('e'));
    return s;
}

}  // namespace

class TestRollback : public QObject {
    Q_OBJECT
private slots:
    void onlyADeployedReleaseRollsBack() {
        WorkflowInputs in = inputs();
        in.signOffs = {risk(), security(), ops(), second()};
        const ChangeRequest approved = ChangeRequest::derive(in);
        QCOMPARE(approved.state, ChangeState::ApprovedForDeployment);
        QVERIFY(hasCode(Rollback::check(approved, in, QStringLiteral("o.lead"),
                                        QStringLiteral("why"), goodTarget()),
                        QStringLiteral("rollback.not_deployed")));
        in = deployed();
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::Deployed);
        QVERIFY(
            Rollback::check(cr, in, QStringLiteral("o.lead"), QStringLiteral("why"), goodTarget())
                .isEmpty());
    }

    void refusals_data() {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<bool>("targetOk");
        QTest::addColumn<QString>("code");
        QTest::newRow("not an ops lead") << QStringLiteral("r.ahmed") << QStringLiteral("why")
                                         << true << QStringLiteral("sod.role_not_held");
        QTest::newRow("unknown") << QStringLiteral("x.nobody") << QStringLiteral("why") << true
                                 << QStringLiteral("sod.unknown_operator");
        QTest::newRow("no justification") << QStringLiteral("o.lead") << QStringLiteral("  ")
                                          << true << QStringLiteral("decision.justification");
        QTest::newRow("target fails integrity") << QStringLiteral("o.lead") << QStringLiteral("why")
                                                << false << QStringLiteral("rollback.target");
    }

    void refusals() {
        QFETCH(QString, signer);
        QFETCH(QString, justification);
        QFETCH(bool, targetOk);
        QFETCH(QString, code);
        const WorkflowInputs in = deployed();
        RollbackTarget t = goodTarget();
        if (!targetOk) {
            t.integrity.status = Verdict::Fail;
            t.problem = QStringLiteral("the last known-good version fails its integrity check");
        }
        const Refusals r = Rollback::check(ChangeRequest::derive(in), in, signer, justification, t);
        QVERIFY2(hasCode(r, code), qPrintable(r.value(0).code));
    }

    void modelOwnerIsRefused() {
        WorkflowInputs in = deployed();
        in.roster[QStringLiteral("m.owner")].append(QStringLiteral("ops_lead"));
        QVERIFY(hasCode(Rollback::check(ChangeRequest::derive(in), in, QStringLiteral("m.owner"),
                                        QStringLiteral("why"), goodTarget()),
                        QStringLiteral("sod.owner")));
    }

    void recordedRollbackClosesTheRelease() {
        WorkflowInputs in = deployed();
        const StepSignOff s = rollbackSignOff();
        in.rollbacks.append(s);
        // Signed but not recorded yet: still deployed.
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::Deployed);
        in.records.append(
            record(AuditActions::releaseRolledBack.id(), 60,
                   QJsonObject{{QStringLiteral("bundle_digest"), digestA()},
                               {QStringLiteral("envelope_sha256"), s.envelopeDigest},
                               {QStringLiteral("to_version"), QStringLiteral("2026.9.0")}}));
        const ChangeRequest cr = ChangeRequest::derive(in);
        QCOMPARE(cr.state, ChangeState::RolledBack);
        QVERIFY(cr.rollback);
        QCOMPARE(cr.rollback->signer, QStringLiteral("o.lead"));
        QVERIFY(!isOpen(cr.state));
        QVERIFY(hasCode(Rollback::check(cr, in, QStringLiteral("o.lead2"), QStringLiteral("again"),
                                        goodTarget()),
                        QStringLiteral("rollback.done")));
        const Refusals verify = Workflow::verifyRelease(in);
        QVERIFY(hasCode(verify, QStringLiteral("release.rolled_back")));
        // A rollback signature that does not verify does not count.
        in.rollbacks.front().signatureValid = false;
        QCOMPARE(ChangeRequest::derive(in).state, ChangeState::Deployed);
    }
};

QTEST_GUILESS_MAIN(TestRollback)
#include "TestRollback.moc"
