// Key setup and sign-offs from the main window's menus (issue 4), driven by action names:
// an operator creates a key, the roster takes its public key, a sign-off refused by the
// runbook (a missing gate, separation of duties) is named and recorded, an allowed one is
// signed through the signing dialog, and the bundle's sign-offs verify.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "GuiSession.h"
#include "SignOffWait.h"
#include "WorkflowSetup.h"
#include "audit/AuditStore.h"
#include "pipeline/GateSuite.h"
#include "ui/navigator/Navigator.h"
#include "ui/operator/KeySetupDialog.h"
#include "ui/signoff/SignOffChoiceDialog.h"
#include "ui/signoff/SignOffController.h"
#include "ui/signoff/SignOffListView.h"
#include "ui/signoff/SignOffVerdictModel.h"
#include "ui/signoff/SignOffsDialog.h"
#include "ui/signoff/SigningDialog.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery");
const QString kModel = QStringLiteral("fraud-detection");
const QString kVersion = QStringLiteral("2026.11.0");
}  // namespace

class TestSignOffActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsSayWhyTheyAreDisabled();
    void keySetupSignOffAndVerifyThroughTheMenus();
    void separationOfDutiesRefusesTheOwner();
    void aRequestOvertakenBySigningOutIsDropped();
    void inconsistentStoreBlocksSigning();

