#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "TempDir.h"
#include "common/Clock.h"
#include "crypto/OperatorKey.h"
#include "signoff/SignOffSigner.h"
#include "signoff/SignOffStatement.h"
#include "signoff/SignOffVerifier.h"

using namespace countersign;

namespace {

Operator makeOperator(const QString& id, const QStringList& roles, const OperatorKey& key) {
    return Operator{id, id.toUpper(), roles, key.publicKeyPem(), key.keyId()};
}

GateResult gate(const QString& name, Verdict status, const QString& bundleDigest) {
    GateResult g;
    g.gate = name;
    g.status = status;
    g.summary = name + QStringLiteral(" summary");
    g.bundleDigest = bundleDigest;
    g.evaluatedAt = QDateTime(QDate(2026, 11, 3), QTime(1, 0), Qt::UTC);
    return g;
}

}  // namespace

class TestSignOff : public QObject {
    Q_OBJECT
    OperatorKey m_ahmed, m_lead, m_owner, m_stranger;
    Roster m_roster;
    Bundle m_bundle;
    test::TempDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(4, 5, 6, 789), Qt::UTC)};
    SignOffStatement::CheckpointSeen m_checkpoint{QStringLiteral("countersign.local/audit"), 42,
                                                  QByteArray(32, '\x07')};

    SignOffRequest request(const QString& op = QStringLiteral("r.ahmed"),
                           const QString& step = QStringLiteral("risk"),
                           const QString& decision = QStringLiteral("approve")) const {
        SignOffRequest r;
        r.operatorId = op;
        r.step = step;
        r.decision = decision;
        r.changeRequest = QStringLiteral("CR-2026-11-014");
        r.gateResults = {gate(QStringLiteral("bias"), Verdict::Pass, m_bundle.digest),
                         gate(QStringLiteral("drift"), Verdict::Warning, m_bundle.digest)};
        return r;
    }

    DsseEnvelope signedEnvelope(const SignOffRequest& r, const OperatorKey& key) const {
        auto s = SignOffSigner::statement(m_bundle, m_roster, r, m_checkpoint, m_clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        auto env = SignOffSigner::sign(*s, key);
        if (!env)
            qFatal("%s", qPrintable(env.error().toString()));
        return *env;
    }

private slots:
    void initTestCase() {
        m_ahmed = std::move(OperatorKey::generate().value());
        m_lead = std::move(OperatorKey::generate().value());
        m_owner = std::move(OperatorKey::generate().value());
        m_stranger = std::move(OperatorKey::generate().value());
        m_roster.path = QStringLiteral("config/ml/operators.json");
        m_roster.operators = {
            makeOperator(QStringLiteral("r.ahmed"), {QStringLiteral("risk_officer")}, m_ahmed),
            makeOperator(QStringLiteral("o.lead"),
                         {QStringLiteral("ops_lead"), QStringLiteral("security_engineer")}, m_lead),
            makeOperator(QStringLiteral("m.owner"),
                         {QStringLiteral("model_owner"), QStringLiteral("risk_officer")}, m_owner)};
        m_bundle.dir = m_dir.path();
        m_bundle.model = QStringLiteral("fraud-detection");
        m_bundle.version = QStringLiteral("2026.11.0");
        m_bundle.owner = QStringLiteral("m.owner");
        m_bundle.digest = QString(64, QLatin1Char('a'));
    }

    void statementRoundTrip() {
        auto s = SignOffSigner::statement(m_bundle, m_roster, request(), m_checkpoint, m_clock);
        QVERIFY(s);
        QCOMPARE(s->role, QStringLiteral("risk_officer"));
        QCOMPARE(s->keyId, m_ahmed.keyId());
        QCOMPARE(s->signedAt, QDateTime(QDate(2026, 11, 3), QTime(4, 5, 6), Qt::UTC));
        QCOMPARE(s->gateResults.size(), 2);
        QCOMPARE(s->gateResults.at(0).digest, request().gateResults.at(0).digest());
        const QByteArray payload = s->payload();
        const QJsonObject json = QJsonDocument::fromJson(payload).object();
        QCOMPARE(json.value(QStringLiteral("_type")).toString(),
                 QStringLiteral("https://in-toto.io/Statement/v1"));
        QCOMPARE(json.value(QStringLiteral("predicateType")).toString(),
                 QStringLiteral("https://countersign.dev/signoff/v1"));
        const QJsonObject subject =
            json.value(QStringLiteral("subject")).toArray().at(0).toObject();
        QCOMPARE(subject.value(QStringLiteral("name")).toString(),
                 QStringLiteral("fraud-detection@2026.11.0"));
        QCOMPARE(subject.value(QStringLiteral("digest"))
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString(),
                 m_bundle.digest);
        auto back = SignOffStatement::fromPayload(payload);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->payload(), payload);
        QCOMPARE(back->checkpoint.size, 42);
        QCOMPARE(back->checkpoint.rootHash, QByteArray(32, '\x07'));
        QCOMPARE(back->changeRequest, QStringLiteral("CR-2026-11-014"));
    }

    void validSignOffVerifies() {
        const DsseEnvelope env = signedEnvelope(request(), m_ahmed);
        QCOMPARE(env.payloadType, QStringLiteral("application/vnd.in-toto+json"));
        QCOMPARE(env.signatures.size(), 1);
        QCOMPARE(env.signatures.at(0).keyid, m_ahmed.keyId());
        const SignOffVerdict v = SignOffVerifier(m_roster).verify(env, m_bundle);
        QVERIFY2(v.valid(), qPrintable(v.reason));
        QVERIFY(v.reason.contains(QStringLiteral("r.ahmed")));
        // The release step, signed in a role the operator holds.
        SignOffRequest release = request(QStringLiteral("o.lead"), QStringLiteral("release"));
        release.role = QStringLiteral("ops_lead");
        const SignOffVerdict rv =
            SignOffVerifier(m_roster).verify(signedEnvelope(release, m_lead), m_bundle);
        QVERIFY2(rv.valid(), qPrintable(rv.reason));
    }

    void signerRefuses_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown operator") << "x.nobody"
                                          << "risk"
                                          << "approve"
                                          << ""
                                          << ""
                                          << "not on the roster";
        QTest::newRow("without role") << "o.lead"
                                      << "risk"
                                      << "approve"
                                      << ""
                                      << ""
                                      << "does not hold the role risk_officer";
        QTest::newRow("model owner") << "m.owner"
                                     << "risk"
                                     << "approve"
                                     << ""
                                     << ""
                                     << "model owner";
        QTest::newRow("unknown step") << "r.ahmed"
                                      << "lunch"
                                      << "approve"
                                      << ""
                                      << ""
                                      << "unknown step";
        QTest::newRow("unknown decision") << "r.ahmed"
                                          << "risk"
                                          << "maybe"
                                          << ""
                                          << ""
                                          << "unknown decision";
        QTest::newRow("reject without reason") << "r.ahmed"
                                               << "risk"
                                               << "reject"
                                               << "  "
                                               << ""
                                               << "justification";
        QTest::newRow("override without reason") << "r.ahmed"
                                                 << "risk"
                                                 << "override"
                                                 << ""
                                                 << ""
                                                 << "justification";
        QTest::newRow("release without role") << "o.lead"
                                              << "release"
                                              << "approve"
                                              << ""
                                              << ""
                                              << "needs the role";
        QTest::newRow("wrong role for step") << "o.lead"
                                             << "risk"
                                             << "approve"
                                             << ""
                                             << "ops_lead"
                                             << "cannot sign";
    }
    void signerRefuses() {
        QFETCH(QString, op);
        QFETCH(QString, step);
        QFETCH(QString, decision);
        QFETCH(QString, justification);
        QFETCH(QString, role);
        QFETCH(QString, reason);
        SignOffRequest r = request(op, step, decision);
        r.justification = justification;
        r.role = role;
        const Status st = SignOffSigner::check(m_bundle, m_roster, r);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(reason), qPrintable(st.error().message));
    }

    void signerRefusesGateResultsOfAnotherBundle() {
        SignOffRequest r = request();
        r.gateResults.append(
            gate(QStringLiteral("integrity"), Verdict::Pass, QString(64, QLatin1Char('b'))));
        const Status st = SignOffSigner::check(m_bundle, m_roster, r);
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QStringLiteral("integrity")));
    }

    void signerRefusesKeyNotInRoster() {
        auto s = SignOffSigner::statement(m_bundle, m_roster, request(), m_checkpoint, m_clock);
        QVERIFY(s);
        auto env = SignOffSigner::sign(*s, m_stranger);
        QVERIFY(!env);
        QVERIFY2(env.error().message.contains(QStringLiteral("not the roster key of r.ahmed")),
                 qPrintable(env.error().message));
    }

    void overrideWithJustificationVerifies() {
        SignOffRequest r =
            request(QStringLiteral("r.ahmed"), QStringLiteral("risk"), QStringLiteral("override"));
        r.justification =
            QStringLiteral("gap 2.1 % on age_band accepted until the December retrain");
        const SignOffVerdict v =
            SignOffVerifier(m_roster).verify(signedEnvelope(r, m_ahmed), m_bundle);
        QVERIFY2(v.valid(), qPrintable(v.reason));
        QCOMPARE(v.statement->justification, r.justification);
    }

    void wrongKeyIsRejected() {
        // Signed by a stranger's key while claiming r.ahmed's key id.
        auto s = SignOffSigner::statement(m_bundle, m_roster, request(), m_checkpoint, m_clock);
        DsseEnvelope env;
        env.payloadType = QStringLiteral("application/vnd.in-toto+json");
        env.payload = s->payload();
        env.signatures.append(
            {m_ahmed.keyId(), *m_stranger.sign(Dsse::pae(env.payloadType, env.payload))});
        SignOffVerdict v = SignOffVerifier(m_roster).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY2(v.reason.contains(QStringLiteral("does not verify")), qPrintable(v.reason));
        // ...and under the stranger's own key id.
        env.signatures[0].keyid = m_stranger.keyId();
        v = SignOffVerifier(m_roster).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY2(v.reason.contains(QStringLiteral("roster key of r.ahmed")), qPrintable(v.reason));
    }

    void wrongPayloadTypeIsRejected() {
        DsseEnvelope env = signedEnvelope(request(), m_ahmed);
        env.payloadType = QStringLiteral("application/json");
        const SignOffVerdict v = SignOffVerifier(m_roster).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY(v.reason.contains(QStringLiteral("payloadType")));
        // Re-signed under the other type by the right key: still not a sign-off.
        env.signatures[0].sig = *m_ahmed.sign(Dsse::pae(env.payloadType, env.payload));
        QCOMPARE(SignOffVerifier(m_roster).verify(env, m_bundle).status,
                 SignOffVerdict::Status::Invalid);
    }

    void rosterChangesAfterSigning() {
        const DsseEnvelope env = signedEnvelope(request(), m_ahmed);
        Roster without = m_roster;
        without.operators.removeFirst();
        SignOffVerdict v = SignOffVerifier(without).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY2(v.reason.contains(QStringLiteral("not on the roster")), qPrintable(v.reason));

        Roster noRole = m_roster;
        noRole.operators[0].roles = {QStringLiteral("ops_lead")};
        v = SignOffVerifier(noRole).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY2(v.reason.contains(QStringLiteral("does not hold the role risk_officer")),
                 qPrintable(v.reason));

        Roster newKey = m_roster;
        newKey.operators[0].publicKeyPem = m_stranger.publicKeyPem();
        newKey.operators[0].keyId = m_stranger.keyId();
        v = SignOffVerifier(newKey).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY(v.reason.contains(QStringLiteral("roster key of r.ahmed")));
    }

    void modelOwnerSignatureIsRejected() {
        // A sign-off by the owner, made outside our signer.
        SignOffStatement s =
            *SignOffSigner::statement(m_bundle, m_roster, request(), m_checkpoint, m_clock);
        s.operatorId = QStringLiteral("m.owner");
        s.keyId = m_owner.keyId();
        const DsseEnvelope env = *SignOffSigner::sign(s, m_owner);
        const SignOffVerdict v = SignOffVerifier(m_roster).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY2(v.reason.contains(QStringLiteral("model owner")), qPrintable(v.reason));
    }

    void changedBundleMakesItVoid() {
        const DsseEnvelope env = signedEnvelope(request(), m_ahmed);
        Bundle changed = m_bundle;
        changed.digest = QString(64, QLatin1Char('c'));
        const SignOffVerdict v = SignOffVerifier(m_roster).verify(env, changed);
        QCOMPARE(v.status, SignOffVerdict::Status::Void);
        QVERIFY2(v.reason.contains(QStringLiteral("bundle changed")), qPrintable(v.reason));
        Bundle other = m_bundle;
        other.version = QStringLiteral("2026.12.0");
        QCOMPARE(SignOffVerifier(m_roster).verify(env, other).status,
                 SignOffVerdict::Status::Invalid);
    }

    void twoSignaturesAreRejected() {
        DsseEnvelope env = signedEnvelope(request(), m_ahmed);
        env.signatures.append(env.signatures.at(0));
        const SignOffVerdict v = SignOffVerifier(m_roster).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::Invalid);
        QVERIFY(v.reason.contains(QStringLiteral("exactly one signature")));
    }

    void otherPredicateIsNotASignOff() {
        QJsonObject st{
            {QStringLiteral("_type"), QStringLiteral("https://in-toto.io/Statement/v1")},
            {QStringLiteral("predicateType"), QStringLiteral("https://countersign.dev/release/v1")},
            {QStringLiteral("subject"), QJsonArray()},
            {QStringLiteral("predicate"), QJsonObject()}};
        DsseEnvelope env;
        env.payloadType = QStringLiteral("application/vnd.in-toto+json");
        env.payload = QJsonDocument(st).toJson(QJsonDocument::Compact);
        env.signatures.append(
            {m_lead.keyId(), *m_lead.sign(Dsse::pae(env.payloadType, env.payload))});
        const SignOffVerdict v = SignOffVerifier(m_roster).verify(env, m_bundle);
        QCOMPARE(v.status, SignOffVerdict::Status::NotSignOff);
        QVERIFY(!v.failed());
    }

    // Every single byte of a written envelope, flipped, is rejected.
    void everyFlippedByteIsRejected() {
        const QByteArray bytes = signedEnvelope(request(), m_ahmed).toBytes();
        const SignOffVerifier verifier(m_roster);
        {
            auto env = DsseEnvelope::fromBytes(bytes);
            QVERIFY(env);
            QVERIFY(verifier.verify(*env, m_bundle).valid());
        }
        int parsedButRejected = 0;
        for (const char mask : {'\x01', '\x20', '\x80'}) {
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                QByteArray flipped = bytes;
                flipped[i] = static_cast<char>(flipped[i] ^ mask);
                auto env = DsseEnvelope::fromBytes(flipped, QStringLiteral("flipped.dsse.json"));
                if (!env)
                    continue;  // rejected as malformed
                const SignOffVerdict v = verifier.verify(*env, m_bundle);
                if (v.valid())
                    QFAIL(qPrintable(
                        QStringLiteral("byte %1 ^ 0x%2 still verifies")
                            .arg(i)
                            .arg(static_cast<unsigned char>(mask), 2, 16, QLatin1Char('0'))));
                ++parsedButRejected;
            }
        }
        QVERIFY(parsedButRejected > 0);  // the signature check itself was exercised
    }

    void verifyBundleReadsApprovalsFolder() {
        QDir(m_dir.path()).mkpath(QStringLiteral("approvals"));
        const QString good =
            m_dir.write(QStringLiteral("approvals/risk-r.ahmed-20261103T040506Z.dsse.json"),
                        signedEnvelope(request(), m_ahmed).toBytes());
        m_dir.write(QStringLiteral("approvals/zz-broken.dsse.json"), "{\"payload\":");
        m_dir.write(QStringLiteral("approvals/notes.txt"), "ignored");
        const QList<SignOffVerdict> all = SignOffVerifier(m_roster).verifyBundle(m_bundle);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).file, good);
        QVERIFY(all.at(0).valid());
        QCOMPARE(all.at(0).envelopeDigest.size(), 64);
        QCOMPARE(all.at(1).status, SignOffVerdict::Status::Invalid);
        QVERIFY(all.at(1).reason.contains(QStringLiteral("malformed")));
        QDir(m_dir.filePath(QStringLiteral("approvals"))).removeRecursively();
    }

    void unlockAndSignWithKeyFile() {
        const QString keyFile = m_dir.filePath(QStringLiteral("r.ahmed.key"));
        const SecretBytes pass(QByteArrayView("risk officer passphrase"));
        QVERIFY(m_ahmed.saveEncrypted(keyFile, pass).ok());
        auto s = SignOffSigner::statement(m_bundle, m_roster, request(), m_checkpoint, m_clock);
        auto env = SignOffSigner::unlockAndSign(*s, keyFile, pass);
        QVERIFY(env);
        QVERIFY(SignOffVerifier(m_roster).verify(*env, m_bundle).valid());
        auto wrong =
            SignOffSigner::unlockAndSign(*s, keyFile, SecretBytes(QByteArrayView("not it at all")));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QStringLiteral("wrong passphrase")));
        QCOMPARE(wrong.error().file, keyFile);
    }
};

QTEST_GUILESS_MAIN(TestSignOff)
#include "TestSignOff.moc"
