#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

#include "gates/IntegrityCheck.h"
#include "ui/async/Background.h"

namespace countersign::ui {

// One integrity run off the GUI thread (on backgroundPool(), the engine's own pool inside it).
// Progress, per-file verdicts and the final report come back as signals on the GUI thread
// through a QFutureWatcher owned by this object: when the owner (a pane) is destroyed, the
// watcher goes with it, nothing is delivered, and the run is cancelled. Starting again
// cancels the previous run and drops anything it still delivers.
class IntegrityJob : public QObject {
    Q_OBJECT
public:
    explicit IntegrityJob(QObject* parent = nullptr);
    ~IntegrityJob() override;

    void start(const QString& root, const QList<ManifestEntry>& entries);
    void cancel();
    bool isRunning() const;
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    // For tests and benchmarks: buffer size and thread count of the engine.
    void setEngineOptions(int threads, qint64 bufferSize);

signals:
    void planned(const QList<FileCheck>& files);
    void fileChecked(int row, const FileCheck& file);
    void progress(qint64 done, qint64 total);
    void finished(const IntegrityReport& report);

public:
    // What the worker hands over (public for the future's result type).
    struct Event {
        enum Kind { Planned, File, Progress, Done } kind = Progress;
        int row = -1;
        FileCheck file;
        QList<FileCheck> files;
        qint64 done = 0, total = 0;
        std::shared_ptr<IntegrityReport> report;
    };

private:
    void deliver(int index);

    QFutureWatcher<Event>* m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    qint64 m_done = 0, m_total = 0;
    int m_threads = 0;
    qint64 m_bufferSize = 2 << 20;
};

}  // namespace countersign::ui
