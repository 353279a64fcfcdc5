// Signing in proves identity: choosing an operator in the Signed in control opens the sign-in
// dialog; the key must unlock with the passphrase, be the roster's key and sign a challenge
// that verifies. A wrong passphrase, a key that is not the roster's or an unknown operator
// leaves nobody signed in, says why and is recorded as signin.refused.
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include "GuiSession.h"
#include "GuiWorkspace.h"
#include "audit/AuditActions.h"
#include "audit/AuditStore.h"
#include "crypto/OperatorKey.h"
#include "signoff/SignInProof.h"
#include "ui/operator/SignInDialog.h"
#include "ui/pane/Pane.h"
#include "ui/pane/PaneContext.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"

using namespace countersign;
using namespace countersign::ui;

class TestSignInProof : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theDialogAsksAndProves();
    void aKeyThatIsNotTheRostersIsRefused();
    void programmaticSignInGoesThroughTheSameProof();
    void switchingOperatorsSignsOutFirst();

private:
    void openWindow();
    QComboBox* selector() const {
        return m_gui.window()->findChild<QComboBox*>(QStringLiteral("operatorSelector"));
    }
    SignInDialog* dialog() const {
        for (SignInDialog* d : m_gui.window()->findChildren<SignInDialog*>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    // The last record of the store as JSON.
    QJsonObject lastRecord() const;
    void expectRefusalRecorded(qint64 before, const QString& operatorId, const QString& code);

    test::GuiSession m_gui;
};

void TestSignInProof::init() {
    const QString made = m_gui.setUp();
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestSignInProof::cleanup() {
    SignInDialog::clearNextAnswer();
    m_gui.tearDown();
}

void TestSignInProof::openWindow() {
    const QString opened = m_gui.openWindow();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(m_gui.window()->services().audit);
}

QJsonObject TestSignInProof::lastRecord() const {
    AuditStore* store = m_gui.window()->services().audit;
    auto rec = store->record(store->size() - 1);
    return rec ? QJsonDocument::fromJson(rec->bytes).object() : QJsonObject{};
}

void TestSignInProof::expectRefusalRecorded(qint64 before, const QString& operatorId,
                                            const QString& code) {
    QCOMPARE(m_gui.window()->services().audit->size(), before + 1);
    const QJsonObject r = lastRecord();
    QCOMPARE(r.value(QStringLiteral("action")).toString(), AuditActions::signInRefused.id());
    QCOMPARE(r.value(QStringLiteral("actor")).toString(), QStringLiteral("countersign"));
    QCOMPARE(r.value(QStringLiteral("subject")).toString(), operatorId);
    const QJsonObject payload = r.value(QStringLiteral("payload")).toObject();
    QCOMPARE(payload.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!payload.value(QStringLiteral("message")).toString().isEmpty());
}

void TestSignInProof::theDialogAsksAndProves() {
    openWindow();
    const QString id = QStringLiteral("r.ahmed");
    const int index = selector()->findData(id);
    QVERIFY(index > 0);
    selector()->setCurrentIndex(index);
    emit selector()->activated(index);
    // Choosing asks; nobody is signed in meanwhile.
    SignInDialog* d = dialog();
    QVERIFY(d);
    QVERIFY(m_gui.window()->signedInOperator().isEmpty());
    QCOMPARE(selector()->currentIndex(), 0);
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("signInOperatorLabel"))->text().contains(id));
    d->findChild<QLineEdit*>(QStringLiteral("keyFileEdit"))
        ->setText(test::guiKeyFile(m_gui.root(), id));

    // A wrong passphrase: refused in the dialog, recorded, nobody signed in.
    const qint64 before = m_gui.window()->services().audit->size();
    d->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("wrong"));
    QSignalSpy recorded(d, &SignInDialog::refusalRecorded);
    d->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    QVERIFY(recorded.wait(30000));
    auto* status = d->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("signin.key_unlock")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("passphrase")), qPrintable(status->text()));
    QVERIFY(m_gui.window()->signedInOperator().isEmpty());
    expectRefusalRecorded(before, id, QStringLiteral("signin.key_unlock"));
    QVERIFY(!lastRecord()
                 .value(QStringLiteral("payload"))
                 .toObject()
                 .contains(QStringLiteral("passphrase")));

    // The right one: signed in, the dialog gone, the panes see the operator.
    QSignalSpy proved(d, &SignInDialog::proved);
    d->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(test::guiPassphrase(id));
    d->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    QVERIFY(proved.wait(30000));
    QCOMPARE(m_gui.window()->signedInOperator(), id);
    QCOMPARE(selector()->currentData().toString(), id);
    QVERIFY(m_gui.window()->paneList().first()->context().op);
    QCOMPARE(m_gui.window()->paneList().first()->context().op->id, id);
    QTRY_VERIFY(!dialog());
    // Nothing more was recorded for the successful sign-in.
    QCOMPARE(m_gui.window()->services().audit->size(), before + 1);
}

