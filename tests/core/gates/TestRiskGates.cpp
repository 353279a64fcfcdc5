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

    // A gate input is evidence only as an artefact of the manifest, with the manifest's digest
    // checked on the bytes the gate read (#15 item 3).
    void gateInputsMustBeArtefactsOfTheManifest() {
        Bundle b = *m_bundle;
        b.artefacts.removeIf([](const Artefact& a) {
            return a.path == QLatin1String("evaluation/predictions.csv") ||
                   a.path == QLatin1String("drift/current.csv");
        });
        BiasGateRun bias = RiskGates::bias(b, m_ws->controls(), m_clock);
        QCOMPARE(bias.result.status, Verdict::Error);
        QVERIFY(!bias.report);
        QVERIFY2(bias.result.summary.contains(QStringLiteral("/evaluation/predictions")) &&
                     bias.result.summary.contains(QStringLiteral("not an artefact")),
                 qPrintable(bias.result.summary));
        DriftGateRun drift = RiskGates::drift(b, m_ws->controls(), m_clock);
        QCOMPARE(drift.result.status, Verdict::Error);
        QVERIFY2(drift.result.summary.contains(QStringLiteral("/drift/current")),
                 qPrintable(drift.result.summary));

        // Listed, but the bytes changed after the manifest was written: an error naming both
        // digests, and the report is not used.
        QFile f(m_bundle->filePath(QStringLiteral("drift/baseline.csv")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("1000,1.0,web,1\n");
        f.close();
        drift = RiskGates::drift(*m_bundle, m_ws->controls(), m_clock);
        QCOMPARE(drift.result.status, Verdict::Error);
        QVERIFY(!drift.report);
        QVERIFY2(drift.result.summary.contains(QStringLiteral("drift/baseline.csv")) &&
                     drift.result.summary.contains(QStringLiteral("manifest promises")),
                 qPrintable(drift.result.summary));
        QCOMPARE(drift.result.evidence.size(), 2);
        QVERIFY(!drift.result.evidence[0].sha256.isEmpty());
    }

    // Fewer values than controls.json's drift_min_sample on either side: no PSI, an error.
    void driftSampleBelowTheMinimumIsAnError() {
        Controls strict = m_ws->controls();
        strict.thresholds.driftMinSample = 1001;  // the fixture's samples have 1000 rows
        const DriftGateRun run = RiskGates::drift(*m_bundle, strict, m_clock);
        QVERIFY(run.report.has_value());
        QCOMPARE(run.result.status, Verdict::Error);
        const FeatureDrift* amount = run.report->feature(QStringLiteral("amount"));
        QVERIFY(!amount->psi);
        QVERIFY2(amount->problem.contains(QStringLiteral("insufficient baseline sample: 1000")),
                 qPrintable(amount->problem));
        QCOMPARE(run.result.thresholds[QStringLiteral("drift_min_sample")].toInt(), 1001);
        strict.thresholds.driftMinSample = 1000;
        QCOMPARE(RiskGates::drift(*m_bundle, strict, m_clock).result.status, Verdict::Fail);
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

        // The signed reason of a hotfix request names the worst feature and the drift result.
        const Result<QString> reason = driftHotfixReason(run.result);
        QVERIFY2(reason.ok(), qPrintable(reason.ok() ? QString() : reason.error().toString()));
        QVERIFY2(reason->contains(QStringLiteral("channel")), qPrintable(reason.value()));
        QVERIFY(reason->contains(QString::number(*breached[0]->psi, 'f', 3)));
        QVERIFY(reason->contains(run.result.digest()));
        // Only the hotfix roles may ask, whichever pane asks.
        QCOMPARE(hotfixRoleOf({QStringLiteral("security_engineer"), QStringLiteral("ops_lead")},
                              QStringLiteral("risk_officer")),
                 QStringLiteral("ops_lead"));
        QVERIFY(hotfixRoleOf({QStringLiteral("security_engineer")}, QStringLiteral("ops_lead"))
                    .isEmpty());
    }

    void noBreachNoHotfix() {
        DriftGateRun run = RiskGates::drift(*m_bundle, m_ws->controls(), m_clock);
        Controls lenient = m_ws->controls();
        lenient.thresholds.driftPsiBreach = 5;
        run = RiskGates::drift(*m_bundle, lenient, m_clock);
        QCOMPARE(run.result.status, Verdict::Warning);
        const Result<QString> e = driftHotfixReason(run.result);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, Error::Kind::CheckFailed);
        const BiasGateRun bias = RiskGates::bias(*m_bundle, m_ws->controls(), m_clock);
        QCOMPARE(driftHotfixReason(bias.result).error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestRiskGates)
#include "TestRiskGates.moc"
