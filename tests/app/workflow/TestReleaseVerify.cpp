#include <QtTest>

#include "ReleaseFixture.h"

using namespace countersign;
using namespace countersign::test;

class TestReleaseVerify : public QObject {
    Q_OBJECT
private slots:
    void approvalPathAndAttestation() {
        Fixture f;
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::RiskReview);
        Run r = f.verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("no valid risk review sign-off")),
                 qPrintable(r.out));

        // The model owner tries first: refused and recorded.
        const Refusals refused = desk.attempt(f.bundle, SignAttempt{QStringLiteral("m.owner"),
                                                                    QStringLiteral("model_owner"),
                                                                    WorkflowStep::RiskReview,
                                                                    QStringLiteral("approve"),
                                                                    {}});
        QVERIFY(hasCode(refused, QStringLiteral("sod.owner")));
        auto records = WorkflowAudit::records(*f.store, f.bundle.id());
        QVERIFY(records);
        QCOMPARE(records->last().action, QStringLiteral("signoff.refused"));

        QVERIFY(desk.attempt(f.bundle, SignAttempt{QStringLiteral("r.ahmed"),
                                                   QStringLiteral("risk_officer"),
                                                   WorkflowStep::RiskReview,
                                                   QStringLiteral("approve"),
                                                   {}})
                    .isEmpty());
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer")));
        QVERIFY(f.sign(QStringLiteral("s.lee"), QStringLiteral("security"),
                       QStringLiteral("security_engineer")));
        QVERIFY(
            f.sign(QStringLiteral("o.lead"), QStringLiteral("ops"), QStringLiteral("ops_lead")));
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::OpsApproval);
        auto notYet = desk.attestIfApproved(f.bundle);
        QVERIFY(notYet && notYet->isEmpty());
        r = f.verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("dual approval is not met")), qPrintable(r.out));

        QVERIFY(f.sign(QStringLiteral("j.chen"), QStringLiteral("release"),
                       QStringLiteral("ops_lead")));
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::ApprovedForDeployment);
        auto path = desk.attestIfApproved(f.bundle);
        QVERIFY2(path && !path->isEmpty(), path ? "" : qPrintable(path.error().toString()));
        auto att = ReleaseAttestation::readSigned(path.value(), f.store->verifier());
        QVERIFY2(att, att ? "" : qPrintable(att.error().toString()));
        QCOMPARE(att->approvals.size(), 4);
        QCOMPARE(att->bundleDigest, f.bundle.digest);
        QVERIFY(att->checkpoint.size > 0);
        QVERIFY(desk.attestIfApproved(f.bundle)->isEmpty());  // only once
        f.store.reset();                                      // let the CLI open the store alone

        r = f.verify();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("release verified")));
        QVERIFY(r.out.contains(QStringLiteral("o.lead/ops_lead + j.chen/ops_lead")));

        // An artefact changed after signing: not the bundle that was approved.
        QFile model(f.bundle.dir + QStringLiteral("/model/model.onnx"));
        QVERIFY(model.open(QIODevice::Append));
        model.write("x");
        model.close();
        r = f.verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("no longer match its manifest")), qPrintable(r.out));
    }

    void bundleJsonChangedVoidsEverything() {
        Fixture f;
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer")));
        f.store.reset();
        QFile bj(f.bundle.bundleJsonPath());
        QVERIFY(bj.open(QIODevice::Append));
        bj.write("\n");
        bj.close();
        const Run r = f.verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("bundle changed")), qPrintable(r.out));
    }

    void rejectedRequestNamesTheRejection() {
        Fixture f;
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer"), QStringLiteral("reject")));
        f.store.reset();
        const Run r = runCli({QStringLiteral("--workspace"), f.w.root(), QStringLiteral("--json"),
                              QStringLiteral("release"), QStringLiteral("verify"),
                              QStringLiteral("fraud-detection@2026.11.0")});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(o.value(QStringLiteral("reasons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("release.rejected"));
    }

    void unknownBundleIsBadInput() {
        WorkflowWorkspace w;
        QCOMPARE(runCli({QStringLiteral("--workspace"), w.root(), QStringLiteral("release"),
                         QStringLiteral("verify"), QStringLiteral("fraud-detection@1.0.0")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestReleaseVerify)
#include "TestReleaseVerify.moc"