void TestSignInProof::aKeyThatIsNotTheRostersIsRefused() {
    openWindow();
    // A key file of the right format, under the right passphrase, but not r.ahmed's roster key.
    const QString other = m_gui.dir().filePath(QStringLiteral("other.key.pem"));
    auto key = OperatorKey::generate();
    QVERIFY(key.ok());
    QVERIFY(key->saveEncrypted(other, SecretBytes(QByteArrayLiteral("another passphrase"))).ok());
    const qint64 before = m_gui.window()->services().audit->size();
    QVERIFY(!m_gui.window()->signIn(QStringLiteral("r.ahmed"), QStringLiteral("another passphrase"),
                                    other));
    QVERIFY(m_gui.window()->signedInOperator().isEmpty());
    QVERIFY(!m_gui.window()->paneList().first()->context().op);
    QVERIFY2(DialogHooks::lastInformation().contains(QStringLiteral("not the roster key")),
             qPrintable(DialogHooks::lastInformation()));
    expectRefusalRecorded(before, QStringLiteral("r.ahmed"),
                          QStringLiteral("signin.key_not_roster"));
    // Another operator's own key is not r.ahmed's either.
    QVERIFY(!m_gui.window()->signIn(QStringLiteral("r.ahmed"),
                                    test::guiPassphrase(QStringLiteral("o.lead")),
                                    test::guiKeyFile(m_gui.root(), QStringLiteral("o.lead"))));
    expectRefusalRecorded(before + 1, QStringLiteral("r.ahmed"),
                          QStringLiteral("signin.key_not_roster"));
}

void TestSignInProof::programmaticSignInGoesThroughTheSameProof() {
    openWindow();
    const qint64 before = m_gui.window()->services().audit->size();
    QVERIFY(!m_gui.window()->signIn(QStringLiteral("r.ahmed"), QStringLiteral("not it"),
                                    test::guiKeyFile(m_gui.root(), QStringLiteral("r.ahmed"))));
    QVERIFY(m_gui.window()->signedInOperator().isEmpty());
    QVERIFY(DialogHooks::lastInformation().contains(QStringLiteral("signin.key_unlock")));
    expectRefusalRecorded(before, QStringLiteral("r.ahmed"), QStringLiteral("signin.key_unlock"));
    QVERIFY(!m_gui.window()->signIn(QStringLiteral("nobody.on.roster"), QStringLiteral("x")));
    expectRefusalRecorded(before + 1, QStringLiteral("nobody.on.roster"),
                          QStringLiteral("signin.unknown_operator"));
    QVERIFY(!m_gui.window()->signIn(QStringLiteral("r.ahmed"), QString(),
                                    test::guiKeyFile(m_gui.root(), QStringLiteral("r.ahmed"))));
    expectRefusalRecorded(before + 2, QStringLiteral("r.ahmed"),
                          QStringLiteral("signin.no_passphrase"));
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    QCOMPARE(m_gui.window()->signedInOperator(), QStringLiteral("r.ahmed"));
    QCOMPARE(m_gui.window()->services().audit->size(), before + 3);
}

void TestSignInProof::switchingOperatorsSignsOutFirst() {
    openWindow();
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    // Choosing o.lead and failing the proof leaves nobody signed in, not r.ahmed.
    QVERIFY(!m_gui.window()->signIn(QStringLiteral("o.lead"), QStringLiteral("wrong passphrase"),
                                    test::guiKeyFile(m_gui.root(), QStringLiteral("o.lead"))));
    QVERIFY(m_gui.window()->signedInOperator().isEmpty());
    QCOMPARE(selector()->currentIndex(), 0);
    // Cancelling the dialog does the same, and records nothing.
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    const qint64 before = m_gui.window()->services().audit->size();
    SignInDialog::setNextCancel();
    const int index = selector()->findData(QStringLiteral("o.lead"));
    selector()->setCurrentIndex(index);
    emit selector()->activated(index);
    QVERIFY(m_gui.window()->signedInOperator().isEmpty());
    QCOMPARE(selector()->currentIndex(), 0);
    QCOMPARE(m_gui.window()->services().audit->size(), before);
}

QTEST_MAIN(TestSignInProof)
#include "TestSignInProof.moc"
