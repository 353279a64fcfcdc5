#include "ui/security/IntegrityJob.h"

#include <QPromise>
#include <QtConcurrent>

#include "crypto/OpenSslErrors.h"

namespace countersign::ui {

IntegrityJob::IntegrityJob(QObject* parent) : QObject(parent) {}

IntegrityJob::~IntegrityJob() {
    cancel();
}

void IntegrityJob::setEngineOptions(int threads, qint64 bufferSize) {
    m_threads = threads;
    m_bufferSize = bufferSize;
}

bool IntegrityJob::isRunning() const {
    return m_watcher && m_watcher->isRunning();
}

void IntegrityJob::cancel() {
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void IntegrityJob::start(const QString& root, const QList<ManifestEntry>& entries) {
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = m_total = 0;
    m_watcher = new QFutureWatcher<Event>(this);
    connect(m_watcher, &QFutureWatcher<Event>::resultReadyAt, this, &IntegrityJob::deliver);

    IntegrityCheck::Options options;
    options.threads = m_threads;
    options.bufferSize = m_bufferSize;
    options.progressStep = 16 << 20;
    const auto cancelFlag = m_cancel;
    auto work = [root, entries, options, cancelFlag](QPromise<Event>& promise) mutable {
        const OpenSslThreadScope openSsl;
        // Callbacks run on the engine's pool threads; QPromise::addResult is thread-safe.
        options.cancel = cancelFlag.get();
        options.planned = [&promise](const QList<FileCheck>& files) {
            Event e;
            e.kind = Event::Planned;
            e.files = files;
            promise.addResult(std::move(e));
        };
        options.fileDone = [&promise](int row, const FileCheck& f) {
            Event e;
            e.kind = Event::File;
            e.row = row;
            e.file = f;
            promise.addResult(std::move(e));
        };
        options.progress = [&promise](qint64 done, qint64 total) {
            Event e;
            e.kind = Event::Progress;
            e.done = done;
            e.total = total;
            promise.addResult(std::move(e));
        };
        Event last;
        last.kind = Event::Done;
        last.report =
            std::make_shared<IntegrityReport>(IntegrityCheck::run(root, entries, options));
        promise.addResult(std::move(last));
    };
    m_watcher->setFuture(QtConcurrent::run(backgroundPool(), work));
}

void IntegrityJob::deliver(int index) {
    if (!m_watcher)
        return;
    const Event e = m_watcher->resultAt(index);
    switch (e.kind) {
        case Event::Planned:
            emit planned(e.files);
            break;
        case Event::File:
            emit fileChecked(e.row, e.file);
            break;
        case Event::Progress:
            if (e.done >= m_done) {
                m_done = e.done;
                m_total = e.total;
                emit progress(e.done, e.total);
            }
            break;
        case Event::Done:
            m_done = e.report->bytesHashed;
            emit finished(*e.report);
            break;
    }
}

}  // namespace countersign::ui
