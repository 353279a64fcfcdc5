// Signing in demands a consistency proof for the checkpoint the operator last saw
// (OperatorAnchor): a store that extends it advances the anchor; a rewritten store is named
// with both tree sizes and roots, and signing is refused.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "GuiSession.h"
#include "audit/AuditStore.h"
#include "audit/NoteVerifier.h"
#include "audit/OperatorAnchor.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestSignInAnchor : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signInAnchorsAndAdvances();
    void rewrittenStoreIsRefusedWithBothTrees();
    void storeSignedByAnotherKeyThanThePinnedIsRefused();

private:
    void openWindow();
    static AuditEntry entry(int i);
    Checkpoint anchorOf(const QString& id) const;

    test::GuiSession m_gui;
};

void TestSignInAnchor::init() {
    const QString made = m_gui.setUp();
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestSignInAnchor::cleanup() {
    m_gui.tearDown();
}

void TestSignInAnchor::openWindow() {
    const QString opened = m_gui.openWindow(test::GuiSession::Show::No);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(m_gui.window()->services().audit);
}

AuditEntry TestSignInAnchor::entry(int i) {
    AuditEntry e;
    e.actor = QStringLiteral("pipeline");
    e.action = QStringLiteral("gate.integrity");
    e.subject = QStringLiteral("fraud-detection@2026.11.0");
    e.payload = QJsonObject{{QStringLiteral("n"), i}};
    return e;
}

Checkpoint TestSignInAnchor::anchorOf(const QString& id) const {
    auto cp = Checkpoint::parseUnverified([&] {
        QFile f(OperatorAnchor::path(m_gui.root(), id));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }());
    return cp ? cp.value() : Checkpoint{};
}

void TestSignInAnchor::signInAnchorsAndAdvances() {
    openWindow();
    AuditStore* store = m_gui.window()->services().audit;
    for (int i = 0; i < 3; ++i) QVERIFY(store->append(entry(i)).ok());
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    QVERIFY(m_gui.window()->services().signingBlocked.isEmpty());
    // The anchor is a checkpoint signed by the store's key, covering what the operator saw.
    auto held = Checkpoint::load(OperatorAnchor::path(m_gui.root(), QStringLiteral("r.ahmed")),
                                 store->verifier());
    QVERIFY(held.ok());
    QCOMPARE(held->size, 3);
    QCOMPARE(held->rootHash, store->rootHash(3).value());

    for (int i = 3; i < 5; ++i) QVERIFY(store->append(entry(i)).ok());
    m_gui.window()->signOut();
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    QVERIFY(m_gui.window()->services().signingBlocked.isEmpty());
    QCOMPARE(anchorOf(QStringLiteral("r.ahmed")).size, 5);
    // Another operator gets an anchor of their own.
    QVERIFY(m_gui.signIn(QStringLiteral("o.lead")));
    QCOMPARE(anchorOf(QStringLiteral("o.lead")).size, 5);
}

void TestSignInAnchor::rewrittenStoreIsRefusedWithBothTrees() {
    openWindow();
    for (int i = 0; i < 3; ++i) QVERIFY(m_gui.window()->services().audit->append(entry(i)).ok());
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    const Checkpoint held = anchorOf(QStringLiteral("r.ahmed"));
    QCOMPARE(held.size, 3);
    const QString db = m_gui.window()->services().audit->path();
    const QString sidecar = m_gui.window()->services().audit->sidecarCheckpointPath();
    m_gui.closeWindow();

    // The database is rebuilt from scratch with the same key: a shorter, different history.
    for (const QString& f :
         QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), sidecar})
        QFile::remove(f);
    QByteArray newRoot;
    {
        auto rebuilt =
            AuditStore::open(db, AuditStore::defaultKeyPath(db), SystemClock::instance());
        QVERIFY(rebuilt.ok());
        QVERIFY(rebuilt.value()->append(entry(100)).ok());
        QVERIFY(rebuilt.value()->append(entry(101)).ok());
        newRoot = rebuilt.value()->rootHash(2).value();
    }

    openWindow();
    QVERIFY(m_gui.window()->services().signingBlocked.isEmpty());  // nobody signed in yet
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    const QString why = m_gui.window()->services().signingBlocked;
    QVERIFY(!why.isEmpty());
    const QString warning = DialogHooks::lastInformation();
    for (const QString& text :
         {QStringLiteral("3 records"), QStringLiteral("2 records"),
          QString::fromLatin1(held.rootHash.toBase64()), QString::fromLatin1(newRoot.toBase64()),
          QStringLiteral("Signing is refused")})
        QVERIFY2(warning.contains(text), qPrintable(text + QStringLiteral(" in ") + warning));
    // The anchor was not moved to the rewritten store.
    QCOMPARE(anchorOf(QStringLiteral("r.ahmed")).rootHash, held.rootHash);
    // The refusal holds for everyone until the workspace is opened again.
    QVERIFY(m_gui.signIn(QStringLiteral("o.lead")));
    QCOMPARE(m_gui.window()->services().signingBlocked, why);
}

// controls.json pins the store's key (audit.store_vkey): a store signed by any other key (a
// rewrite under a fresh key, another copy) blocks signing as soon as the console opens it.
void TestSignInAnchor::storeSignedByAnotherKeyThanThePinnedIsRefused() {
    QString otherKey, ownKey;
    {
        const QString other = m_gui.dir().filePath(QStringLiteral("other/audit.sqlite"));
        auto store =
            AuditStore::open(other, AuditStore::defaultKeyPath(other), SystemClock::instance());
        QVERIFY(store.ok());
        otherKey = store.value()->verifier().toString();
        const QString own = AuditStore::defaultStorePath(m_gui.root());
        auto mine = AuditStore::open(own, AuditStore::defaultKeyPath(own), SystemClock::instance());
        QVERIFY(mine.ok());
        ownKey = mine.value()->verifier().toString();
    }
    const QString controlsPath = Workspace::controlsPath(m_gui.root());
    const auto pin = [&](const QString& vkey) {
        QFile f(controlsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject controls = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        controls.insert(QStringLiteral("audit"), QJsonObject{{QStringLiteral("store_vkey"), vkey}});
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(controls).toJson());
    };

    pin(ownKey);
    openWindow();
    QVERIFY(m_gui.window()->services().signingBlocked.isEmpty());
    m_gui.closeWindow();

    pin(otherKey);
    openWindow();
    const QString why = m_gui.window()->services().signingBlocked;
    QVERIFY2(why.contains(QStringLiteral("controls.json pins")), qPrintable(why));
    QVERIFY2(why.contains(NoteVerifier::parse(otherKey)->keyIdText()), qPrintable(why));
    QVERIFY(DialogHooks::lastInformation().contains(QStringLiteral("Signing is refused")));
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    QCOMPARE(m_gui.window()->services().signingBlocked, why);  // signing in does not lift it
}

QTEST_MAIN(TestSignInAnchor)
#include "TestSignInAnchor.moc"
