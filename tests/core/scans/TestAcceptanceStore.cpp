// Risk acceptances signed with an operator key, recorded in the audit store and read back
// from it: who may accept, expiry at the instant, tampering refused.
#include <QJsonArray>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "common/CanonicalJson.h"
#include "crypto/OperatorKey.h"
#include "gates/SecurityAssessment.h"
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

class TestAcceptanceStore : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    OperatorKey m_eng, m_risk;
    Roster m_roster;
    FixedClock m_clock{utc(2026, 11, 10, 9)};

    QList<AuditRecord> acceptanceRecords() const {
        AuditFilter f;
        f.actionPrefix = AuditActions::riskAccepted.id();
        auto r = m_store->records(f, 0, -1);
        return r ? r.value() : QList<AuditRecord>{};
    }
    AcceptanceStore::Recorded recordZlib() {
        const RiskAcceptance a = zlibAcceptance();
        auto env = AcceptanceStore::sign(a, m_eng);
        if (!env)
            return {};
        auto made = AcceptanceStore::record(*m_store, a, env.value(), m_roster);
        return made ? made.value() : AcceptanceStore::Recorded{};
    }

private slots:
    void initTestCase() {
        m_eng = std::move(OperatorKey::generate().value());
        m_risk = std::move(OperatorKey::generate().value());
        m_roster.operators = {
            makeOperator(QStringLiteral("s.eng"), Role::securityEngineer(), m_eng),
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

    void onlyASecurityEngineerMayAccept() {
        RiskAcceptance a = zlibAcceptance();
        QVERIFY(AcceptanceStore::check(a, m_roster, m_clock).ok());
        a.acceptedBy = QStringLiteral("r.off");
        const Status refused = AcceptanceStore::check(a, m_roster, m_clock);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::CheckFailed);
        QVERIFY(refused.error().message.contains(QStringLiteral("not a Security Engineer")));
        a.acceptedBy = QStringLiteral("nobody");
        QCOMPARE(AcceptanceStore::check(a, m_roster, m_clock).error().kind, Error::Kind::BadInput);
        // Signed by the Risk Officer in the Security Engineer's name: not recorded.
        const RiskAcceptance forged = zlibAcceptance();
        auto env = AcceptanceStore::sign(forged, m_risk);
        QVERIFY(env.ok());
        QVERIFY(!AcceptanceStore::record(*m_store, forged, env.value(), m_roster).ok());
        QCOMPARE(m_store->size(), 0);
    }

    void incompleteAcceptancesAreRefused() {
        RiskAcceptance a = zlibAcceptance();
        a.justification = QStringLiteral("ok");
        QVERIFY(!AcceptanceStore::check(a, m_roster, m_clock).ok());
        a = zlibAcceptance();
        a.expires = m_clock.now();  // not in the future
        QVERIFY(AcceptanceStore::check(a, m_roster, m_clock)
                    .error()
                    .message.contains(QStringLiteral("future")));
        a = zlibAcceptance();
        a.versionRange = QStringLiteral(">>1");
        QVERIFY(!AcceptanceStore::check(a, m_roster, m_clock).ok());
    }

    void recordedAndReadBackFromTheStore() {
        const AcceptanceStore::Recorded made = recordZlib();
        QCOMPARE(made.auditSequence, 0);
        const AuditRecord rec = m_store->record(0).value();
        QCOMPARE(rec.action, QStringLiteral("risk.accepted"));
        QCOMPARE(rec.actor, QStringLiteral("s.eng"));
        QCOMPARE(rec.role, Role::securityEngineer());
        QCOMPARE(rec.subject, QStringLiteral("remittance-scoring@2026.11.1"));

        const AcceptanceStore::Loaded loaded = AcceptanceStore::load(*m_store, m_roster);
        QVERIFY(loaded.problems.isEmpty());
        QCOMPARE(loaded.acceptances.size(), 1);
        const RiskAcceptance& back = loaded.acceptances.front();
        QCOMPARE(back.toJson(), zlibAcceptance().toJson());
        QCOMPARE(back.auditSequence, 0);
        QCOMPARE(back.file, QStringLiteral("audit record 0"));
    }

    // A risk acceptance gets a signed checkpoint before record() returns (AuditStore::append),
    // also when it is not the store's first record: after a note, which gets none.
    void acceptancesAreCheckpointedOnAppend() {
        const AuditEntry note{QStringLiteral("cli"), {}, QStringLiteral("note.before"), {}, {}};
        QVERIFY(m_store->append(note).ok());  // the store's first record: checkpointed
        QVERIFY(m_store->append(note).ok());  // a note: not
        const AcceptanceStore::Recorded made = recordZlib();
        QCOMPARE(made.auditSequence, 2);
        auto cps = m_store->checkpoints();
        QVERIFY(cps.ok());
        QList<qint64> sizes;
        for (const Checkpoint& c : cps.value()) sizes.append(c.size);
        QCOMPARE(sizes, (QList<qint64>{1, 3}));
        // The checkpoint covers the acceptance: its inclusion proof verifies against it.
        const Checkpoint latest = m_store->latestCheckpoint().value();
        auto inc = m_store->inclusionProof(made.auditSequence, latest.size);
        QVERIFY(inc.ok());
        QVERIFY(inc->verify());
        QCOMPARE(inc->rootHash, latest.rootHash);
    }

    void countsUntilTheExpiryInstant() {
        recordZlib();
        const QList<RiskAcceptance> acc = AcceptanceStore::load(*m_store, m_roster).acceptances;
        const SecurityPolicy policy;
        FixedClock before(utc(2026, 11, 30, 23));
        SecurityAssessment a = SecurityAssessment::assess({zlibReport()}, policy, acc, before,
                                                          QStringLiteral("remittance-scoring"));
        QCOMPARE(a.findings.size(), 1);
        QCOMPARE(a.findings.front().disposition, FindingDisposition::Accepted);
        QVERIFY(a.findings.front().acceptance.has_value());
        FixedClock at(utc(2026, 12, 1));  // expires is exclusive
        a = SecurityAssessment::assess({zlibReport()}, policy, acc, at,
                                       QStringLiteral("remittance-scoring"));
        QCOMPARE(a.findings.front().disposition, FindingDisposition::Blocking);
        QVERIFY(a.findings.front().expiredAcceptance.has_value());
        // Another model is not covered.
        a = SecurityAssessment::assess({zlibReport()}, policy, acc, before,
                                       QStringLiteral("fraud-detection"));
        QCOMPARE(a.findings.front().disposition, FindingDisposition::Blocking);
    }

    void tamperedAcceptancesAreRefused_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("signed payload changed") << QStringLiteral("payload");
        QTest::newRow("record column changed") << QStringLiteral("column");
        QTest::newRow("actor changed") << QStringLiteral("actor");
        QTest::newRow("signature removed") << QStringLiteral("signature");
        QTest::newRow("signer left the role") << QStringLiteral("roster");
    }
    void tamperedAcceptancesAreRefused() {
        QFETCH(QString, what);
        recordZlib();
        QList<AuditRecord> records = acceptanceRecords();
        QCOMPARE(records.size(), 1);
        AuditRecord& r = records.first();
        Roster roster = m_roster;
        QJsonObject env = r.payload.value(QStringLiteral("envelope")).toObject();
        if (what == QLatin1String("payload")) {
            QByteArray p =
                QByteArray::fromBase64(env.value(QStringLiteral("payload")).toString().toLatin1());
            p.replace("2026-12-01", "2027-12-01");
            env.insert(QStringLiteral("payload"), QString::fromLatin1(p.toBase64()));
            r.payload.insert(QStringLiteral("envelope"), env);
            r.payload.insert(QStringLiteral("expires"), QStringLiteral("2027-12-01T00:00:00Z"));
        } else if (what == QLatin1String("column")) {
            r.payload.insert(QStringLiteral("version_range"), QStringLiteral("*"));
        } else if (what == QLatin1String("actor")) {
            r.actor = QStringLiteral("r.off");
        } else if (what == QLatin1String("signature")) {
            env.insert(QStringLiteral("signatures"), QJsonArray());
            r.payload.insert(QStringLiteral("envelope"), env);
        } else {
            roster.operators[0].roles = {Role::riskOfficer()};
        }
        const AcceptanceStore::Loaded loaded = AcceptanceStore::fromRecords(records, roster);
        QVERIFY(loaded.acceptances.isEmpty());
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.front().file, QStringLiteral("audit record 0"));
    }

    void unlockAndSignRefusesAnotherKey() {
        const QString keyFile = m_dir->filePath(QStringLiteral("risk.key"));
        const SecretBytes pass = SecretBytes(QByteArrayView("risk-passphrase"));
        QVERIFY(m_risk.saveEncrypted(keyFile, pass).ok());
        auto signedWithWrongKey =
            AcceptanceStore::unlockAndSign(zlibAcceptance(), keyFile, pass, m_eng.keyId());
        QVERIFY(!signedWithWrongKey.ok());
        QVERIFY(signedWithWrongKey.error().message.contains(QStringLiteral("not s.eng's key")));
        QVERIFY(
            AcceptanceStore::unlockAndSign(zlibAcceptance(), keyFile, pass, m_risk.keyId()).ok());
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceStore)
#include "TestAcceptanceStore.moc"
