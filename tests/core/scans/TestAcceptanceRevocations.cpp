// Revoking a risk acceptance before it expires: signed and recorded like the acceptance, only
// by a Security Engineer, honoured when acceptances are read back (the finding blocks again),
// and a revocation that does not verify changes nothing.
#include <QJsonArray>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditStore.h"
#include "crypto/OperatorKey.h"
#include "gates/SecurityAssessment.h"
#include "scans/AcceptanceRevocations.h"
#include "scans/AcceptanceStore.h"
#include "workspace/Role.h"

using namespace countersign;

namespace {

QDateTime utc(int y, int m, int d, int h = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

Operator makeOperator(const QString& id, const QString& role, const OperatorKey& key) {
    return Operator{id, id.toUpper(), {role}, key.publicKeyPem(), key.keyId()};
}

RiskAcceptance zlibAcceptance() {
    RiskAcceptance a;
    a.findingId = QStringLiteral("CVE-2023-45853");
    a.package = QStringLiteral("zlib1g");
    a.versionRange = QStringLiteral("=1:1.2.13.dfsg-1");
    a.justification = QStringLiteral("minizip is not linked into the scoring image.");
    a.expires = utc(2026, 12, 1);
    a.acceptedBy = QStringLiteral("s.eng");
    a.acceptedAt = utc(2026, 11, 10);
    a.model = QStringLiteral("remittance-scoring");
    a.bundle = QStringLiteral("remittance-scoring@2026.11.1");
    return a;
}

ScanReport zlibReport() {
    Finding f;
    f.source = QStringLiteral("trivy");
    f.id = QStringLiteral("CVE-2023-45853");
    f.package = QStringLiteral("zlib1g");
    f.installed = QStringLiteral("1:1.2.13.dfsg-1");
    f.severity = Severity::Critical;
    f.title = QStringLiteral("zlib: integer overflow in minizip");
    ScanReport r;
    r.file = QStringLiteral("scans/trivy.json");
    r.format = QStringLiteral("trivy-json");
    r.findings = {f};
    return r;
}

}  // namespace

class TestAcceptanceRevocations : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    OperatorKey m_eng, m_eng2, m_risk;
    Roster m_roster;
    FixedClock m_clock{utc(2026, 11, 12, 9)};

    QString recordZlib() {
        const RiskAcceptance a = zlibAcceptance();
        auto env = AcceptanceStore::sign(a, m_eng);
        if (!env)
            return {};
        auto made = AcceptanceStore::record(*m_store, a, env.value(), m_roster);
        return made ? made->envelopeDigest : QString();
    }
    RiskRevocation revocation(const QString& digest, const QString& by) const {
        RiskRevocation r;
        r.acceptanceDigest = digest;
        r.findingId = QStringLiteral("CVE-2023-45853");
        r.package = QStringLiteral("zlib1g");
        r.reason = QStringLiteral("minizip is linked after all (build 4711)");
        r.revokedBy = by;
        r.revokedAt = m_clock.now();
        return r;
    }
    Result<AcceptanceRevocations::Recorded> revoke(const RiskRevocation& r,
                                                   const OperatorKey& key) {
        if (auto s = AcceptanceRevocations::check(r, AcceptanceStore::load(*m_store, m_roster),
                                                  m_roster, m_clock);
            !s)
            return s.error();
        auto env = AcceptanceRevocations::sign(r, key);
        if (!env)
            return env.error();
        return AcceptanceRevocations::record(*m_store, r, env.value(), m_roster);
    }
    FindingDisposition disposition(const Clock& clock) const {
        const QList<RiskAcceptance> acc = AcceptanceStore::load(*m_store, m_roster).acceptances;
        const SecurityAssessment a = SecurityAssessment::assess(
            {zlibReport()}, SecurityPolicy{}, acc, clock, QStringLiteral("remittance-scoring"));
        return a.findings.front().disposition;
    }

private slots:
    void initTestCase() {
        m_eng = std::move(OperatorKey::generate().value());
        m_eng2 = std::move(OperatorKey::generate().value());
        m_risk = std::move(OperatorKey::generate().value());
        m_roster.operators = {
            makeOperator(QStringLiteral("s.eng"), Role::securityEngineer(), m_eng),
            makeOperator(QStringLiteral("j.eng"), Role::securityEngineer(), m_eng2),
            makeOperator(QStringLiteral("r.off"), Role::riskOfficer(), m_risk)};
        m_roster.path = QStringLiteral("operators.json");
    }
    void init() {
        m_dir = std::make_unique<test::TempDir>();
        const QString db = m_dir->filePath(QStringLiteral("audit.sqlite"));
        auto store = AuditStore::open(db, AuditStore::defaultKeyPath(db), m_clock);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
        m_store = std::move(store.value());
    }
    void cleanup() { m_store.reset(); }

