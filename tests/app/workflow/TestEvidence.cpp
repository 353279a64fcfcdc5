// Only signed evidence moves a change request (docs/formats.md, "Evidence"): each bypass found
// on main is tried here through the core the CLI and the console share, or through the CLI
// itself, and is refused with its reason code, and recorded.
#include <QtTest>

#include "ReleaseFixture.h"
#include "audit/AuditActions.h"
#include "crypto/PublicKey.h"
#include "signoff/SignOffStep.h"
#include "workflow/SignOffFlow.h"
#include "workflow/WorkflowEvidence.h"

using namespace countersign;
using namespace countersign::test;

namespace {

const QString kBundle = QStringLiteral("fraud-detection@2026.11.0");

// An unsigned record written straight into the store, as `audit append` could before.
void forge(AuditStore& store, const Bundle& bundle, const QString& action, QJsonObject payload) {
    payload.insert(QStringLiteral("bundle_digest"), bundle.digest);
    QVERIFY(store.append(AuditEntry{QStringLiteral("o.lead"), QStringLiteral("ops_lead"), action,
                                    bundle.id(), payload}));
}

QJsonObject lastRecord(const QString& storePath) {
    auto store = AuditStore::openReader(storePath);
    if (!store)
        return {};
    auto rec = (*store)->record((*store)->size() - 1);
    return rec ? QJsonDocument::fromJson(rec->bytes).object() : QJsonObject{};
}

QStringList codesOf(const QJsonObject& refusal) {
    QStringList out;
    for (const QJsonValue& r : refusal.value(QStringLiteral("payload"))
                                   .toObject()
                                   .value(QStringLiteral("reasons"))
                                   .toArray())
        out << r.toObject().value(QStringLiteral("code")).toString();
    return out;
}

}  // namespace

class TestEvidence : public QObject {
    Q_OBJECT
private slots:
    void forgedGatePassDoesNotCount() {
        Fixture f({{QStringLiteral("bias"), Verdict::Fail}});
        GateResult pass = f.shown.at(1);
        QCOMPARE(pass.gate, QStringLiteral("bias"));
        pass.status = Verdict::Pass;
        forge(*f.store, f.bundle, AuditActions::gateEvaluated.id(),
              {{QStringLiteral("gate"), QStringLiteral("bias")},
               {QStringLiteral("status"), QStringLiteral("pass")},
               {QStringLiteral("result"), pass.toJson()}});
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        const WorkflowInputs in = desk.load(f.bundle);
        QCOMPARE(in.gate(QStringLiteral("bias"))->status, Verdict::Fail);
        QCOMPARE(in.ignored.size(), 1);
        QVERIFY(in.ignored.front().reason.contains(QStringLiteral("not signed")));
        const Refusals refused = desk.attempt(f.bundle, SignAttempt{QStringLiteral("r.ahmed"),
                                                                    QStringLiteral("risk_officer"),
                                                                    WorkflowStep::RiskReview,
                                                                    QStringLiteral("approve"),
                                                                    {}});
        QVERIFY(hasCode(refused, QStringLiteral("gate.bias.failed")));
    }

    void forgedHotfixAndDeploymentDoNotCount() {
        Fixture f;
        forge(*f.store, f.bundle, AuditActions::hotfixRequested.id(),
              {{QStringLiteral("reason"), QStringLiteral("forged")}});
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        QCOMPARE(desk.changeRequest(f.bundle).kind, ChangeKind::Scheduled);
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer")));
        QVERIFY(f.sign(QStringLiteral("s.lee"), QStringLiteral("security"),
                       QStringLiteral("security_engineer")));
        QVERIFY(
            f.sign(QStringLiteral("o.lead"), QStringLiteral("ops"), QStringLiteral("ops_lead")));
        QVERIFY(f.sign(QStringLiteral("j.chen"), QStringLiteral("release"),
                       QStringLiteral("ops_lead")));
        forge(*f.store, f.bundle, AuditActions::releaseDeployed.id(), {});
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::ApprovedForDeployment);

