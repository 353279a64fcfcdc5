#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <functional>
#include <memory>
#include <utility>

#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "crypto/OpenSslErrors.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

// Reads the audit store and the workspace on the thread pool and hands the result of the
// latest request back on the context object's thread; a request made meanwhile supersedes a
// running one, whose result is dropped (as is every result once the context is gone).
//
// The work gets what cannot change or go away under it: a copy of the workspace, a read-only
// connection of its own to the store (the GUI's store object belongs to the GUI thread) and a
// clock fixed at the moment of the request. It never waits on the pool itself.
template <typename T>
class StoreReadJob {
public:
    using Work =
        std::function<T(const Workspace& workspace, AuditStore* store, const Clock& clock)>;
    using Done = std::function<void(const T& result)>;

    StoreReadJob(QObject* context, Done done) : m_context(context), m_done(std::move(done)) {}
    // A read still running finishes before the job goes (briefly blocking the GUI thread, which
    // is no pool thread): its SQLite connection must not outlive the window, nor the application.
    ~StoreReadJob() {
        for (QFuture<T>& f : m_pending) f.waitForFinished();
    }
    StoreReadJob(const StoreReadJob&) = delete;
    StoreReadJob& operator=(const StoreReadJob&) = delete;

    // store may be null (the work then gets none); now is the time the work is evaluated at.
    void start(const Workspace& workspace, const AuditStore* store, const QDateTime& now,
               Work work) {
        const quint64 generation = ++m_state->generation;
        ++m_state->running;
        auto snapshot = std::make_shared<const Workspace>(workspace);
        const QString path = store ? store->path() : QString();
        auto* watcher = new QFutureWatcher<T>(m_context);
        QObject::connect(
            watcher, &QFutureWatcherBase::finished, m_context,
            [state = m_state, done = m_done, watcher, generation] {
                watcher->deleteLater();
                --state->running;
                if (generation == state->generation && watcher->future().resultCount() > 0)
                    done(watcher->result());
            });
        QFuture<T> future = QtConcurrent::run([snapshot, path, now, work = std::move(work)] {
            // The work verifies signatures: OpenSSL's state of this pool thread goes with it.
            const OpenSslThreadScope openSsl;
            const FixedClock clock(now);
            std::unique_ptr<AuditStore> reader;
            if (!path.isEmpty())
                if (auto opened = AuditStore::openReader(path); opened)
                    reader = std::move(opened.value());
            return work(*snapshot, reader.get(), clock);
        });
        m_pending.removeIf([](const QFuture<T>& f) { return f.isFinished(); });
        m_pending.append(future);
        watcher->setFuture(future);
    }

    // Drops the result of any request made so far (the view it was for has changed).
    void discard() { ++m_state->generation; }
    // True while a result is on its way.
    bool isBusy() const { return m_state->running > 0; }

private:
    struct State {
        quint64 generation = 0;
        int running = 0;
    };
    QObject* m_context;
    Done m_done;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QList<QFuture<T>> m_pending;
};

}  // namespace countersign::ui