    // Another Security Engineer revokes: recorded under the acceptance's subject; from then on
    // the finding blocks again, and the acceptance read back says who revoked it and why.
    void revokedAcceptanceStopsCounting() {
        const QString digest = recordZlib();
        QCOMPARE(digest.size(), 64);
        QCOMPARE(disposition(m_clock), FindingDisposition::Accepted);
        auto made = revoke(revocation(digest, QStringLiteral("j.eng")), m_eng2);
        QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        const AuditRecord rec = m_store->record(made->auditSequence).value();
        QCOMPARE(rec.action, QStringLiteral("acceptance.revoke"));
        QCOMPARE(rec.actor, QStringLiteral("j.eng"));
        QCOMPARE(rec.role, Role::securityEngineer());
        QCOMPARE(rec.subject, QStringLiteral("remittance-scoring@2026.11.1"));
        QCOMPARE(rec.payload.value(QStringLiteral("acceptance_sha256")).toString(), digest);
        // Checkpointed before record() returned.
        QCOMPARE(m_store->latestCheckpoint().value().size, made->auditSequence + 1);

        const AcceptanceStore::Loaded loaded = AcceptanceStore::load(*m_store, m_roster);
        QVERIFY(loaded.problems.isEmpty());
        QCOMPARE(loaded.acceptances.size(), 1);
        const RiskAcceptance& a = loaded.acceptances.front();
        QCOMPARE(a.revokedBy, QStringLiteral("j.eng"));
        QCOMPARE(a.revokedAt, m_clock.now());
        QVERIFY(a.revocationReason.contains(QStringLiteral("build 4711")));
        QCOMPARE(disposition(m_clock), FindingDisposition::Blocking);
        // Before the revocation it counted (a report made then stays explainable).
        QCOMPARE(disposition(FixedClock(utc(2026, 11, 11))), FindingDisposition::Accepted);
        const SecurityAssessment after =
            SecurityAssessment::assess({zlibReport()}, SecurityPolicy{}, loaded.acceptances,
                                       m_clock, QStringLiteral("remittance-scoring"));
        const QJsonObject json = after.findings.front().toJson();
        QVERIFY(json.contains(QStringLiteral("revoked_acceptance")));
        QCOMPARE(json.value(QStringLiteral("revoked_acceptance"))[QStringLiteral("revoked_by")]
                     .toString(),
                 QStringLiteral("j.eng"));

        // Once is enough.
        auto again = revoke(revocation(digest, QStringLiteral("s.eng")), m_eng);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already revoked")));
    }

    void onlyASecurityEngineerMayRevoke() {
        const QString digest = recordZlib();
        const qint64 size = m_store->size();
        auto refused = revoke(revocation(digest, QStringLiteral("r.off")), m_risk);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::CheckFailed);
        QVERIFY(refused.error().message.contains(QStringLiteral("not a Security Engineer")));
        // Signed by the Risk Officer in a Security Engineer's name: not recorded.
        const RiskRevocation forged = revocation(digest, QStringLiteral("j.eng"));
        auto env = AcceptanceRevocations::sign(forged, m_risk);
        QVERIFY(env);
        QVERIFY(!AcceptanceRevocations::record(*m_store, forged, env.value(), m_roster));
        QCOMPARE(m_store->size(), size);
        QCOMPARE(disposition(m_clock), FindingDisposition::Accepted);
    }

    void refusedBeforeSigning_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown acceptance")
            << QStringLiteral("unknown") << QStringLiteral("no recorded risk acceptance");
        QTest::newRow("no reason") << QStringLiteral("reason") << QStringLiteral("reason");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("already expired");
        QTest::newRow("another finding")
            << QStringLiteral("finding") << QStringLiteral("another finding");
    }
    void refusedBeforeSigning() {
        QFETCH(QString, what);
        QFETCH(QString, message);
        const QString digest = recordZlib();
        RiskRevocation r = revocation(digest, QStringLiteral("s.eng"));
        FixedClock clock = m_clock;
        if (what == QLatin1String("unknown"))
            r.acceptanceDigest = QString(64, QLatin1Char('a'));
        else if (what == QLatin1String("reason"))
            r.reason = QStringLiteral("no");
        else if (what == QLatin1String("expired"))
            clock.set(utc(2026, 12, 2));
        else
            r.findingId = QStringLiteral("CVE-2024-0001");
        const Status s = AcceptanceRevocations::check(r, AcceptanceStore::load(*m_store, m_roster),
                                                      m_roster, clock);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }

    // A revocation record whose columns disagree with what was signed, or that names no
    // earlier acceptance, does not count: the acceptance stays in effect and the problem is
    // reported.
    void unverifiedRevocationsChangeNothing_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("column changed") << QStringLiteral("column");
        QTest::newRow("actor changed") << QStringLiteral("actor");
        QTest::newRow("signer left the role") << QStringLiteral("roster");
        QTest::newRow("before the acceptance") << QStringLiteral("order");
    }
    void unverifiedRevocationsChangeNothing() {
        QFETCH(QString, what);
        const QString digest = recordZlib();
        QVERIFY(revoke(revocation(digest, QStringLiteral("j.eng")), m_eng2));
        AuditFilter all;
        QList<AuditRecord> records = m_store->records(all, 0, -1).value();
        QCOMPARE(records.size(), 2);
        Roster roster = m_roster;
        AuditRecord& r = records[1];
        if (what == QLatin1String("column"))
            r.payload.insert(QStringLiteral("finding_id"), QStringLiteral("CVE-2024-0001"));
        else if (what == QLatin1String("actor"))
            r.actor = QStringLiteral("s.eng");
        else if (what == QLatin1String("roster"))
            roster.operators[1].roles = {Role::riskOfficer()};
        else
            std::swap(records[0], records[1]);
        const AcceptanceStore::Loaded loaded = AcceptanceStore::fromRecords(records, roster);
        QCOMPARE(loaded.acceptances.size(), 1);
        QVERIFY(!loaded.acceptances.front().revokedAt.isValid());
        QCOMPARE(loaded.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceRevocations)
#include "TestAcceptanceRevocations.moc"
