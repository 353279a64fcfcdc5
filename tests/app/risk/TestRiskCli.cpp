#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "Command.h"
#include "RiskFixture.h"
#include "RosterKeys.h"
#include "TempDir.h"
#include "audit/AuditFilter.h"
#include "audit/AuditStore.h"
#include "release/ReleaseDesk.h"
#include "workspace/Workspace.h"

using namespace countersign;

namespace {

struct Run {
    int code = -1;
    QString out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runCliCapture(const QStringList& args) {
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

const QString kBreastCancer =
    QStringLiteral("/usr/lib/python3/dist-packages/sklearn/datasets/data/breast_cancer.csv");

}  // namespace

class TestRiskCli : public QObject {
    Q_OBJECT
    test::TempDir* m_dir = nullptr;

private slots:
    void init() { m_dir = new test::TempDir; }
    void cleanup() { delete m_dir; }

    // The CLI's numbers against pandas/numpy on a public dataset (Debian's python3-sklearn
    // ships the Wisconsin breast cancer data; tests/data/risk/public_reference.py).
    void publicDatasetMatchesPandasAndNumpy() {
        if (!QFile::exists(kBreastCancer))
            QSKIP("python3-sklearn is not installed (packaging/install-deps.sh installs it)");
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QDir(test::testDataDir()).filePath(QStringLiteral("risk/public_reference.py")),
                  kBreastCancer, m_dir->path()});
        QVERIFY(py.waitForFinished(60000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        QFile f(m_dir->filePath(QStringLiteral("expected.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();

        const Run bias = runCliCapture(
            {QStringLiteral("--json"), QStringLiteral("bias"), QStringLiteral("--predictions"),
             m_dir->filePath(QStringLiteral("predictions.csv")), QStringLiteral("--label"),
             QStringLiteral("label"), QStringLiteral("--positive-label"),
             QStringLiteral("malignant"), QStringLiteral("--score"), QStringLiteral("score"),
             QStringLiteral("--threshold"), QStringLiteral("0.1"), QStringLiteral("--group"),
             QStringLiteral("texture"), QStringLiteral("--group"), QStringLiteral("size"),
             QStringLiteral("--min-support"), QStringLiteral("1")});
        QCOMPARE(bias.code, 1);  // both gaps >= 0.02
        const QJsonArray attrs = bias.json()[QStringLiteral("attributes")].toArray();
        QCOMPARE(attrs.size(), 2);
        int groupsChecked = 0;
        for (const QJsonValue& a : attrs) {
            const QString name = a[QStringLiteral("name")].toString();
            const QJsonObject ref = expected[QStringLiteral("bias")][name].toObject();
            QVERIFY(std::abs(a[QStringLiteral("gap")].toDouble() -
                             ref[QStringLiteral("gap")].toDouble()) < 1e-12);
            const QJsonObject refGroups = ref[QStringLiteral("groups")].toObject();
            QCOMPARE(a[QStringLiteral("groups")].toArray().size(), refGroups.size());
            for (const QJsonValue& g : a[QStringLiteral("groups")].toArray()) {
                const QJsonObject r = refGroups[g[QStringLiteral("value")].toString()].toObject();
                QVERIFY2(!r.isEmpty(), qPrintable(g[QStringLiteral("value")].toString()));
                for (const char* k : {"tp", "fp", "tn", "fn"})
                    QCOMPARE(g[QLatin1String(k)].toInt(), r[QLatin1String(k)].toInt());
                QCOMPARE(g[QStringLiteral("tpr")].toDouble(), r[QStringLiteral("tpr")].toDouble());
                ++groupsChecked;
            }
        }
        QCOMPARE(groupsChecked, 5);

        const Run drift = runCliCapture(
            {QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--baseline"),
             m_dir->filePath(QStringLiteral("baseline.csv")), QStringLiteral("--current"),
             m_dir->filePath(QStringLiteral("current.csv")), QStringLiteral("--categorical"),
             QStringLiteral("texture")});
        QVERIFY2(drift.code == 0 || drift.code == 1, qPrintable(drift.err + drift.out));
        const QJsonObject refPsi = expected[QStringLiteral("psi")].toObject();
        const QJsonArray feats = drift.json()[QStringLiteral("features")].toArray();
        QCOMPARE(feats.size(), 31);
        for (const QJsonValue& fj : feats) {
            const QString name = fj[QStringLiteral("name")].toString();
            QVERIFY2(
                std::abs(fj[QStringLiteral("psi")].toDouble() - refPsi[name].toDouble()) <= 1e-9,
                qPrintable(name));
        }
    }

    void bundleFormsFailAndRequestAHotfix() {
        const QString id = test::writeRiskWorkspace(m_dir->filePath(QStringLiteral("ws")));
        QVERIFY(!id.isEmpty());
        const QString ws = m_dir->filePath(QStringLiteral("ws"));
        const QString store = AuditStore::defaultStorePath(ws);
        const Run bias = runCliCapture({QStringLiteral("--workspace"), ws, QStringLiteral("--json"),
                                        QStringLiteral("bias"), id});
        QCOMPARE(bias.code, 1);
        const QJsonObject b = bias.json();
        QCOMPARE(b[QStringLiteral("status")].toString(), QStringLiteral("fail"));
        QVERIFY(std::abs(b[QStringLiteral("attributes")][0][QStringLiteral("gap")].toDouble() -
                         0.1) < 1e-12);
        QCOMPARE(b[QStringLiteral("attributes")][0][QStringLiteral("gap_ci")].toArray().size(), 2);
        QVERIFY(
            b[QStringLiteral("attributes")][0][QStringLiteral("groups")][2][QStringLiteral("tpr")]
                .isNull());

        const Run text =
            runCliCapture({QStringLiteral("--workspace"), ws, QStringLiteral("bias"), id});
        QCOMPARE(text.code, 1);
        QVERIFY(text.out.contains(QStringLiteral("gender: gap 0.1000")));
        QVERIFY(text.out.contains(QStringLiteral("below minimum support")));

        // The hotfix request is signed by the requester, who must be on the roster in a
        // hotfix role: an unknown operator is refused and the refusal recorded.
        const QString key = m_dir->filePath(QStringLiteral("r.ahmed.key"));
        const QString pass = m_dir->write(QStringLiteral("r.ahmed.pass"), "risk officer pass\n");
        QVERIFY(!test::installOperatorKey(ws, QStringLiteral("r.ahmed"), key, "risk officer pass")
                     .isEmpty());
        // A sign-off goes into the bundle's approvals/: only the workspace's own store records
        // it, another --store is bad input.
        const Run elsewhere =
            runCliCapture({QStringLiteral("--workspace"), ws, QStringLiteral("--store"),
                           m_dir->filePath(QStringLiteral("other.sqlite")), QStringLiteral("drift"),
                           id, QStringLiteral("--request-hotfix"), QStringLiteral("--operator"),
                           QStringLiteral("r.ahmed"), QStringLiteral("--key"), key,
                           QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(elsewhere.code, 2);
        QVERIFY2(elsewhere.err.contains(QLatin1String("workspace's own audit store")),
                 qPrintable(elsewhere.err));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("other.sqlite"))));
        const auto requestHotfix = [&](const QString& who) {
            return runCliCapture({QStringLiteral("--workspace"), ws, QStringLiteral("--json"),
                                  QStringLiteral("drift"), id, QStringLiteral("--request-hotfix"),
                                  QStringLiteral("--operator"), who, QStringLiteral("--key"), key,
                                  QStringLiteral("--passphrase-file"), pass});
        };
        const Run stranger = requestHotfix(QStringLiteral("nobody.at.all"));
        QCOMPARE(stranger.code, 1);
        const QString said = stranger.err + stranger.out;
        QVERIFY2(said.contains(QStringLiteral("sod.unknown_operator")), qPrintable(said));
        const Run drift = requestHotfix(QStringLiteral("r.ahmed"));
        QVERIFY2(drift.code == 1, qPrintable(drift.err + drift.out));  // the gate's breach
        QCOMPARE(drift.json()[QStringLiteral("breached")].toArray(),
                 QJsonArray{QStringLiteral("channel")});
        auto s = AuditStore::openReader(store);
        QVERIFY(s.ok());
        QCOMPARE((*s)->size(), 2);
        const auto refused = (*s)->record(0);
        QVERIFY(refused.ok());
        QCOMPARE(refused->action, QStringLiteral("signoff.refused"));
        const auto rec = (*s)->record(1);
        QVERIFY(rec.ok());
        QCOMPARE(rec->action, QStringLiteral("signoff.recorded"));
        QCOMPARE(rec->actor, QStringLiteral("r.ahmed"));
        QCOMPARE(rec->subject, id);
        QCOMPARE(rec->payload[QStringLiteral("step")].toString(), QStringLiteral("hotfix"));
        auto workspace = Workspace::open(ws);
        QVERIFY(workspace.ok());
        auto bundle = workspace->findBundle(id);
        QVERIFY(bundle.ok());
        const ReleaseDesk desk(workspace.value(), s->get(), SystemClock::instance());
        const ChangeRequest cr = desk.changeRequest(bundle.value());
        QCOMPARE(cr.kind, ChangeKind::Hotfix);
        QVERIFY2(cr.hotfixReason.contains(QStringLiteral("channel")), qPrintable(cr.hotfixReason));
    }

    void badInputExitsTwo() {
        const QString csv = m_dir->write(QStringLiteral("p.csv"), "label,score,g\n1,0.5,a\n");
        Run r = runCliCapture({QStringLiteral("bias"), QStringLiteral("--predictions"), csv,
                               QStringLiteral("--score"), QStringLiteral("score"),
                               QStringLiteral("--threshold"), QStringLiteral("0.5"),
                               QStringLiteral("--group"), QStringLiteral("g")});
        QCOMPARE(r.code, 2);  // no --label
        r = runCliCapture({QStringLiteral("bias"), QStringLiteral("--predictions"), csv,
                           QStringLiteral("--label"), QStringLiteral("label"),
                           QStringLiteral("--positive-label"), QStringLiteral("1"),
                           QStringLiteral("--score"), QStringLiteral("score"),
                           QStringLiteral("--threshold"), QStringLiteral("0.5"),
                           QStringLiteral("--group"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(csv));
        QVERIFY(r.err.contains(QStringLiteral("line 1")));
        r = runCliCapture({QStringLiteral("drift"), QStringLiteral("--baseline"), csv});
        QCOMPARE(r.code, 2);
        r = runCliCapture({QStringLiteral("--workspace"), m_dir->path(), QStringLiteral("bias"),
                           QStringLiteral("nope@1")});
        QVERIFY(r.code == 2 || r.code == 3);
    }
};

QTEST_GUILESS_MAIN(TestRiskCli)
#include "TestRiskCli.moc"
