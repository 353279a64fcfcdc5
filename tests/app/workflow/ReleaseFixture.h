#pragma once

// The release workflow over a real workspace (WorkflowWorkspace), for the CLI tests of the
// workflow: the bundle's gates pass, the pipeline's signed report is written and recorded in the
// audit store, and sign-offs are signed with the operators' keys at a fixed clock that moves a
// minute per signature.
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <memory>

#include "Command.h"
#include "WorkflowSetup.h"
#include "WorkflowWorkspace.h"
#include "audit/AuditStore.h"
#include "pipeline/GateSuite.h"
#include "pipeline/GuardrailReport.h"
#include "release/ReleaseAttestation.h"
#include "release/ReleaseDesk.h"
#include "signoff/SignOffRecorder.h"
#include "signoff/SignOffSigner.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

namespace countersign::test {

struct Run {
    int code;
    QString out, err;
};

inline Run runCli(const QStringList& args) {
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::runCli(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

inline QDateTime created() {
    return QDateTime(QDate(2026, 11, 3), QTime(2, 0), QTimeZone::utc());
}

// A workspace whose bundle has passing recorded gates and a signed passing pipeline report;
// `verdicts` overrides a gate's verdict.
class Fixture {
public:
    explicit Fixture(const QMap<QString, Verdict>& verdicts = {}) : clock(created().addSecs(3600)) {
        ws = std::make_unique<Workspace>(Workspace::open(w.root()).value());
        bundle = ws->findBundle(QStringLiteral("fraud-detection@2026.11.0")).value();
        QList<GateResult> gates;
        for (const QString& name : GateSuite::gateNames()) {
            GateResult g;
            g.gate = name;
            g.status = verdicts.value(name, Verdict::Pass);
            g.summary = name + QLatin1Char(' ') + verdictId(g.status);
            g.bundleDigest = bundle.digest;
            g.evaluatedAt = clock.now();
            gates.append(g);
        }
        gates[0] = GateSuite::runIntegrity(bundle, clock);
        shown = gates;
        const auto env = GuardrailReport::make(bundle.model, bundle.version, bundle.digest, gates,
                                               clock.now(), QStringLiteral("ci"))
                             .sign(w.key(QStringLiteral("ci")));
        QDir().mkpath(bundle.dir + QStringLiteral("/guardrails"));
        QFile f(GuardrailReport::pathIn(bundle.dir));
        f.open(QIODevice::WriteOnly);
        f.write(env->toBytes());
        f.close();
        store = std::move(AuditStore::open(ws->auditStorePath(), {}, clock).value());
        const QString recorded = test::recordSignedGates(
            *store, bundle, gates, w.key(QStringLiteral("ci")), QStringLiteral("ci"), clock);
        if (!recorded.isEmpty())
            qFatal("%s", qPrintable(recorded));
    }

    // Signs at the fixture's clock, a minute on; recorded `recordedLaterBy` seconds after that
    // (the store's clock then stamps a later time than the signed one).
    Result<SignOff> sign(const QString& who, const QString& step, const QString& role,
                         const QString& decision = QStringLiteral("approve"),
                         const QString& justification = {}, qint64 recordedLaterBy = 0) {
        clock.advance(60);
        SignOffRequest req{who,
                           step,
                           role,
                           decision,
                           !justification.isEmpty()               ? justification
                           : decision == QLatin1String("approve") ? QString()
                                                                  : QStringLiteral("why"),
                           ReleaseDesk::facts(bundle).changeRequestId(),
                           shown};
        auto checkpoint = SignOffRecorder::currentCheckpoint(*store);
        if (!checkpoint)
            return checkpoint.error();
        auto st = SignOffSigner::statement(bundle, ws->roster(), req, checkpoint.value(), clock);
        if (!st)
            return st.error();
        auto env = SignOffSigner::sign(st.value(), w.key(who));
        if (!env)
            return env.error();
        clock.advance(recordedLaterBy);
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
    QList<GateResult> shown;  // the recorded gate results, shown to every signer
};

}  // namespace countersign::test
