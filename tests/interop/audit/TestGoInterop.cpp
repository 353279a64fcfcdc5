// Interoperability: our signed checkpoints, record hashes and proofs verified by an
// independent implementation, Go's golang.org/x/mod/sumdb/note and sumdb/tlog (Debian's
// golang-golang-x-mod-dev), built offline in GOPATH mode by this test.
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditStore.h"
#include "audit/SignedNote.h"

using namespace countersign;

class TestGoInterop : public QObject {
    Q_OBJECT

    static void write(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void goVerifiesCheckpointsAndProofs() {
        const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
        QVERIFY2(!go.isEmpty(),
                 "the go tool is missing: install golang-go and golang-golang-x-mod-dev");
        QVERIFY2(QFile::exists(
                     QStringLiteral("/usr/share/gocode/src/golang.org/x/mod/sumdb/tlog/tlog.go")),
                 "golang-golang-x-mod-dev is missing");
        test::TempDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC));
        auto opened = AuditStore::open(dir.filePath(QStringLiteral("audit.sqlite")), {}, clock);
        QVERIFY(opened.ok());
        AuditStore& store = *opened.value();
        auto add = [&](int i) {
            AuditEntry e{
                QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
                QStringLiteral("gate.bias"), QStringLiteral("fraud-detection@2026.11.0"),
                QJsonObject{{QStringLiteral("i"), i},
                            {QStringLiteral("text"), QStringLiteral("é \"q\" \u2014 %1").arg(i)}}};
            QVERIFY(store.append(e).ok());
            clock.advance(7);
        };
        for (int i = 0; i < 13; ++i) add(i);
        const Checkpoint oldCp = store.checkpoint().value();
        for (int i = 13; i < 37; ++i) add(i);
        const Checkpoint newCp = store.checkpoint().value();
        QCOMPARE(oldCp.size, 13);
        QCOMPARE(newCp.size, 37);

        const QString work = dir.filePath(QStringLiteral("interop"));
        QVERIFY(QDir().mkpath(work));
        write(work + QStringLiteral("/vkey"), store.verifier().toString().toUtf8());
        write(work + QStringLiteral("/old.checkpoint"), oldCp.signedNote.toUtf8());
        write(work + QStringLiteral("/new.checkpoint"), newCp.signedNote.toUtf8());
        const QString foreign =
            SignedNote::sign(newCp.body(), store.origin(), Ed25519Key::generate().value()).value();
        write(work + QStringLiteral("/foreign.checkpoint"), foreign.toUtf8());
        QFile records(work + QStringLiteral("/records.jsonl"));
        QVERIFY(records.open(QIODevice::WriteOnly));
        QCOMPARE(store.exportRecords({}, AuditStore::ExportFormat::JsonLines, records).value(), 37);
        records.close();
        for (const auto& [index, size] : {std::pair{0, 37}, std::pair{12, 37}, std::pair{31, 37},
                                          std::pair{36, 37}, std::pair{5, 13}, std::pair{12, 13}}) {
            auto p = store.inclusionProof(index, size);
            QVERIFY(p.ok());
            write(work + QStringLiteral("/inclusion-%1-%2.json").arg(index).arg(size),
                  QJsonDocument(p->toJson()).toJson());
        }
        auto c = store.consistencyProof(13, 37);
        QVERIFY(c.ok());
        write(work + QStringLiteral("/consistency.json"), QJsonDocument(c->toJson()).toJson());

        // Build the Go verifier offline: GOPATH mode over Debian's /usr/share/gocode.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
        env.insert(QStringLiteral("GOPATH"),
                   dir.filePath(QStringLiteral("gopath")) + QStringLiteral(":/usr/share/gocode"));
        env.insert(QStringLiteral("GOCACHE"), QStringLiteral(GO_CACHE_DIR));
        env.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
        env.insert(QStringLiteral("GOFLAGS"), QString());
        env.insert(QStringLiteral("CGO_ENABLED"), QStringLiteral("0"));
        QProcess build;
        build.setProcessEnvironment(env);
        build.setProcessChannelMode(QProcess::MergedChannels);
        const QString bin = dir.filePath(QStringLiteral("verify_with_go"));
        build.start(go, {QStringLiteral("build"), QStringLiteral("-o"), bin,
                         QStringLiteral(GO_VERIFIER_SOURCE)});
        QVERIFY(build.waitForFinished(240000));
        QVERIFY2(build.exitCode() == 0, build.readAll().constData());

        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(bin, {work});
        QVERIFY(run.waitForFinished(60000));
        const QByteArray output = run.readAll();
        QVERIFY2(run.exitCode() == 0, output.constData());
        QVERIFY(output.startsWith("ok: 37 records"));

        // And the Go side must notice a changed record.
        QFile f(work + QStringLiteral("/records.jsonl"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll();
        all.replace("\"i\":20", "\"i\":21");
        f.seek(0);
        f.write(all);
        f.close();
        run.start(bin, {work});
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGoInterop)
#include "TestGoInterop.moc"
