#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

#include "gates/FileCheck.h"
#include "gates/ManifestEntry.h"

namespace countersign {

// What one integrity run found, file by file, in manifest order (extras at the end).
struct IntegrityReport {
    QString root;
    QList<FileCheck> files;
    qint64 bytesTotal = 0;   // bytes the run planned to hash (sizes on disk)
    qint64 bytesHashed = 0;  // bytes actually read
    bool cancelled = false;

    int count(FileVerdict v) const;
    bool allOk() const;
};

// The integrity engine: resolves every manifest path under the root (refusing escapes
// without opening them), looks for extra files, and hashes the rest on a thread pool, at
// most `threads` files at once, each streamed in one buffer, so memory stays bounded by
// threads × bufferSize whatever the file sizes.
//
// Callbacks are invoked from pool threads and must be thread-safe; a GUI forwards them
// through a queued signal. `run` blocks until every file is done or cancelled; call it
// from a worker thread (QtConcurrent) when a GUI is involved.
class IntegrityCheck {
public:
    struct Options {
        int threads = 0;  // 0: QThread::idealThreadCount()
        qint64 bufferSize = 2 << 20;
        // Extras are looked for in the top-level folders that hold manifest entries
        // (model/ for model/model.onnx), recursively; files at the root are never extras.
        bool findExtras = true;
        QStringList extraIgnore;  // relative paths never reported as extra
        // (bytes hashed so far, bytes planned); called at most every progressStep bytes.
        std::function<void(qint64, qint64)> progress;
        qint64 progressStep = 8 << 20;
        // Called once per file as soon as its verdict is known (index into report.files).
        std::function<void(int, const FileCheck&)> fileDone;
        // Called once after resolution with every file at Pending (or its early verdict).
        std::function<void(const QList<FileCheck>&)> planned;
        const std::atomic<bool>* cancel = nullptr;
    };

    static IntegrityReport run(const QString& root, const QList<ManifestEntry>& entries,
                               const Options& options);
    static IntegrityReport run(const QString& root, const QList<ManifestEntry>& entries) {
        return run(root, entries, Options{});
    }
};

}  // namespace countersign
