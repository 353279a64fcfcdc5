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

    void approvalOutsideTheWindowIsRefused() {
        // The November cycle's window: 2 Nov 14:00Z to 3 Nov 14:00Z (first Tuesday, 00:00 AEST,
        // 24 h). Three steps inside it, the second deployment approval after it closed.
        Fixture f;
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer")));
        QVERIFY(f.sign(QStringLiteral("s.lee"), QStringLiteral("security"),
                       QStringLiteral("security_engineer")));
        QVERIFY(
            f.sign(QStringLiteral("o.lead"), QStringLiteral("ops"), QStringLiteral("ops_lead")));
        f.clock.set(QDateTime(QDate(2026, 11, 3), QTime(14, 0), QTimeZone::utc()));
        QVERIFY(f.sign(QStringLiteral("j.chen"), QStringLiteral("release"),
                       QStringLiteral("ops_lead")));
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::OpsApproval);
        f.store.reset();
        const Run r = runCli({QStringLiteral("--workspace"), f.w.root(), QStringLiteral("--json"),
                              QStringLiteral("release"), QStringLiteral("verify"),
                              QStringLiteral("fraud-detection@2026.11.0")});
        QCOMPARE(r.code, 1);
        const QJsonArray reasons = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("reasons"))
                                       .toArray();
        QString outside;
        for (const QJsonValue& v : reasons)
            if (v.toObject().value(QStringLiteral("code")).toString() ==
                QLatin1String("release.outside_window"))
                outside = v.toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(outside.contains(QStringLiteral("j.chen")), qPrintable(r.out));
        QVERIFY2(outside.contains(QStringLiteral("2026-11-03 14:01 UTC")), qPrintable(outside));
        QVERIFY2(outside.contains(QStringLiteral("2026-11-02 14:00 UTC to 2026-11-03 14:00 UTC")),
                 qPrintable(outside));
    }

    void approvalRecordedAfterTheWindowIsRefused() {
        // Every approval signed inside the window, the last one recorded by the store minutes
        // after it closed (within the 5 minutes a sign-off's signed time may be off its record's):
        // the store's time is the one no signer chooses.
        Fixture f;
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer")));
        QVERIFY(f.sign(QStringLiteral("s.lee"), QStringLiteral("security"),
                       QStringLiteral("security_engineer")));
        QVERIFY(
            f.sign(QStringLiteral("o.lead"), QStringLiteral("ops"), QStringLiteral("ops_lead")));
        f.clock.set(QDateTime(QDate(2026, 11, 3), QTime(13, 58), QTimeZone::utc()));
        QVERIFY(f.sign(QStringLiteral("j.chen"), QStringLiteral("release"),
                       QStringLiteral("ops_lead"), QStringLiteral("approve"), {}, 4 * 60));
        f.store.reset();
        const Run r = f.verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("was recorded at 2026-11-03 14:03 UTC, outside the "
                                               "change window")),
                 qPrintable(r.out));
    }

    void createdOpensNoWindow() {
        // "created" on a Thursday, the snapshot at the freeze: the calendar's window.
        WorkflowWorkspace w;
        w.addBundle(QStringLiteral("2026.11.2"), QStringLiteral("scheduled"),
                    QDateTime(QDate(2026, 10, 29), QTime(2, 0), QTimeZone::utc()));
        auto ws = Workspace::open(w.root());
        QVERIFY(ws);
        const FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(3, 0), QTimeZone::utc()));
        const ReleaseDesk desk(ws.value(), nullptr, clock);
        const ChangeRequest cr =
            desk.changeRequest(ws->findBundle(QStringLiteral("fraud-detection@2026.11.2")).value());
        QCOMPARE(cr.windowOpens, QDateTime(QDate(2026, 11, 2), QTime(14, 0), QTimeZone::utc()));
        QCOMPARE(cr.windowCloses, QDateTime(QDate(2026, 11, 3), QTime(14, 0), QTimeZone::utc()));
        QVERIFY(!cr.windowProblem);
        // The CLI lists the same window for it.
        const Run r = runCli({QStringLiteral("--workspace"), w.root(), QStringLiteral("--json"),
                              QStringLiteral("bundle"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("bundles"))
                                       .toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() !=
                QLatin1String("fraud-detection@2026.11.2"))
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("window_opens")).toString(),
                     QStringLiteral("2026-11-02T14:00:00Z"));
            QCOMPARE(o.value(QStringLiteral("cycle_retraining")).toString(),
                     QStringLiteral("2026-11-03"));
            QCOMPARE(o.value(QStringLiteral("snapshot_at_freeze")).toBool(), true);
        }
        QVERIFY(found);
    }

    void snapshotOnAThursdayIsRefused() {
        // A scheduled bundle whose snapshot was taken on the Thursday: not frozen at its cycle's
        // freeze, every approval refused (and recorded) with the reason, inside the window too.
        WorkflowWorkspace w;
        w.addBundle(QStringLiteral("2026.11.3"), QStringLiteral("scheduled"),
                    QDateTime(QDate(2026, 11, 3), QTime(2, 0), QTimeZone::utc()),
                    QStringLiteral("2026-10-29T08:00:00Z"));
        auto ws = Workspace::open(w.root());
        QVERIFY(ws);
        const Bundle bundle = ws->findBundle(QStringLiteral("fraud-detection@2026.11.3")).value();
        const FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(3, 0), QTimeZone::utc()));
        auto store = AuditStore::open(ws->auditStorePath(), {}, clock);
        QVERIFY(store);
        QVERIFY(test::recordSignedGates(*store.value(), bundle,
                                        {GateSuite::runIntegrity(bundle, clock)},
                                        w.key(QStringLiteral("ci")), QStringLiteral("ci"), clock)
                    .isEmpty());
        ReleaseDesk desk(ws.value(), store.value().get(), clock);
        const Refusals refused = desk.attempt(bundle, SignAttempt{QStringLiteral("r.ahmed"),
                                                                  QStringLiteral("risk_officer"),
                                                                  WorkflowStep::RiskReview,
                                                                  QStringLiteral("approve"),
                                                                  {}});
        QVERIFY(hasCode(refused, QStringLiteral("window.snapshot_not_at_freeze")));
        QString message;
        for (const Refusal& x : refused)
            if (x.code == QLatin1String("window.snapshot_not_at_freeze"))
                message = x.message;
        QVERIFY2(message.contains(QStringLiteral("2026-10-29 08:00 UTC")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2026-10-30 08:00 UTC")), qPrintable(message));
        auto records = WorkflowAudit::records(*store.value(), bundle.id());
        QVERIFY(records);
        QCOMPARE(records->last().action, QStringLiteral("signoff.refused"));
        QVERIFY(QJsonDocument(records->last().payload)
                    .toJson()
                    .contains("window.snapshot_not_at_freeze"));
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
