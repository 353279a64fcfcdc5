#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include "RosterKeys.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "audit/AuditStore.h"
#include "signoff/SignOffVerifier.h"
#include "ui/signoff/SignOffSignable.h"
#include "ui/signoff/SigningDialog.h"
#include "workflow/SignOffFlow.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

// SigningDialog::open() with a test answer set: done runs before open() returns.
Result<Signed> signNow(std::shared_ptr<Signable> signable, const SigningServices& services) {
    std::optional<Result<Signed>> made;
    SigningDialog::open(nullptr, std::move(signable), services, qApp,
                        [&made](const Result<Signed>& r) { made = r; });
    return made ? *made : Result<Signed>(Error::internal(QStringLiteral("no answer was given")));
}

class TestSigningDialog : public QObject {
    Q_OBJECT
    test::TempDir m_dir;
    QString m_ws, m_key;
    std::optional<Workspace> m_workspace;
    std::unique_ptr<AuditStore> m_store;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(4, 5, 6), Qt::UTC)};

    // A preview as SignOffFlow::prepare makes it, with made-up gate results (the dialog's unit).
    SignOffPreview request(const QString& decision = QStringLiteral("override")) const {
        const Bundle bundle = *m_workspace->findBundle(QStringLiteral("fraud-detection@2026.11.0"));
        GateResult bias;
        bias.gate = QStringLiteral("bias");
        bias.status = Verdict::Fail;
        bias.summary = QStringLiteral("gap 2.6 % on gender ≥ 2 %");
        bias.bundleDigest = bundle.digest;
        GateResult drift;
        drift.gate = QStringLiteral("drift");
        drift.status = Verdict::Pass;
        drift.summary = QStringLiteral("max PSI 0.04");
        drift.bundleDigest = bundle.digest;
        SignOffPreview preview;
        preview.bundle = bundle;
        preview.request = {
            QStringLiteral("r.ahmed"),
            QStringLiteral("risk"),
            QStringLiteral("risk_officer"),
            decision,
            QStringLiteral("Gap driven by a 40-row group; accepted until the December retrain."),
            QStringLiteral("CR-2026-11-014"),
            {bias, drift}};
        return preview;
    }
    SigningDialog::Services services(const QString& op = QStringLiteral("r.ahmed")) const {
        return {&*m_workspace, &m_workspace->roster(), m_store.get(), &m_clock, op, m_key, {}};
    }

