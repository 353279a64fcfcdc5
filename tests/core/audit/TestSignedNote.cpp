// Known answers from Go's golang.org/x/mod/sumdb/note tests (the reference implementation of
// C2SP signed-note): Ed25519 is deterministic, so our signature line must be identical.
#include <QtTest>

#include "audit/Checkpoint.h"
#include "audit/SignedNote.h"

using namespace countersign;

namespace {
const QByteArray kSkey =
    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const QString kVkey =
    QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
const QString kText = QStringLiteral(
    "If you think cryptography is the answer to your problem,\nthen you don't know what your "
    "problem is.\n");
const QString kSigLine =
    QString(QChar(0x2014)) +
    QStringLiteral(
        " PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2"
        "pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n");
}  // namespace

class TestSignedNote : public QObject {
    Q_OBJECT
private slots:
    void privateKeyAndVerifierKeyMatchGo() {
        auto pk = SignedNote::decodePrivateKey(kSkey, {});
        QVERIFY2(pk.ok(), qPrintable(pk.ok() ? QString() : pk.error().toString()));
        QCOMPARE(pk->name, QStringLiteral("PeterNeumann"));
        const NoteVerifier v = NoteVerifier::make(pk->name, pk->key.publicKey());
        QCOMPARE(v.toString(), kVkey);
        QCOMPARE(v.keyId, 0xc74f20a3u);
        QCOMPARE(SignedNote::encodePrivateKey(pk->name, pk->key), kSkey);
        auto parsed = NoteVerifier::parse(kVkey);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->publicKey, v.publicKey);
    }

    void signatureMatchesGo() {
        auto pk = SignedNote::decodePrivateKey(kSkey, {});
        QVERIFY(pk.ok());
        auto note = SignedNote::sign(kText, pk->name, pk->key);
        QVERIFY(note.ok());
        QCOMPARE(note.value(), kText + QLatin1Char('\n') + kSigLine);
        auto opened = SignedNote::open(note.value(), NoteVerifier::parse(kVkey).value());
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), kText);
    }

    void rejectsTamperingAndOtherKeys() {
        const NoteVerifier v = NoteVerifier::parse(kVkey).value();
        const QString note = kText + QLatin1Char('\n') + kSigLine;
        QString changed = note;
        changed.replace(QStringLiteral("answer"), QStringLiteral("answers"));
        auto r = SignedNote::open(changed, v);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::CheckFailed);

        auto other = Ed25519Key::generate();
        QVERIFY(other.ok());
        auto foreign = SignedNote::sign(kText, QStringLiteral("PeterNeumann"), other.value());
        QVERIFY(foreign.ok());
        r = SignedNote::open(foreign.value(), v);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("not signed by the expected key")));

        QVERIFY(!SignedNote::open(kText, v).ok());  // no signatures
        QVERIFY(!NoteVerifier::parse(
                     QStringLiteral(
                         "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                     .ok());
    }

    void checkpointBodyFormat() {
        auto key = Ed25519Key::generate().value();
        Checkpoint c;
        c.origin = QStringLiteral("example.com/log");
        c.size = 42;
        c.rootHash = QByteArray(32, '\x01');
        QCOMPARE(
            c.body(),
            QStringLiteral("example.com/log\n42\nAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=\n"));
        auto note = SignedNote::sign(c.body(), c.origin, key);
        QVERIFY(note.ok());
        auto parsed =
            Checkpoint::fromSignedNote(note.value(), NoteVerifier::make(c.origin, key.publicKey()));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size, 42);
        QCOMPARE(parsed->rootHash, c.rootHash);
        QVERIFY(!Checkpoint::parseUnverified(QStringLiteral("o\n012\nAQEB\n")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSignedNote)
#include "TestSignedNote.moc"