private:
    void openWindow();
    // m.owner, the bundle's model owner and also a Risk Officer, signed in on that bundle.
    void signInTheOwnerOnTheirBundle();
    QAction* action(const char* name) const {
        return m_gui.window()->findChild<QAction*>(QLatin1String(name));
    }
    template <typename T>
    T* dialog() const {
        for (T* d : m_gui.window()->findChildren<T*>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    void setRoster(const QString& id, const QString& publicKeyPem, const QStringList& roles);
    QString generateKey(const QString& operatorId);
    // Bundle → Sign Off…, the choice made and accepted; then, unless told not to, waits until
    // the sign-off is prepared (its records are read on the pool).
    void choose(const QString& step, const QString& decision, const QString& justification,
                bool waitForPreparation = true);
    QJsonObject lastRecord() const;

    test::GuiSession m_gui;
};

void TestSignOffActions::initTestCase() {
    // Never the tester's own keys: each test points the config location at its folder.
    QStandardPaths::setTestModeEnabled(false);
}

void TestSignOffActions::init() {
    const QString made = m_gui.setUp();
    QVERIFY2(made.isEmpty(), qPrintable(made));
    // Operator keys live under the config location: keep them in this test's folder.
    qputenv("XDG_CONFIG_HOME", m_gui.dir().filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(OperatorKey::defaultPath(QStringLiteral("r.ahmed")).startsWith(m_gui.dir().path()));
}

void TestSignOffActions::cleanup() {
    m_gui.tearDown();
}

void TestSignOffActions::openWindow() {
    const QString opened = m_gui.openWindow();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(m_gui.window()->services().audit);
}

void TestSignOffActions::setRoster(const QString& id, const QString& publicKeyPem,
                                   const QStringList& roles) {
    const QString path = QDir(m_gui.root()).filePath(QStringLiteral("config/ml/operators.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray ops = doc.value(QStringLiteral("operators")).toArray();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        QJsonObject o = ops.at(i).toObject();
        if (o.value(QStringLiteral("id")).toString() != id)
            continue;
        if (!publicKeyPem.isEmpty())
            o.insert(QStringLiteral("public_key"), publicKeyPem);
        if (!roles.isEmpty())
            o.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
        ops.replace(i, o);
    }
    doc.insert(QStringLiteral("operators"), ops);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(doc).toJson());
}

// File → Key Setup… for the signed-in operator; returns the public key PEM.
QString TestSignOffActions::generateKey(const QString& operatorId) {
    QAction* keySetup = action("actionKeySetup");
    if (!keySetup || !keySetup->isEnabled())
        return {};
    keySetup->trigger();
    auto* d = dialog<KeySetupDialog>();
    if (!d)
        return {};
    auto* file = d->findChild<QLineEdit*>(QStringLiteral("keyFileEdit"));
    if (file->text() != OperatorKey::defaultPath(operatorId))
        return {};
    d->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(kPassphrase);
    d->findChild<QLineEdit*>(QStringLiteral("repeatEdit"))->setText(kPassphrase);
    QSignalSpy generated(d, &KeySetupDialog::keyGenerated);
    d->findChild<QPushButton*>(QStringLiteral("generateButton"))->click();
    if (!generated.wait(30000))
        return {};
    const QString pem = d->publicKeyPem();
    d->close();
    return pem;
}

// Bundle → Sign Off…: fills and accepts the choice dialog.
void TestSignOffActions::choose(const QString& step, const QString& decision,
                                const QString& justification, bool waitForPreparation) {
    QAction* signOff = action("actionSignOff");
    QVERIFY(signOff);
    QVERIFY2(signOff->isEnabled(), qPrintable(signOff->toolTip()));
    signOff->trigger();
    auto* d = dialog<SignOffChoiceDialog>();
    QVERIFY(d);
    auto* steps = d->findChild<QComboBox*>(QStringLiteral("signOffStepCombo"));
    const int s = steps->findData(step);
    QVERIFY2(s >= 0, qPrintable(step));
    steps->setCurrentIndex(s);
    auto* decisions = d->findChild<QComboBox*>(QStringLiteral("signOffDecisionCombo"));
    decisions->setCurrentIndex(decisions->findData(decision));
    d->findChild<QPlainTextEdit*>(QStringLiteral("signOffJustificationEdit"))
        ->setPlainText(justification);
    auto* ok = d->findChild<QPushButton*>(QStringLiteral("signOffChoiceOk"));
    QVERIFY(ok->isEnabled());
    ok->click();
    if (waitForPreparation)
        COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
}

QJsonObject TestSignOffActions::lastRecord() const {
    AuditStore* store = m_gui.window()->services().audit;
    auto rec = store->record(store->size() - 1);
    return rec ? QJsonDocument::fromJson(rec->bytes).object() : QJsonObject{};
}

void TestSignOffActions::actionsSayWhyTheyAreDisabled() {
    openWindow();
    m_gui.window()->signOut();
    QVERIFY(!action("actionKeySetup")->isEnabled());
    QVERIFY(action("actionKeySetup")->toolTip().contains(QStringLiteral("Sign in")));
    QVERIFY(!action("actionSignOff")->isEnabled());
    QVERIFY(action("actionSignOff")->toolTip().contains(QStringLiteral("sign in")));
    QVERIFY(m_gui.window()->navigator()->select(kModel, kVersion));
    QVERIFY(action("actionVerifySignOffs")->isEnabled());
    // The model owner holds no signing role: nothing to sign.
    QVERIFY(m_gui.signIn(QStringLiteral("m.owner")));
    QVERIFY(!action("actionSignOff")->isEnabled());
    QVERIFY(action("actionSignOff")->toolTip().contains(QStringLiteral("m.owner")));
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    QVERIFY(action("actionSignOff")->isEnabled());
    QVERIFY(action("actionKeySetup")->isEnabled());
}

void TestSignOffActions::keySetupSignOffAndVerifyThroughTheMenus() {
    openWindow();
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    const QString pem = generateKey(QStringLiteral("r.ahmed"));
    QVERIFY(pem.startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
    QVERIFY(QFile::exists(OperatorKey::defaultPath(QStringLiteral("r.ahmed"))));
    // The roster takes the new public key; the workspace is reloaded.
    setRoster(QStringLiteral("r.ahmed"), pem, {});
    action("actionReloadWorkspace")->trigger();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QVERIFY(m_gui.window()->navigator()->select(kModel, kVersion));
    QCOMPARE(m_gui.window()->workspace()->roster().find(QStringLiteral("r.ahmed"))->publicKeyPem,
             pem);
    // The key r.ahmed signed in with is no longer the roster's: signed out, until the new key
    // proves it.
    QVERIFY(m_gui.window()->signedInOperator().isEmpty());
    QVERIFY(!m_gui.signIn(QStringLiteral("r.ahmed")));
    QVERIFY(m_gui.window()->signIn(QStringLiteral("r.ahmed"), kPassphrase,
                                   OperatorKey::defaultPath(QStringLiteral("r.ahmed"))));

    // Approving the risk review before the bias gate ran: refused by name, and recorded.
    const qint64 before = m_gui.window()->services().audit->size();
    choose(QStringLiteral("risk"), QStringLiteral("approve"), {});
    QVERIFY(!dialog<SigningDialog>());
    QVERIFY2(DialogHooks::lastInformation().contains(QStringLiteral("bias")),
             qPrintable(DialogHooks::lastInformation()));
    QVERIFY(DialogHooks::lastInformation().contains(QStringLiteral("recorded")));
    QCOMPARE(m_gui.window()->services().audit->size(), before + 1);
    QVERIFY(
        lastRecord().value(QStringLiteral("action")).toString().contains(QStringLiteral("refus")));

    // The pipeline runs the gates (recorded); rejecting then needs no passing gate: the
    // signing dialog shows the decision, the passphrase signs it.
    // The pipeline runs the gates and signs its report (recorded): a pipeline operator with
    // its key joins the roster, and the workspace is reloaded.
    OperatorKey pipelineKey;
    const QString added = test::addOperator(m_gui.root(), test::testPipelineOperator(),
                                            {Role::pipeline()}, &pipelineKey);
    QVERIFY2(added.isEmpty(), qPrintable(added));
    action("actionReloadWorkspace")->trigger();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QVERIFY(m_gui.window()->navigator()->select(kModel, kVersion));
    auto bundle = m_gui.window()->workspace()->findBundle(kModel + QLatin1Char('@') + kVersion);
    QVERIFY(bundle.ok());
    const QList<GateResult> gates =
        GateSuite::run(*m_gui.window()->workspace(), bundle.value(), SystemClock::instance());
    const QString recorded =
        test::recordSignedGates(*m_gui.window()->services().audit, bundle.value(), gates,
                                pipelineKey, test::testPipelineOperator());
    QVERIFY2(recorded.isEmpty(), qPrintable(recorded));
    choose(QStringLiteral("risk"), QStringLiteral("reject"),
           QStringLiteral("the bias evaluation is missing"));
    auto* signing = dialog<SigningDialog>();
    QVERIFY2(signing, qPrintable(DialogHooks::lastInformation()));
    QVERIFY(signing->isModal() || signing->windowModality() != Qt::NonModal);
    signing->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(kPassphrase);
    QSignalSpy finished(signing, &SigningDialog::finishedSigning);
    signing->findChild<QPushButton*>(QStringLiteral("signButton"))->click();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QVERIFY(finished.wait(30000));
    QVERIFY(signing->outcome());
    QVERIFY2(signing->outcome()->ok(),
             signing->outcome()->ok() ? "" : qPrintable(signing->outcome()->error().toString()));
    QVERIFY(signing->outcome()->value().signOff);
    const SignOff made = *signing->outcome()->value().signOff;
    QVERIFY(QFile::exists(made.path));
    QVERIFY(made.path.contains(QStringLiteral("approvals")));
    QCOMPARE(made.statement.decision, QStringLiteral("reject"));
    QCOMPARE(made.auditSequence, m_gui.window()->services().audit->size() - 1);

    // Bundle → Verify Sign-offs…: the new sign-off verifies against the roster.
    action("actionVerifySignOffs")->trigger();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    auto* list = dialog<SignOffsDialog>();
    QVERIFY(list);
    SignOffVerdictModel* model = list->listView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    bool found = false;
    for (const SignOffVerdict& v : model->verdicts())
        if (QFileInfo(v.file).fileName() == QFileInfo(made.path).fileName()) {
            found = true;
            QVERIFY2(v.valid(), qPrintable(v.reason));
        }
    QVERIFY(found);
}

void TestSignOffActions::signInTheOwnerOnTheirBundle() {
    setRoster(QStringLiteral("m.owner"), {},
              {QStringLiteral("model_owner"), QStringLiteral("risk_officer")});
    openWindow();
    QVERIFY(m_gui.window()->navigator()->select(kModel, kVersion));
    QVERIFY(m_gui.signIn(QStringLiteral("m.owner")));
}

void TestSignOffActions::separationOfDutiesRefusesTheOwner() {
    // The model owner is also a Risk Officer: still not on their own bundle.
    signInTheOwnerOnTheirBundle();
    const qint64 before = m_gui.window()->services().audit->size();
    choose(QStringLiteral("risk"), QStringLiteral("reject"), QStringLiteral("not mine to sign"));
    QVERIFY(!dialog<SigningDialog>());
    const QString warning = DialogHooks::lastInformation();
    QVERIFY2(warning.contains(QStringLiteral("owner")), qPrintable(warning));
    QCOMPARE(m_gui.window()->services().audit->size(), before + 1);
    QVERIFY(QJsonDocument(lastRecord()).toJson().contains("sod.owner"));
}

void TestSignOffActions::aRequestOvertakenBySigningOutIsDropped() {
    // The bundle's records are read on the pool; an operator who signs out meanwhile gets no
    // dialog and no recorded refusal in their name (this request would be refused: the owner).
    signInTheOwnerOnTheirBundle();
    const qint64 before = m_gui.window()->services().audit->size();
    const QString shownBefore = DialogHooks::lastInformation();
    choose(QStringLiteral("risk"), QStringLiteral("reject"), QStringLiteral("not mine to sign"),
           false);
    QCOMPARE(SignOffController::preparing(), 1);  // the dialog waits for the records
    m_gui.window()->signOut();
    COUNTERSIGN_WAIT_FOR_SIGN_OFFS();
    QVERIFY(!dialog<SigningDialog>());
    QCOMPARE(DialogHooks::lastInformation(), shownBefore);  // no refusal reported
    QCOMPARE(m_gui.window()->services().audit->size(), before);
}

void TestSignOffActions::inconsistentStoreBlocksSigning() {
    openWindow();
    QVERIFY(m_gui.window()->navigator()->select(kModel, kVersion));
    m_gui.window()->services().signingBlocked = QStringLiteral("the store was rewritten");
    QVERIFY(m_gui.signIn(QStringLiteral("r.ahmed")));
    QVERIFY(!action("actionSignOff")->isEnabled());
    QVERIFY(action("actionSignOff")->toolTip().contains(QStringLiteral("rewritten")));
}

QTEST_MAIN(TestSignOffActions)
#include "TestSignOffActions.moc"