private slots:
    void initTestCase() {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QVERIFY(test::copyTree(test::testDataDir() + QStringLiteral("/workspace/base"), m_ws));
        m_key = m_dir.filePath(QStringLiteral("r.ahmed.key"));
        QVERIFY(
            !test::installOperatorKey(m_ws, QStringLiteral("r.ahmed"), m_key, "dialog passphrase")
                 .isEmpty());
        auto ws = Workspace::open(m_ws);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        m_workspace = *ws;
        const QString db = m_dir.filePath(QStringLiteral("audit.sqlite"));
        auto store = AuditStore::open(db, AuditStore::defaultKeyPath(db), m_clock);
        QVERIFY(store);
        m_store = std::move(store.value());
    }
    void cleanup() { SigningDialog::clearNextAnswer(); }

    void showsWhatIsSigned() {
        SigningDialog dialog(std::make_shared<SignOffSignable>(request()), services());
        dialog.show();
        const QString summary = [&] {
            QString all;
            const auto labels = dialog.findChild<QWidget*>(QStringLiteral("signingSummary"))
                                    ->findChildren<QLabel*>();
            for (const QLabel* l : labels) all += l->text() + QLatin1Char('\n');
            return all;
        }();
        QVERIFY(summary.contains(QStringLiteral("fraud-detection@2026.11.0")));
        QVERIFY(summary.contains(request().bundle.digest));
        QVERIFY(summary.contains(QStringLiteral("Override")));
        QVERIFY(summary.contains(QStringLiteral("CR-2026-11-014")));
        QVERIFY(summary.contains(QStringLiteral("risk_officer")));
        auto* gates = dialog.findChild<QTreeWidget*>(QStringLiteral("gateResultsView"));
        QCOMPARE(gates->topLevelItemCount(), 2);
        QCOMPARE(gates->topLevelItem(0)->text(1), QStringLiteral("Fail"));
        QCOMPARE(gates->topLevelItem(0)->toolTip(3), request().request.gateResults.at(0).digest());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("signButton"))->isEnabled());
        if (!qEnvironmentVariableIsEmpty("COUNTERSIGN_SCREENSHOTS")) {
            QTest::qWait(50);
            dialog.grab().save(qEnvironmentVariable("COUNTERSIGN_SCREENSHOTS") +
                               QStringLiteral("/signing.png"));
        }
    }

    void signsThroughTheHook() {
        SigningDialog::setNextAnswer(QStringLiteral("dialog passphrase"));
        auto made = signNow(std::make_shared<SignOffSignable>(request()), services());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QVERIFY(QFile::exists(made->path));
        QCOMPARE(made->signOff->statement.decision, QStringLiteral("override"));
        QCOMPARE(made->signOff->statement.gateResults.size(), 2);
        QCOMPARE(made->signOff->statement.signedAt, m_clock.now());
        QVERIFY(made->auditSequence >= 0);
        auto rec = m_store->record(made->auditSequence);
        QVERIFY(rec);
        QCOMPARE(rec->action, QStringLiteral("signoff.recorded"));
        const SignOffVerdict v =
            SignOffVerifier(m_workspace->roster()).verifyFile(made->path, request().bundle);
        QVERIFY2(v.valid(), qPrintable(v.reason));
        QFile::remove(made->path);
    }

    void wrongPassphraseIsReported() {
        const qint64 before = m_store->size();
        SigningDialog::setNextAnswer(QStringLiteral("not my passphrase"));
        auto made = signNow(std::make_shared<SignOffSignable>(request()), services());
        QVERIFY(!made);
        QVERIFY2(made.error().message.contains(QStringLiteral("wrong passphrase")),
                 qPrintable(made.error().message));
        QVERIFY(!made.error().toString().contains(QStringLiteral("not my passphrase")));
        QCOMPARE(m_store->size(), before);
    }

    void wrongPassphraseShownInDialog() {
        SigningDialog dialog(std::make_shared<SignOffSignable>(request()), services());
        dialog.show();
        QSignalSpy done(&dialog, &SigningDialog::finishedSigning);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         QStringLiteral("nope nope"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signButton")),
                          Qt::LeftButton);
        QVERIFY(done.wait(20000));
        const QString status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("wrong passphrase")), qPrintable(status));
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->text().isEmpty());
        QVERIFY(dialog.isVisible());  // the operator may try again
    }

    void cancelIsCancel() {
        SigningDialog::setNextCancel();
        auto made = signNow(std::make_shared<SignOffSignable>(request()), services());
        QVERIFY(!made);
        QVERIFY(made.error().isCancelled());
    }

    void refusalNeedsNoPassphrase() {
        // The rules refuse while preparing (SignOffFlow, recorded); the dialog then signs nothing.
        SignOffFlow flow(*m_workspace, *m_store, m_clock);
        SignOffRequest asked = request().request;
        asked.operatorId = QStringLiteral("o.lead");
        asked.gateResults.clear();
        const SignOffPreview refused = flow.prepare(request().bundle, asked);
        QVERIFY(!refused.maySign());
        SigningDialog dialog(std::make_shared<SignOffSignable>(refused),
                             services(QStringLiteral("o.lead")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("signButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("risk_officer")));
        SigningDialog::setNextAnswer(QStringLiteral("whatever"));
        auto made =
            signNow(std::make_shared<SignOffSignable>(refused), services(QStringLiteral("o.lead")));
        QVERIFY(!made);
        QVERIFY(
            made.error().message.contains(QStringLiteral("does not hold the role risk_officer")));
        asked.operatorId = QStringLiteral("m.owner");
        asked.decision = QStringLiteral("reject");
        const SignOffPreview owner = flow.prepare(request().bundle, asked);
        QVERIFY(hasCode(owner.refusals, QStringLiteral("sod.owner")));
        SigningDialog::setNextAnswer(QStringLiteral("dialog passphrase"));
        made =
            signNow(std::make_shared<SignOffSignable>(owner), services(QStringLiteral("m.owner")));
        QVERIFY(!made);
    }
};

QTEST_MAIN(TestSigningDialog)
#include "TestSigningDialog.moc"
