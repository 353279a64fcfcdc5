#include "gates/IntegrityCheck.h"

#include <sys/stat.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <algorithm>

#include "common/SourceTextScope.h"
#include "crypto/FileHasher.h"
#include "gates/BundlePath.h"

namespace countersign {

namespace {

qint64 lstatSize(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return S_ISREG(st.st_mode) ? static_cast<qint64>(st.st_size) : -1;
}

struct Shared {
    IntegrityCheck::Options options;
    std::atomic<qint64> hashed{0};
    std::atomic<qint64> lastReported{0};
    qint64 total = 0;
    QMutex mutex;  // guards `files` writes and fileDone ordering

    void addBytes(qint64 n) {
        const qint64 now = hashed.fetch_add(n, std::memory_order_relaxed) + n;
        if (!options.progress)
            return;
        qint64 last = lastReported.load(std::memory_order_relaxed);
        if (now - last >= options.progressStep &&
            lastReported.compare_exchange_strong(last, now, std::memory_order_relaxed))
            options.progress(now, total);
    }
};

}  // namespace

int IntegrityReport::count(FileVerdict v) const {
    return static_cast<int>(std::count_if(files.begin(), files.end(),
                                          [v](const FileCheck& f) { return f.verdict == v; }));
}

bool IntegrityReport::allOk() const {
    return !cancelled && std::all_of(files.begin(), files.end(), [](const FileCheck& f) {
        return f.verdict == FileVerdict::Ok;
    });
}

IntegrityReport IntegrityCheck::run(const QString& root, const QList<ManifestEntry>& entries,
                                    const Options& options) {
    // The per-file reasons are part of the gate result (and of its digest, which sign-offs
    // sign): the source language, whatever the console's.
    const SourceTextScope english;
    IntegrityReport report;
    report.root = root;
    const QString base = BundlePath::canonicalRoot(root);

    Shared shared;
    shared.options = options;

    // 1. Resolve every entry without opening anything.
    struct Job {
        int index;
        QString absolute;
        qint64 size;
    };
    QList<Job> jobs;
    QSet<QString> named;  // canonical paths the manifest names
    QHash<QString, int> seenPaths;
    for (const ManifestEntry& e : entries) {
        FileCheck fc;
        fc.path = e.path;
        fc.expectedSha256 = e.sha256.toLower();
        fc.expectedSize = e.size;
        const int index = static_cast<int>(report.files.size());
        if (base.isEmpty()) {
            fc.verdict = FileVerdict::Missing;
            fc.reason =
                QCoreApplication::translate("IntegrityCheck", "the folder %1 does not exist")
                    .arg(root);
        } else if (seenPaths.contains(e.path)) {
            fc.verdict = FileVerdict::Refused;
            fc.reason = QCoreApplication::translate(
                            "IntegrityCheck", "named twice in the manifest (first as entry %1)")
                            .arg(seenPaths.value(e.path) + 1);
        } else {
            seenPaths.insert(e.path, index);
            const ResolvedPath rp = BundlePath::resolve(base, e.path);
            switch (rp.kind) {
                case ResolvedPath::Kind::Refused:
                    fc.verdict = FileVerdict::Refused;
                    fc.reason = rp.reason;
                    break;
                case ResolvedPath::Kind::Missing:
                    fc.verdict = FileVerdict::Missing;
                    fc.reason = rp.reason;
                    break;
                case ResolvedPath::Kind::Inside: {
                    named.insert(rp.absolute);
                    const qint64 size = lstatSize(rp.absolute);
                    jobs.append({index, rp.absolute, std::max<qint64>(size, 0)});
                    shared.total += std::max<qint64>(size, 0);
                    break;
                }
            }
        }
        report.files.append(fc);
    }

    // 2. Extras: files in the top-level folders the manifest covers that it does not name.
    if (options.findExtras && !base.isEmpty()) {
        QSet<QString> topDirs;
        for (const ManifestEntry& e : entries) {
            if (!BundlePath::lexicalProblem(e.path).isEmpty())
                continue;
            const QStringList parts = e.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            QStringList clean;
            for (const QString& p : parts)
                if (p != QLatin1String("."))
                    clean << p;
            if (clean.size() >= 2)
                topDirs.insert(clean.front());
        }
        QSet<QString> ignore(options.extraIgnore.begin(), options.extraIgnore.end());
        QStringList extras;
        for (const QString& dir : std::as_const(topDirs)) {
            const QString abs = base + QLatin1Char('/') + dir;
            const QFileInfo di(abs);
            if (!di.isDir() || di.isSymLink())
                continue;
            QDirIterator it(abs, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);  // does not follow directory links
            while (it.hasNext()) {
                const QString file = it.next();
                const QString rel = file.mid(base.size() + 1);
                if (ignore.contains(rel))
                    continue;
                const QFileInfo fi(file);
                const QString canonical = fi.isSymLink() ? file : fi.canonicalFilePath();
                if (named.contains(canonical) || named.contains(file))
                    continue;
                extras << rel;
            }
        }
        std::sort(extras.begin(), extras.end());
        for (const QString& rel : std::as_const(extras)) {
            FileCheck fc;
            fc.path = rel;
            fc.verdict = FileVerdict::Extra;
            const QFileInfo fi(base + QLatin1Char('/') + rel);
            fc.actualSize = fi.isSymLink() ? -1 : fi.size();
            fc.reason = fi.isSymLink()
                            ? QCoreApplication::translate(
                                  "IntegrityCheck", "a symbolic link the manifest does not name")
                            : QCoreApplication::translate("IntegrityCheck",
                                                          "present but not named in the manifest");
            report.files.append(fc);
        }
    }
    report.bytesTotal = shared.total;
    if (options.planned)
        options.planned(report.files);
    if (options.fileDone)
        for (int i = 0; i < report.files.size(); ++i)
            if (report.files.at(i).verdict != FileVerdict::Pending)
                options.fileDone(i, report.files.at(i));

    // 3. Hash, biggest first so the pool ends together; one file per thread at a time.
    std::sort(jobs.begin(), jobs.end(), [](const Job& a, const Job& b) { return a.size > b.size; });
    QThreadPool pool;
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    pool.setMaxThreadCount(std::max(1, std::min<int>(threads, static_cast<int>(jobs.size()))));
    for (const Job& job : std::as_const(jobs)) {
        pool.start([&report, &shared, job] {
            const SourceTextScope inPool;  // thread_local: each pool thread needs its own
            FileCheck result;
            {
                QMutexLocker lock(&shared.mutex);
                result = report.files.at(job.index);
            }
            FileHasher::Options ho;
            ho.bufferSize = shared.options.bufferSize;
            ho.cancel = shared.options.cancel;
            ho.onBytes = [&shared](qint64 n) { shared.addBytes(n); };
            const auto digest = FileHasher::hash(job.absolute, ho);
            if (!digest) {
                if (digest.error().kind == Error::Kind::Internal &&
                    digest.error().message == FileHasher::cancelledMessage()) {
                    result.verdict = FileVerdict::Cancelled;
                    result.reason =
                        QCoreApplication::translate("IntegrityCheck", "the run was cancelled");
                } else {
                    result.verdict = FileVerdict::Unreadable;
                    result.reason = digest.error().message;
                }
            } else {
                result.actualSha256 = digest->sha256;
                result.actualSize = digest->size;
                const bool sizeOk = result.expectedSize < 0 || result.expectedSize == digest->size;
                const bool hashOk = result.expectedSha256 == digest->sha256;
                if (sizeOk && hashOk) {
                    result.verdict = FileVerdict::Ok;
                } else {
                    result.verdict = FileVerdict::Mismatch;
                    QStringList why;
                    if (!hashOk)
                        why << QCoreApplication::translate("IntegrityCheck",
                                                           "SHA-256 is %1, the manifest says %2")
                                   .arg(digest->sha256, result.expectedSha256);
                    if (!sizeOk)
                        why << QCoreApplication::translate("IntegrityCheck",
                                                           "size is %1 bytes, the manifest says %2")
                                   .arg(digest->size)
                                   .arg(result.expectedSize);
                    result.reason = why.join(QStringLiteral("; "));
                }
            }
            QMutexLocker lock(&shared.mutex);
            report.files[job.index] = result;
            if (shared.options.fileDone)
                shared.options.fileDone(job.index, result);
        });
    }
    pool.waitForDone();

    report.bytesHashed = shared.hashed.load();
    report.cancelled = options.cancel && options.cancel->load();
    if (options.progress)
        options.progress(report.bytesHashed, shared.total);
    return report;
}

}  // namespace countersign
