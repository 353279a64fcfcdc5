#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <QtTest>
#include <atomic>

#include "TempDir.h"
#include "common/Clock.h"
#include "crypto/FileHasher.h"
#include "gates/ArtefactManifest.h"
#include "gates/BundlePath.h"
#include "gates/IntegrityCheck.h"
#include "gates/IntegrityGate.h"

using namespace countersign;

namespace {

const QString abcHex =
    QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const QString emptyHex =
    QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

FileVerdict verdictOf(const IntegrityReport& r, const QString& path) {
    for (const FileCheck& f : r.files)
        if (f.path == path)
            return f.verdict;
    return FileVerdict::Pending;
}

const FileCheck* checkOf(const IntegrityReport& r, const QString& path) {
    for (const FileCheck& f : r.files)
        if (f.path == path)
            return &f;
    return nullptr;
}

}  // namespace

class TestIntegrityGate : public QObject {
    Q_OBJECT
private slots:
    void hasherKnownDigests_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("buffer");
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << QByteArray() << qint64(4096) << emptyHex;
        QTest::newRow("abc") << QByteArray("abc") << qint64(4096) << abcHex;
        // One million 'a' (FIPS 180-2), across many small buffers and one big one.
        const QString million =
            QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        QTest::newRow("1M a, 4 KiB blocks") << QByteArray(1000000, 'a') << qint64(4096) << million;
        QTest::newRow("1M a, 2 MiB block")
            << QByteArray(1000000, 'a') << qint64(2 << 20) << million;
    }
    void hasherKnownDigests() {
        QFETCH(QByteArray, content);
        QFETCH(qint64, buffer);
        QFETCH(QString, hex);
        test::TempDir dir;
        const QString path = dir.write(QStringLiteral("f.bin"), content);
        qint64 seen = 0;
        FileHasher::Options o;
        o.bufferSize = buffer;
        o.onBytes = [&seen](qint64 n) { seen += n; };
        const auto d = FileHasher::hash(path, o);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().toString()));
        QCOMPARE(d->sha256, hex);
        QCOMPARE(d->size, qint64(content.size()));
        QCOMPARE(seen, qint64(content.size()));
    }
    void hasherRefusesSymlinkAndDirectory() {
        test::TempDir dir;
        const QString target = dir.write(QStringLiteral("t"), "abc");
        QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("link"))));
        QVERIFY(!FileHasher::hash(dir.filePath(QStringLiteral("link"))).ok());
        QVERIFY(!FileHasher::hash(dir.path()).ok());
        QVERIFY(!FileHasher::hash(dir.filePath(QStringLiteral("absent"))).ok());
    }

    void everyVerdict() {
        test::TempDir dir;
        dir.write(QStringLiteral("model/ok.bin"), "abc");
        dir.write(QStringLiteral("model/changed.bin"), "abd");
        dir.write(QStringLiteral("model/wrong-size.bin"), "abc");
        dir.write(QStringLiteral("model/extra.py"), "print('hi')");
        dir.write(QStringLiteral("model/sub/deep-extra.bin"), "x");
        dir.write(QStringLiteral("model/unreadable.bin"), "abc");
        dir.write(QStringLiteral("bundle.json"), "{}");  // root files are never extras
        dir.write(QStringLiteral("notes/readme.txt"), "not covered by the manifest");
        QFile::setPermissions(dir.filePath(QStringLiteral("model/unreadable.bin")),
                              QFileDevice::Permissions{});
        const bool runningAsRoot =
            QFile(dir.filePath(QStringLiteral("model/unreadable.bin"))).open(QIODevice::ReadOnly);

        const QList<ManifestEntry> entries{
            {QStringLiteral("model/ok.bin"), abcHex, 3},
            {QStringLiteral("model/changed.bin"), abcHex, 3},
            {QStringLiteral("model/wrong-size.bin"), abcHex, 4},
            {QStringLiteral("model/missing.bin"), abcHex, 3},
            {QStringLiteral("model/unreadable.bin"), abcHex, 3},
            {QStringLiteral("/etc/passwd"), abcHex, 3},
            {QStringLiteral("model/../../outside.bin"), abcHex, 3},
            {QStringLiteral("model/ok.bin"), abcHex, 3},  // named twice
            {QStringLiteral("model/sub"), abcHex, 3},     // a folder: unreadable even as root
        };
        const IntegrityReport r = IntegrityCheck::run(dir.path(), entries);
        QCOMPARE(verdictOf(r, QStringLiteral("model/ok.bin")), FileVerdict::Ok);
        QCOMPARE(verdictOf(r, QStringLiteral("model/changed.bin")), FileVerdict::Mismatch);
        const FileCheck* changed = checkOf(r, QStringLiteral("model/changed.bin"));
        QCOMPARE(changed->expectedSha256, abcHex);
        QCOMPARE(changed->actualSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash("abd", QCryptographicHash::Sha256).toHex()));
        QVERIFY(changed->reason.contains(abcHex));
        QCOMPARE(verdictOf(r, QStringLiteral("model/wrong-size.bin")), FileVerdict::Mismatch);
        QVERIFY(checkOf(r, QStringLiteral("model/wrong-size.bin"))
                    ->reason.contains(QStringLiteral("size")));
        QCOMPARE(verdictOf(r, QStringLiteral("model/missing.bin")), FileVerdict::Missing);
        if (!runningAsRoot)
            QCOMPARE(verdictOf(r, QStringLiteral("model/unreadable.bin")), FileVerdict::Unreadable);
        QCOMPARE(verdictOf(r, QStringLiteral("/etc/passwd")), FileVerdict::Refused);
        QCOMPARE(verdictOf(r, QStringLiteral("model/../../outside.bin")), FileVerdict::Refused);
        QCOMPARE(r.files.at(7).verdict, FileVerdict::Refused);  // the duplicate
        QCOMPARE(verdictOf(r, QStringLiteral("model/sub")), FileVerdict::Unreadable);
        QVERIFY(checkOf(r, QStringLiteral("model/sub"))
                    ->reason.contains(QStringLiteral("regular file")));
        QCOMPARE(verdictOf(r, QStringLiteral("model/extra.py")), FileVerdict::Extra);
        QCOMPARE(verdictOf(r, QStringLiteral("model/sub/deep-extra.bin")), FileVerdict::Extra);
        QCOMPARE(verdictOf(r, QStringLiteral("bundle.json")),
                 FileVerdict::Pending);  // not reported
        QCOMPARE(verdictOf(r, QStringLiteral("notes/readme.txt")), FileVerdict::Pending);
        QCOMPARE(r.files.size(), 11);

        FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC));
        const GateResult g =
            IntegrityGate::evaluate(r, QStringLiteral("bundle.json"), emptyHex, emptyHex, clock);
        QCOMPARE(g.gate, QStringLiteral("integrity"));
        QCOMPARE(g.status, Verdict::Fail);
        QCOMPARE(g.evidence.size(), 1);
        QCOMPARE(g.evidence.front().sha256, emptyHex);
        QCOMPARE(g.measured.value(QStringLiteral("manifest_sha256")).toString(), emptyHex);
        QCOMPARE(g.measured.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("extra"))
                     .toInt(),
                 2);
        QCOMPARE(g.measured.value(QStringLiteral("files")).toArray().size(), 11);
        QVERIFY(g.summary.contains(QStringLiteral("mismatch model/changed.bin")));
    }

    void allOkPasses() {
        test::TempDir dir;
        dir.write(QStringLiteral("model/a.bin"), "abc");
        dir.write(QStringLiteral("model/b.bin"), QByteArray());
        dir.write(QStringLiteral("top.txt"), "abc");
        const IntegrityReport r = IntegrityCheck::run(
            dir.path(), {{QStringLiteral("model/a.bin"), abcHex, 3},
                         {QStringLiteral("./model/b.bin"), emptyHex, -1},  // SHA256SUMS style
                         {QStringLiteral("top.txt"), abcHex.toUpper(), 3}});
        QVERIFY(r.allOk());
        QCOMPARE(r.bytesHashed, qint64(6));
        const GateResult g = IntegrityGate::evaluate(r, QStringLiteral("SHA256SUMS"), abcHex, {},
                                                     SystemClock::instance());
        QCOMPARE(g.status, Verdict::Pass);
    }

    void symlinkEscapesAreRefused() {
        test::TempDir outside;
        outside.write(QStringLiteral("secret.bin"), "abc");
        test::TempDir dir;
        dir.write(QStringLiteral("model/real.bin"), "abc");
        QDir().mkpath(dir.filePath(QStringLiteral("model")));
        // A file link and a folder link leaving the bundle; a link staying inside is fine.
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.bin")),
                            dir.filePath(QStringLiteral("model/escape.bin"))));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("linked"))));
        QVERIFY(QFile::link(QStringLiteral("real.bin"),
                            dir.filePath(QStringLiteral("model/inside.bin"))));
        QVERIFY(QFile::link(QStringLiteral("../../nowhere"),
                            dir.filePath(QStringLiteral("model/dangling.bin"))));
        const IntegrityReport r =
            IntegrityCheck::run(dir.path(), {{QStringLiteral("model/escape.bin"), abcHex, 3},
                                             {QStringLiteral("linked/secret.bin"), abcHex, 3},
                                             {QStringLiteral("linked/absent.bin"), abcHex, 3},
                                             {QStringLiteral("model/inside.bin"), abcHex, 3},
                                             {QStringLiteral("model/real.bin"), abcHex, 3},
                                             {QStringLiteral("model/dangling.bin"), abcHex, 3}});
        QCOMPARE(verdictOf(r, QStringLiteral("model/escape.bin")), FileVerdict::Refused);
        QVERIFY(
            checkOf(r, QStringLiteral("model/escape.bin"))->actualSha256.isEmpty());  // never read
        QCOMPARE(verdictOf(r, QStringLiteral("linked/secret.bin")), FileVerdict::Refused);
        QCOMPARE(verdictOf(r, QStringLiteral("linked/absent.bin")), FileVerdict::Refused);
        QCOMPARE(verdictOf(r, QStringLiteral("model/inside.bin")), FileVerdict::Ok);
        QCOMPARE(verdictOf(r, QStringLiteral("model/real.bin")), FileVerdict::Ok);
        QCOMPARE(verdictOf(r, QStringLiteral("model/dangling.bin")), FileVerdict::Refused);
        QCOMPARE(r.bytesHashed, qint64(6));
    }

    void lexicalProblems_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("refused");
        QTest::newRow("plain") << QStringLiteral("model/a.bin") << false;
        QTest::newRow("dot") << QStringLiteral("./model/a.bin") << false;
        QTest::newRow("dotdot") << QStringLiteral("..") << true;
        QTest::newRow("inner dotdot") << QStringLiteral("model/../a.bin") << true;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << true;
        QTest::newRow("backslash") << QStringLiteral("model\\..\\a") << true;
        QTest::newRow("drive") << QStringLiteral("C:/x") << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("dotdot-like name") << QStringLiteral("model/..a") << false;
    }
    void lexicalProblems() {
        QFETCH(QString, path);
        QFETCH(bool, refused);
        QCOMPARE(!BundlePath::lexicalProblem(path).isEmpty(), refused);
    }

    void cancellationStopsEarly() {
        test::TempDir dir;
        QList<ManifestEntry> entries;
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 6; ++i) {
            QFile f(dir.filePath(QStringLiteral("model/f%1.bin").arg(i)));
            QDir().mkpath(dir.filePath(QStringLiteral("model")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int k = 0; k < 8; ++k) f.write(chunk);
            entries.append({QStringLiteral("model/f%1.bin").arg(i), abcHex, 8 << 20});
        }
        std::atomic<bool> cancel{false};
        IntegrityCheck::Options o;
        o.threads = 2;
        o.bufferSize = 1 << 20;
        o.progressStep = 1;
        o.cancel = &cancel;
        std::atomic<int> calls{0};
        o.progress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(48) << 20);
            if (done >= (4 << 20))
                cancel = true;  // stop after a few blocks
            ++calls;
        };
        const IntegrityReport r = IntegrityCheck::run(dir.path(), entries, o);
        QVERIFY(r.cancelled);
        QVERIFY(r.bytesHashed < (48 << 20));
        QVERIFY(r.count(FileVerdict::Cancelled) >= 4);
        QVERIFY(calls > 0);
        const GateResult g =
            IntegrityGate::evaluate(r, QStringLiteral("m"), abcHex, {}, SystemClock::instance());
        QCOMPARE(g.status, Verdict::Error);
    }

    void progressIsMonotonicAndComplete() {
        test::TempDir dir;
        for (int i = 0; i < 5; ++i)
            dir.write(QStringLiteral("model/%1.bin").arg(i), QByteArray(300000 + i, 'q'));
        QList<ManifestEntry> entries;
        for (int i = 0; i < 5; ++i)
            entries.append({QStringLiteral("model/%1.bin").arg(i), abcHex, -1});
        IntegrityCheck::Options o;
        o.bufferSize = 65536;
        o.progressStep = 1;
        QMutex m;
        qint64 last = -1, lastTotal = 0;
        bool monotonic = true;
        o.progress = [&](qint64 done, qint64 total) {
            QMutexLocker l(&m);
            if (done < last)
                monotonic = false;
            last = done;
            lastTotal = total;
        };
        std::atomic<int> done{0};
        o.fileDone = [&](int, const FileCheck& f) {
            if (f.verdict == FileVerdict::Mismatch)
                ++done;
        };
        const IntegrityReport r = IntegrityCheck::run(dir.path(), entries, o);
        QVERIFY(monotonic);
        QCOMPARE(last, qint64(1500010));
        QCOMPARE(lastTotal, qint64(1500010));
        QCOMPARE(done.load(), 5);
    }

    // The pool really hashes two files at once: with two threads the blocks of the two files
    // interleave (thread A, then B, then A again); with one thread they never do.
    void poolHashesTwoFilesAtOnce() {
        test::TempDir dir;
        QList<ManifestEntry> entries;
        for (int i = 0; i < 2; ++i) {
            QFile f(dir.filePath(QStringLiteral("model/%1.bin").arg(i)));
            QDir().mkpath(dir.filePath(QStringLiteral("model")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(96) << 20));  // sparse: quick to make, real to hash
            entries.append({QStringLiteral("model/%1.bin").arg(i), abcHex, -1});
        }
        auto interleavings = [&](int threads) {
            IntegrityCheck::Options o;
            o.threads = threads;
            o.bufferSize = 256 << 10;
            o.progressStep = 1;
            QMutex m;
            QList<QThread*> order;
            QThread* caller = QThread::currentThread();  // reports the total at the end
            o.progress = [&](qint64, qint64) {
                QMutexLocker l(&m);
                if (QThread::currentThread() == caller)
                    return;
                if (order.isEmpty() || order.back() != QThread::currentThread())
                    order.append(QThread::currentThread());
            };
            const IntegrityReport r = IntegrityCheck::run(dir.path(), entries, o);
            if (r.bytesHashed != qint64(192) << 20)
                return -1;
            return static_cast<int>(order.size()) - 1;  // switches between threads
        };
        QCOMPARE(interleavings(1), 0);
        QVERIFY2(interleavings(2) >= 2, "the two files were hashed one after the other");
    }

    void manifestFormats() {
        const QByteArray sums =
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  model/a.bin\n"
            "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD *../escape.bin\n"
            "SHA256 (model/b c.bin) = "
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n\n";
        auto m = ArtefactManifest::parse(sums, QStringLiteral("SHA256SUMS"));
        QVERIFY(m.ok());
        QVERIFY(m->fromSha256Sums);
        QCOMPARE(m->entries.size(), 3);
        QCOMPARE(m->entries.at(1).path, QStringLiteral("../escape.bin"));  // kept, refused later
        QCOMPARE(m->entries.at(1).sha256, abcHex);
        QCOMPARE(m->entries.at(2).path, QStringLiteral("model/b c.bin"));
        QCOMPARE(m->entries.at(0).size, qint64(-1));
        QCOMPARE(m->digest,
                 QString::fromLatin1(
                     QCryptographicHash::hash(sums, QCryptographicHash::Sha256).toHex()));

        auto bad = ArtefactManifest::parse("not a checksum line\n", QStringLiteral("SHA256SUMS"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("line 1"));

        auto json =
            ArtefactManifest::parse("{\"artefacts\":[{\"path\":\"model/a.bin\",\"sha256\":\"" +
                                        abcHex.toLatin1() + "\",\"size\":3}]}",
                                    QStringLiteral("bundle.json"));
        QVERIFY(json.ok());
        QCOMPARE(json->entries.front().size, qint64(3));
        auto badJson = ArtefactManifest::parse(
            "{\"artefacts\":[{\"path\":\"a\",\"sha256\":\"xyz\",\"size\":3}]}",
            QStringLiteral("bundle.json"));
        QVERIFY(!badJson.ok());
        QCOMPARE(badJson.error().where, QStringLiteral("/artefacts/0/sha256"));
        QVERIFY(!ArtefactManifest::parse("{\"artefacts\":[", QStringLiteral("bundle.json")).ok());
        QVERIFY(!ArtefactManifest::parse("", QStringLiteral("bundle.json")).ok());
    }
};

QTEST_GUILESS_MAIN(TestIntegrityGate)
#include "TestIntegrityGate.moc"
