#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include "RosterKeys.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "signoff/SignOffSigner.h"
#include "ui/signoff/SignOffListView.h"
#include "ui/signoff/SignOffVerdictModel.h"
#include "ui/signoff/SignOffsDialog.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestSignOffListView : public QObject {
    Q_OBJECT
    test::TempDir m_dir;

private slots:
    void showsVerdictAndReasonPerSignOff() {
        const QString ws = m_dir.filePath(QStringLiteral("ws"));
        QVERIFY(test::copyTree(test::testDataDir() + QStringLiteral("/workspace/base"), ws));
        const QString keyFile = m_dir.filePath(QStringLiteral("k.key"));
        QVERIFY(!test::installOperatorKey(ws, QStringLiteral("r.ahmed"), keyFile,
                                          "list view passphrase")
                     .isEmpty());
        auto workspace = Workspace::open(ws);
        QVERIFY(workspace);
        const Bundle bundle = *workspace->findBundle(QStringLiteral("fraud-detection@2026.11.0"));
        FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(5, 0), Qt::UTC));
        SignOffRequest r{QStringLiteral("r.ahmed"),
                         QStringLiteral("risk"),
                         {},
                         QStringLiteral("approve"),
                         {},
                         {},
                         {}};
        auto s = SignOffSigner::statement(bundle, workspace->roster(), r,
                                          {QStringLiteral("o"), 0, QByteArray(32, '\0')}, clock);
        QVERIFY(s);
        auto env = SignOffSigner::unlockAndSign(
            *s, keyFile, SecretBytes(QByteArrayView("list view passphrase")));
        QVERIFY(env);
        QDir(bundle.dir).mkpath(QStringLiteral("approvals"));
        QFile good(bundle.dir + QStringLiteral("/approvals/a-good.dsse.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(env->toBytes());
        good.close();
        QFile bad(bundle.dir + QStringLiteral("/approvals/b-bad.dsse.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not json");
        bad.close();

        SignOffListView view;
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy verified(&view, &SignOffListView::verified);
        view.verify(bundle, workspace->roster());
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.at(0).at(0).toInt(), 1);
        QCOMPARE(verified.at(0).at(1).toInt(), 1);
        auto* model = view.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, SignOffVerdictModel::Verdict).data().toString(),
                 QStringLiteral("Valid"));
        QCOMPARE(model->index(0, SignOffVerdictModel::Operator).data().toString(),
                 QStringLiteral("r.ahmed"));
        QVERIFY(!model->index(0, SignOffVerdictModel::Verdict).data(Qt::DecorationRole).isNull());
        QCOMPARE(model->index(1, SignOffVerdictModel::Verdict).data().toString(),
                 QStringLiteral("Invalid"));
        QVERIFY(model->index(1, SignOffVerdictModel::Reason)
                    .data()
                    .toString()
                    .contains(QStringLiteral("malformed")));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("signOffSummary"))
                    ->text()
                    .contains(QStringLiteral("1 valid")));
    }
};

QTEST_MAIN(TestSignOffListView)
#include "TestSignOffListView.moc"
