#include <QJsonArray>
#include <QtTest>

#include "RiskFixture.h"
#include "TempDir.h"
#include "audit/AuditFilter.h"
#include "audit/AuditStore.h"
#include "crypto/Sha256.h"
#include "gates/HotfixRequest.h"
#include "gates/RiskGates.h"
#include "workspace/Workspace.h"

using namespace countersign;

class TestRiskGates : public QObject {
    Q_OBJECT
    test::TempDir* m_dir = nullptr;
    std::optional<Workspace> m_ws;
    std::optional<Bundle> m_bundle;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC)};

private slots:
    void init() {
        m_dir = new test::TempDir;
        const QString id = test::writeRiskWorkspace(m_dir->path());
        QVERIFY(!id.isEmpty());
        Result<Workspace> ws = Workspace::open(m_dir->path());
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        m_ws = ws.value();
        Result<Bundle> b = m_ws->findBundle(id);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        m_bundle = b.value();
    }
    void cleanup() {
        m_bundle.reset();
        m_ws.reset();
        delete m_dir;
    }

    void biasOnTheBundleFailsWithEvidence() {
        const BiasGateRun run = RiskGates::bias(*m_bundle, m_ws->controls(), m_clock);
        QVERIFY(run.report.has_value());
        QCOMPARE(run.result.gate, QStringLiteral("bias"));
        QCOMPARE(run.result.status, Verdict::Fail);
        QCOMPARE(run.result.bundleDigest, m_bundle->digest);
        QCOMPARE(run.result.evaluatedAt, m_clock.now());
        const BiasAttribute& gender = run.report->attributes[0];
        QCOMPARE(gender.name, QStringLiteral("gender"));
        QVERIFY(std::abs(*gender.gap - 0.10) < 1e-12);
        QVERIFY(gender.gapCi->first < 0.10 && 0.10 < gender.gapCi->second);
        QCOMPARE(gender.groups.size(), 3);
        QVERIFY(gender.groups[2].flagged);  // X: 10 rows < 100
        QVERIFY(!gender.groups[2].tpr());
        // Evidence: the file read and the SHA-256 of its bytes.
        QCOMPARE(run.result.evidence.size(), 1);
        QCOMPARE(run.result.evidence[0].path, QStringLiteral("evaluation/predictions.csv"));
        QFile f(m_bundle->filePath(QStringLiteral("evaluation/predictions.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(run.result.evidence[0].sha256, QString::fromLatin1(Sha256::hashHex(f.readAll())));
        QCOMPARE(run.result.thresholds[QStringLiteral("bias_max_gap")].toDouble(), 0.02);
        // Same input, same seed: the same result digest.
        QCOMPARE(RiskGates::bias(*m_bundle, m_ws->controls(), m_clock).result.digest(),
                 run.result.digest());
    }

    void missingSectionOrFileIsAnError() {
        Bundle b = *m_bundle;
        b.evaluation.reset();
        BiasGateRun run = RiskGates::bias(b, m_ws->controls(), m_clock);
        QCOMPARE(run.result.status, Verdict::Error);
        QVERIFY(!run.report);
        QVERIFY(run.result.summary.contains(QStringLiteral("evaluation")));
        b = *m_bundle;
        b.evaluation->predictions = QStringLiteral("evaluation/nope.csv");
        run = RiskGates::bias(b, m_ws->controls(), m_clock);
        QCOMPARE(run.result.status, Verdict::Error);
        b = *m_bundle;
        b.drift.reset();
        QCOMPARE(RiskGates::drift(b, m_ws->controls(), m_clock).result.status, Verdict::Error);
    }

    void driftBreachesOnChannelAndRequestsAHotfix() {
        const DriftGateRun run = RiskGates::drift(*m_bundle, m_ws->controls(), m_clock);
        QVERIFY(run.report.has_value());
        QCOMPARE(run.result.status, Verdict::Fail);
        const QList<const FeatureDrift*> breached = run.report->breached();
        QCOMPARE(breached.size(), 1);
        QCOMPARE(breached[0]->name, QStringLiteral("channel"));
        QCOMPARE(breached[0]->kind, QStringLiteral("categorical"));
        // Bins app, branch, web: baseline 333/333/334 of 1000, current 100/100/800.
        const double expected =
            (0.1 - 0.333) * std::log(0.1 / 0.333) * 2 + (0.8 - 0.334) * std::log(0.8 / 0.334);
        QVERIFY(std::abs(*breached[0]->psi - expected) < 1e-12);
        QVERIFY(!run.report->feature(QStringLiteral("id")));  // ignored
        QCOMPARE(run.report->feature(QStringLiteral("amount"))->status, Verdict::Pass);
        QCOMPARE(run.result.evidence.size(), 2);

        const QString db = m_dir->filePath(QStringLiteral("audit.sqlite"));
        auto store = AuditStore::open(db, AuditStore::defaultKeyPath(db), m_clock);
        QVERIFY(store.ok());
        const Result<AuditRecord> rec = requestHotfixFromDrift(
            **store, QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"), m_bundle->id(),
            run.result, QStringLiteral("seen in review"));
        QVERIFY2(rec.ok(), qPrintable(rec.ok() ? QString() : rec.error().toString()));
        QCOMPARE(rec->action, QStringLiteral("hotfix.requested"));
        // Only the hotfix roles may ask, whichever pane asks.
        const Result<AuditEntry> refused =
            hotfixRequestEntry(QStringLiteral("s.lindqvist"), QStringLiteral("security_engineer"),
                               m_bundle->id(), run.result);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::CheckFailed);
        QCOMPARE(hotfixRoleOf({QStringLiteral("security_engineer"), QStringLiteral("ops_lead")},
                              QStringLiteral("risk_officer")),
                 QStringLiteral("ops_lead"));
        QVERIFY(hotfixRoleOf({QStringLiteral("security_engineer")}, QStringLiteral("ops_lead"))
                    .isEmpty());
        QCOMPARE(rec->subject, QStringLiteral("fraud-detection@2026.10.0"));
        QCOMPARE(rec->actor, QStringLiteral("r.ahmed"));
        QCOMPARE(rec->payload[QStringLiteral("feature")].toString(), QStringLiteral("channel"));
        QCOMPARE(rec->payload[QStringLiteral("psi")].toDouble(), *breached[0]->psi);
        QCOMPARE(rec->payload[QStringLiteral("gate")].toString(), QStringLiteral("drift"));
        QCOMPARE(rec->payload[QStringLiteral("gate_digest")].toString(), run.result.digest());
        QCOMPARE(rec->payload[QStringLiteral("bundle_digest")].toString(), m_bundle->digest);
        QVERIFY(
            rec->payload[QStringLiteral("reason")].toString().contains(QStringLiteral("channel")));
        const Result<AuditRecord> back = (*store)->record(rec->seq);
        QVERIFY(back.ok());
        QCOMPARE(back->action, QStringLiteral("hotfix.requested"));
    }

    void noBreachNoHotfix() {
        DriftGateRun run = RiskGates::drift(*m_bundle, m_ws->controls(), m_clock);
        Controls lenient = m_ws->controls();
        lenient.thresholds.driftPsiBreach = 5;
        run = RiskGates::drift(*m_bundle, lenient, m_clock);
        QCOMPARE(run.result.status, Verdict::Warning);
        const Result<AuditEntry> e =
            hotfixRequestEntry(QStringLiteral("r.ahmed"), QString(), m_bundle->id(), run.result);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, Error::Kind::CheckFailed);
        const BiasGateRun bias = RiskGates::bias(*m_bundle, m_ws->controls(), m_clock);
        QCOMPARE(
            hotfixRequestEntry(QStringLiteral("r.ahmed"), QString(), m_bundle->id(), bias.result)
                .error()
                .kind,
            Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestRiskGates)
#include "TestRiskGates.moc"
