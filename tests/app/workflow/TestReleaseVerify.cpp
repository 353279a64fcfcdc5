#include <QtTest>

#include "Command.h"
#include "WorkflowWorkspace.h"
#include "audit/AuditStore.h"
#include "signoff/SignOffRecorder.h"
#include "signoff/SignOffSigner.h"
#include "workflow/GateSuite.h"
#include "workflow/GuardrailReport.h"
#include "workflow/ReleaseAttestation.h"
#include "workflow/ReleaseDesk.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::test;

namespace {

struct Run {
    int code;
    QString out, err;
};

Run runCli(const QStringList& args) {
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::runCli(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

QDateTime created() {
    return QDateTime(QDate(2026, 11, 3), QTime(2, 0), QTimeZone::utc());
}

// A workspace whose bundle has passing recorded gates and a signed passing pipeline report.
class Fixture {
public:
    Fixture() : clock(created().addSecs(3600)) {
        ws = std::make_unique<Workspace>(Workspace::open(w.root()).value());
        bundle = ws->findBundle(QStringLiteral("fraud-detection@2026.11.0")).value();
        QList<GateResult> gates;
        for (const QString& name : GateSuite::gateNames()) {
            GateResult g;
            g.gate = name;
            g.status = Verdict::Pass;
            g.summary = QStringLiteral("ok");
            g.bundleDigest = bundle.digest;
            g.evaluatedAt = clock.now();
            gates.append(g);
        }
        gates[0] = GateSuite::runIntegrity(bundle, clock);
        const auto env = GuardrailReport::make(bundle.model, bundle.version, bundle.digest, gates,
                                               clock.now(), QStringLiteral("ci"))
                             .sign(w.key(QStringLiteral("ci")));
        QDir().mkpath(bundle.dir + QStringLiteral("/guardrails"));
        QFile f(GuardrailReport::pathIn(bundle.dir));
        f.open(QIODevice::WriteOnly);
        f.write(env->toBytes());
        f.close();
        store = std::move(AuditStore::open(ws->auditStorePath(), {}, clock).value());
        (void)WorkflowAudit::recordGates(*store, bundle, gates, QStringLiteral("ci"),
                                         QStringLiteral("pipeline"));
    }

    Result<SignOff> sign(const QString& who, const QString& step, const QString& role,
                         const QString& decision = QStringLiteral("approve")) {
        clock.advance(60);
        SignOffRequest req{who,
                           step,
                           role,
                           decision,
                           decision == QLatin1String("approve") ? QString() : QStringLiteral("why"),
                           ReleaseDesk::facts(bundle).changeRequestId(),
                           {}};
        auto checkpoint = SignOffRecorder::currentCheckpoint(*store);
        if (!checkpoint)
            return checkpoint.error();
        auto st = SignOffSigner::statement(bundle, ws->roster(), req, checkpoint.value(), clock);
        if (!st)
            return st.error();
        auto env = SignOffSigner::sign(st.value(), w.key(who));
        if (!env)
            return env.error();
        return SignOffRecorder::record(bundle, st.value(), env.value(), *store);
    }

    Run verify() {
        return runCli({QStringLiteral("--workspace"), w.root(), QStringLiteral("release"),
                       QStringLiteral("verify"), QStringLiteral("fraud-detection@2026.11.0")});
    }

    WorkflowWorkspace w;
    FixedClock clock;
    std::unique_ptr<Workspace> ws;
    Bundle bundle;
    std::unique_ptr<AuditStore> store;
};

}  // namespace

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
