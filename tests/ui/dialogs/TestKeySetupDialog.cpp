#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include "TempDir.h"
#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"
#include "ui/operator/KeySetupDialog.h"

using namespace countersign;
using namespace countersign::ui;

class TestKeySetupDialog : public QObject {
    Q_OBJECT
    test::TempDir m_dir;

    template <typename T>
    static T* child(QWidget* w, const char* name) {
        T* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no widget %s", name);
        return c;
    }

private slots:
    void generatesKeyAndShowsPublicKey() {
        KeySetupDialog dialog(QStringLiteral("r.ahmed"));
        dialog.show();
        const QString path = m_dir.filePath(QStringLiteral("keys/r.ahmed.key"));
        child<QLineEdit>(&dialog, "keyFileEdit")->setText(path);
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"),
                         QStringLiteral("a long passphrase"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"),
                         QStringLiteral("a long passphrase"));
        QSignalSpy generated(&dialog, &KeySetupDialog::keyGenerated);
        QTest::mouseClick(child<QPushButton>(&dialog, "generateButton"), Qt::LeftButton);
        QVERIFY(generated.wait(20000));
        // The passphrase fields were emptied.
        QVERIFY(child<QLineEdit>(&dialog, "passphraseEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "repeatEdit")->text().isEmpty());
        const QString pem = child<QPlainTextEdit>(&dialog, "publicKeyView")->toPlainText();
        auto pub = PublicKey::fromPem(pem);
        QVERIFY(pub);
        QCOMPARE(pub->keyId(), dialog.keyId());
        QCOMPARE(child<QLineEdit>(&dialog, "keyIdEdit")->text(), dialog.keyId());
        QCOMPARE(generated.at(0).at(0).toString(), path);
        // The file opens with the passphrase and holds the key shown.
        auto key =
            OperatorKey::loadEncrypted(path, SecretBytes(QByteArrayView("a long passphrase")));
        QVERIFY(key);
        QCOMPARE(key->keyId(), dialog.keyId());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QTest::mouseClick(child<QPushButton>(&dialog, "copyPublicKeyButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), pem);
        if (!qEnvironmentVariableIsEmpty("COUNTERSIGN_SCREENSHOTS")) {
            QTest::qWait(50);  // let the layout settle before the picture
            dialog.grab().save(qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS") +
                               QStringLiteral("/key-setup.png"));
        }

        // Change its passphrase in the other tab.
        child<QTabWidget>(&dialog, "keySetupTabs")->setCurrentIndex(1);
        child<QLineEdit>(&dialog, "changeFileEdit")->setText(path);
        QTest::keyClicks(child<QLineEdit>(&dialog, "currentPassphraseEdit"),
                         QStringLiteral("a long passphrase"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPassphraseEdit"),
                         QStringLiteral("another passphrase"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "newRepeatEdit"),
                         QStringLiteral("another passphrase"));
        QSignalSpy changed(&dialog, &KeySetupDialog::passphraseChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "changePassphraseButton"), Qt::LeftButton);
        QVERIFY(changed.wait(20000));
        QVERIFY(
            OperatorKey::loadEncrypted(path, SecretBytes(QByteArrayView("another passphrase"))));
    }

    void refusesMismatchWeakAndExisting() {
        KeySetupDialog dialog(QStringLiteral("o.lead"));
        auto* status = child<QLabel>(&dialog, "statusLabel");
        const QString existing = m_dir.write(QStringLiteral("existing.key"), "x");
        child<QLineEdit>(&dialog, "keyFileEdit")
            ->setText(m_dir.filePath(QStringLiteral("new.key")));
        child<QLineEdit>(&dialog, "passphraseEdit")->setText(QStringLiteral("one passphrase"));
        child<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("another phrase"));
        child<QPushButton>(&dialog, "generateButton")->click();
        QVERIFY(status->text().contains(QStringLiteral("differ")));
        child<QLineEdit>(&dialog, "passphraseEdit")->setText(QStringLiteral("short"));
        child<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("short"));
        child<QPushButton>(&dialog, "generateButton")->click();
        QVERIFY(status->text().contains(QStringLiteral("too short")));
        child<QLineEdit>(&dialog, "keyFileEdit")->setText(existing);
        child<QLineEdit>(&dialog, "passphraseEdit")->setText(QStringLiteral("long enough phrase"));
        child<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("long enough phrase"));
        child<QPushButton>(&dialog, "generateButton")->click();
        QVERIFY(status->text().contains(QStringLiteral("exists already")));
        QVERIFY(!dialog.busy());
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("x"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new.key"))));
    }

    void wrongCurrentPassphraseIsReported() {
        const QString path = m_dir.filePath(QStringLiteral("k.key"));
        QVERIFY(OperatorKey::generate()
                    ->saveEncrypted(path, SecretBytes(QByteArrayView("the right one")))
                    .ok());
        KeySetupDialog dialog(QStringLiteral("o.lead"));
        child<QLineEdit>(&dialog, "changeFileEdit")->setText(path);
        child<QLineEdit>(&dialog, "currentPassphraseEdit")
            ->setText(QStringLiteral("the wrong one"));
        child<QLineEdit>(&dialog, "newPassphraseEdit")->setText(QStringLiteral("brand new phrase"));
        child<QLineEdit>(&dialog, "newRepeatEdit")->setText(QStringLiteral("brand new phrase"));
        QSignalSpy done(&dialog, &KeySetupDialog::finishedWork);
        child<QPushButton>(&dialog, "changePassphraseButton")->click();
        QVERIFY(done.wait(20000));
        const QString text = child<QLabel>(&dialog, "statusLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("wrong passphrase")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("the wrong one")));
        QVERIFY(OperatorKey::loadEncrypted(path, SecretBytes(QByteArrayView("the right one"))));
    }
};

QTEST_MAIN(TestKeySetupDialog)
#include "TestKeySetupDialog.moc"