        // The security engineer may not record a deployment; an Ops Lead's signed one counts.
        QVERIFY(
            hasCode(desk.attemptEvent(f.bundle, QStringLiteral("deploy"), QStringLiteral("s.lee"),
                                      QStringLiteral("security_engineer"), {}),
                    QStringLiteral("deploy.role")));
        QCOMPARE(lastRecord(f.ws->auditStorePath()).value(QStringLiteral("action")).toString(),
                 QStringLiteral("signoff.refused"));
        QVERIFY(desk.attemptEvent(f.bundle, QStringLiteral("deploy"), QStringLiteral("o.lead"),
                                  QStringLiteral("ops_lead"), {})
                    .isEmpty());
        QVERIFY(
            f.sign(QStringLiteral("o.lead"), QStringLiteral("deploy"), QStringLiteral("ops_lead")));
        const ChangeRequest cr = desk.changeRequest(f.bundle);
        QCOMPARE(cr.state, ChangeState::Deployed);
        QCOMPARE(cr.deployment->signer, QStringLiteral("o.lead"));
        QVERIFY(hasCode(desk.attemptEvent(f.bundle, QStringLiteral("deploy"),
                                          QStringLiteral("o.lead"), QStringLiteral("ops_lead"), {}),
                        QStringLiteral("deploy.already")));
    }

    void signedHotfixMovesTheLane() {
        Fixture f;
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        QVERIFY(hasCode(
            desk.attemptEvent(f.bundle, QStringLiteral("hotfix"), QStringLiteral("s.lee"),
                              QStringLiteral("security_engineer"), QStringLiteral("drift alert")),
            QStringLiteral("hotfix.role")));
        QVERIFY(f.sign(QStringLiteral("o.lead"), QStringLiteral("hotfix"),
                       QStringLiteral("ops_lead"), QStringLiteral("approve"),
                       QStringLiteral("PSI 0.31 on amount")));
        const ChangeRequest cr = desk.changeRequest(f.bundle);
        QCOMPARE(cr.kind, ChangeKind::Hotfix);
        QCOMPARE(cr.hotfixReason, QStringLiteral("PSI 0.31 on amount"));
    }

    void signedTimeFarFromTheRecordIsVoid() {
        Fixture f;
        // Signed at one time, recorded ten minutes later by the store's clock.
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer"), QStringLiteral("approve"), {}, 600));
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        const ChangeRequest late = desk.changeRequest(f.bundle);
        QCOMPARE(late.state, ChangeState::RiskReview);
        QCOMPARE(late.signOffs.size(), 1);
        QVERIFY(!late.signOffs.front().counted);
        QVERIFY2(late.signOffs.front().voidReason.contains(QStringLiteral("600 s apart")),
                 qPrintable(late.signOffs.front().voidReason));
        // Within five minutes it counts.
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer"), QStringLiteral("approve"), {}, 240));
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::SecurityReview);
    }

    void overridePathReachesDeployment() {
        Fixture f({{QStringLiteral("bias"), Verdict::Fail}});
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer"), QStringLiteral("override"),
                       QStringLiteral("gap accepted until the December retrain")));
        QVERIFY(f.sign(QStringLiteral("s.lee"), QStringLiteral("security"),
                       QStringLiteral("security_engineer")));
        // The pipeline failed on the overridden bias result only: the Ops Lead may approve.
        const Refusals ops = desk.attempt(f.bundle, SignAttempt{QStringLiteral("o.lead"),
                                                                QStringLiteral("ops_lead"),
                                                                WorkflowStep::OpsApproval,
                                                                QStringLiteral("approve"),
                                                                {}});
        QVERIFY2(ops.isEmpty(), qPrintable(ops.isEmpty() ? QString() : ops.front().message));
        QVERIFY(
            f.sign(QStringLiteral("o.lead"), QStringLiteral("ops"), QStringLiteral("ops_lead")));
        QVERIFY(f.sign(QStringLiteral("j.chen"), QStringLiteral("release"),
                       QStringLiteral("ops_lead")));
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::ApprovedForDeployment);
        auto path = desk.attestIfApproved(f.bundle);
        QVERIFY2(path && !path->isEmpty(), path ? "" : qPrintable(path.error().toString()));
        QFile file(path.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto env = DsseEnvelope::fromBytes(file.readAll());
        QVERIFY(env);
        const QJsonArray overrides = QJsonDocument::fromJson(env->payload)
                                         .object()
                                         .value(QStringLiteral("predicate"))
                                         .toObject()
                                         .value(QStringLiteral("overrides"))
                                         .toArray();
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.at(0).toObject().value(QStringLiteral("operator")).toString(),
                 QStringLiteral("r.ahmed"));
        f.store.reset();
        const Run r = f.verify();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    // The console's override (SignOffFlow, as every pane signs): the Risk pane recomputed the
    // bias gate (another evaluation time, another digest), but the sign-off states the recorded
    // result, whose digest the pipeline gate's override check looks for.
    void consoleOverrideSeesTheRecordedResult() {
        Fixture f({{QStringLiteral("bias"), Verdict::Fail}});
        const GateResult* recorded = nullptr;
        for (const GateResult& g : f.shown)
            if (g.gate == QLatin1String("bias"))
                recorded = &g;
        QVERIFY(recorded);
        GateResult recomputed = *recorded;
        recomputed.evaluatedAt = recomputed.evaluatedAt.addSecs(120);
        QVERIFY(recomputed.digest() != recorded->digest());

        f.clock.advance(60);
        SignOffFlow flow(*f.ws, *f.store, f.clock);
        const SignOffPreview preview =
            flow.prepare(f.bundle,
                         {QStringLiteral("r.ahmed"),
                          SignOffStep::risk(),
                          {},
                          Decision::override_(),
                          QStringLiteral("gap accepted until the December retrain"),
                          {},
                          {}},
                         {recomputed});
        QVERIFY2(preview.maySign(),
                 qPrintable(preview.maySign() ? QString() : preview.refusals[0].message));
        QCOMPARE(preview.request.role, QStringLiteral("risk_officer"));
        QCOMPARE(preview.request.changeRequest, ReleaseDesk::facts(f.bundle).changeRequestId());
        QStringList seen;
        for (const GateResult& g : preview.request.gateResults) seen << g.digest();
        QVERIFY(seen.contains(recorded->digest()));
        QVERIFY(!seen.contains(recomputed.digest()));
        auto statement = flow.statement(preview);
        QVERIFY(statement);
        auto made =
            flow.record(preview, *statement,
                        SignOffSigner::sign(*statement, f.w.key(QStringLiteral("r.ahmed"))));
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));

        QVERIFY(f.sign(QStringLiteral("s.lee"), QStringLiteral("security"),
                       QStringLiteral("security_engineer")));
        f.clock.advance(60);
        const SignOffPreview ops = flow.prepare(
            f.bundle,
            {QStringLiteral("o.lead"), SignOffStep::ops(), {}, Decision::approve(), {}, {}, {}});
        QVERIFY2(ops.maySign(), qPrintable(ops.maySign() ? QString() : ops.refusals[0].message));
    }

    // Records made in a training workspace (the training mark) never count once the workspace
    // is no longer declared training: its clock was one a person could set.
    void trainingRecordsCountOnlyInTraining() {
        Fixture f;
        f.store->markTraining(true);
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer")));
        f.store->markTraining(false);
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        const WorkflowInputs in = desk.load(f.bundle);
        QVERIFY(in.signOffs.isEmpty());
        bool named = false;
        for (const IgnoredRecord& r : in.ignored)
            named = named || r.reason.contains(QStringLiteral("training"));
        QVERIFY(named);
        QCOMPARE(desk.changeRequest(f.bundle).state, ChangeState::RiskReview);
        // In a training workspace the same record counts.
        const WorkflowEvidence e =
            WorkflowEvidence::read(in.records, f.ws->roster(), f.bundle, true);
        QCOMPARE(e.signOffs.size(), 1);
    }

    // An earlier passing report put back in guardrails/report.json after a later one was
    // recorded (say, before a risk acceptance was revoked) does not pass the pipeline gate.
    void olderReportPutBackFailsThePipeline() {
        Fixture f;
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        const WorkflowInputs before = desk.load(f.bundle);
        QCOMPARE(before.gate(QStringLiteral("pipeline"))->status, Verdict::Pass);
        f.clock.advance(600);
        QVERIFY(test::recordSignedGates(*f.store, f.bundle, f.shown, f.w.key(QStringLiteral("ci")),
                                        QStringLiteral("ci"), f.clock)
                    .isEmpty());
        const WorkflowInputs after = desk.load(f.bundle);
        const GateResult* pipeline = after.gate(QStringLiteral("pipeline"));
        QCOMPARE(pipeline->status, Verdict::Fail);
        QVERIFY2(pipeline->summary.contains(QStringLiteral("older report was put back")),
                 qPrintable(pipeline->summary));
    }

    void overrideDoesNotCoverAnotherFailure() {
        Fixture f(
            {{QStringLiteral("bias"), Verdict::Fail}, {QStringLiteral("security"), Verdict::Fail}});
        ReleaseDesk desk(*f.ws, f.store.get(), f.clock);
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer"), QStringLiteral("override"),
                       QStringLiteral("gap accepted")));
        // The security gate failed: the security step is refused, and so is the Ops Lead.
        const Refusals ops = desk.attempt(f.bundle, SignAttempt{QStringLiteral("o.lead"),
                                                                QStringLiteral("ops_lead"),
                                                                WorkflowStep::OpsApproval,
                                                                QStringLiteral("approve"),
                                                                {}});
        QVERIFY(hasCode(ops, QStringLiteral("gate.pipeline.failed")));
    }

    void earlyRefusalsAreRecorded() {
        // The CLI runs on the system clock: the bundle is made reviewable now.
        WorkflowWorkspace w;
        const QString prepared = openForReview(w.root(), kBundle);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString keyPath = w.savePipelineKey();
        const QString storePath = Workspace::open(w.root())->auditStorePath();
        auto create = [&](const QString& who, const QString& step) {
            return runCli({QStringLiteral("--workspace"), w.root(), QStringLiteral("signoff"),
                           QStringLiteral("create"), kBundle, QStringLiteral("--step"), step,
                           QStringLiteral("--decision"), QStringLiteral("approve"),
                           QStringLiteral("--operator"), who, QStringLiteral("--key"), keyPath,
                           QStringLiteral("--passphrase-file"), w.passphraseFile()});
        };
        struct Case {
            const char* who;
            const char* step;
            const char* code;
        };
        for (const Case& c : {Case{"m.owner", "risk", "sod.role_not_held"},
                              Case{"nobody.at.all", "ops", "sod.unknown_operator"},
                              Case{"s.lee", "risk", "sod.role_not_held"},
                              // The pipeline key is not r.ahmed's roster key.
                              Case{"r.ahmed", "risk", "sod.key_not_roster"}}) {
            const auto before = AuditStore::openReader(storePath).value()->size();
            const Run r = create(QLatin1String(c.who), QLatin1String(c.step));
            QVERIFY2(r.code == 1, qPrintable(QLatin1String(c.who) + r.err));
            const QJsonObject rec = lastRecord(storePath);
            QCOMPARE(AuditStore::openReader(storePath).value()->size(), before + 1);
            QCOMPARE(rec.value(QStringLiteral("action")).toString(),
                     QStringLiteral("signoff.refused"));
            QVERIFY2(codesOf(rec).contains(QLatin1String(c.code)),
                     qPrintable(codesOf(rec).join(QLatin1Char(','))));
        }
    }

    void ownerOfTheBundleIsRefusedAndRecorded() {
        // The owner holds a signing role too: separation of duties refuses, recorded.
        WorkflowWorkspace w;
        w.addOperator(QStringLiteral("m.owner"),
                      {QStringLiteral("model_owner"), QStringLiteral("risk_officer")});
        w.writeRoster();
        auto ws = Workspace::open(w.root());
        QVERIFY(ws);
        auto bundle = ws->findBundle(kBundle);
        QVERIFY(bundle);
        FixedClock clock(created().addSecs(3600));
        auto store = AuditStore::open(ws->auditStorePath(), {}, clock);
        QVERIFY(store);
        SignOffFlow flow(ws.value(), *store->get(), clock);
        SignOffRequest request{QStringLiteral("m.owner"),
                               QStringLiteral("risk"),
                               QStringLiteral("risk_officer"),
                               QStringLiteral("approve"),
                               {},
                               {},
                               {}};
        QVERIFY(
            hasCode(flow.prepare(bundle.value(), request).refusals, QStringLiteral("sod.owner")));
        QCOMPARE((*store)->size(), 1);
    }

    void releaseVerifyNeedsTheAuditTrail() {
        Fixture f;
        f.store.reset();
        QVERIFY(QDir(QFileInfo(f.ws->auditStorePath()).absolutePath()).removeRecursively());
        const Run r = f.verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no audit store")), qPrintable(r.err));
    }

    void signoffVerifyChecksTheArtefacts() {
        Fixture f;
        auto verify = [&] {
            return runCli({QStringLiteral("--workspace"), f.w.root(), QStringLiteral("signoff"),
                           QStringLiteral("verify"), kBundle});
        };
        Run r = verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("NO SIGN-OFFS")), qPrintable(r.out));
        QVERIFY(f.sign(QStringLiteral("r.ahmed"), QStringLiteral("risk"),
                       QStringLiteral("risk_officer")));
        r = verify();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile model(f.bundle.dir + QStringLiteral("/model/model.onnx"));
        QVERIFY(model.open(QIODevice::ReadWrite));
        model.seek(0);
        model.write("X");
        model.close();
        r = verify();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("VOID")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("no longer match its manifest")));
    }

    void rosterKeyIsExactlyOnePem() {
        WorkflowWorkspace w;
        auto rogue = OperatorKey::generate();
        QVERIFY(rogue);
        // A second PEM block after the roster key, of another type and of the same type.
        const QString roster = w.root() + QStringLiteral("/config/ml/operators.json");
        QFile f(roster);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray ops = doc.value(QStringLiteral("operators")).toArray();
        int index = -1;
        for (qsizetype i = 0; i < ops.size(); ++i)
            if (ops.at(i).toObject().value(QStringLiteral("id")) == QStringLiteral("r.ahmed"))
                index = static_cast<int>(i);
        QVERIFY(index >= 0);
        for (const QString& tail :
             {rogue->publicKeyPem(),
              QString(rogue->publicKeyPem())
                  .replace(QStringLiteral("PUBLIC KEY"), QStringLiteral("EC PUBLIC KEY"))}) {
            QJsonObject o = ops.at(index).toObject();
            const QString pem = w.key(QStringLiteral("r.ahmed")).publicKeyPem() + tail;
            o.insert(QStringLiteral("public_key"), pem);
            QJsonArray changed = ops;
            changed.replace(index, o);
            doc.insert(QStringLiteral("operators"), changed);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(doc).toJson());
            f.close();
            const Run r = runCli({QStringLiteral("--workspace"), w.root(),
                                  QStringLiteral("workspace"), QStringLiteral("check")});
            QVERIFY2(r.code != 0, qPrintable(r.out));
            const QString said = r.out + r.err;
            QVERIFY2(said.contains(QStringLiteral("/operators/%1/public_key").arg(index)),
                     qPrintable(said));
        }
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "TestEvidence.moc"
