#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <utility>

#include "crypto/OpenSslErrors.h"

namespace countersign::ui {

// The pool every Background runs on. Not Qt's global pool: Qt's raster painting hands parts of
// a paint to that pool and waits for them, so long work there (reading a store of a million
// records) held up every repaint of the window for seconds.
inline QThreadPool* backgroundPool() {
    static QThreadPool* const pool = [] {
        auto* p = new QThreadPool;  // never deleted: lives as long as the process
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

// The one way the console waits for slow work (reading the store, verifying, hashing,
// unlocking a key): the work runs on the thread pool and the result of the latest request is
// handed to `done` on the context object's thread. A request made meanwhile supersedes a
// running one: the older one's cancel token is set and its result dropped, as is every result
// once the context is gone. Progress goes through Qt's future machinery (thread-safe and
// throttled), never through a pointer to a widget held by the pool thread.
//
// The work gets a Token: whether it should stop (`cancelled()`, or `cancelFlag()` for core
// APIs that take a `const std::atomic_bool*`) and `progress(done, total)`.
template <typename T>
class Background {
public:
    class Token {
    public:
        bool cancelled() const { return m_flag->load() || m_promise->isCanceled(); }
        const std::atomic_bool* cancelFlag() const { return m_flag.get(); }
        // From the work's thread; delivered to the `progress` callback as permille.
        void progress(qint64 done, qint64 total) const {
            if (total > 0)
                m_promise->setProgressValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        }

    private:
        friend class Background;
        Token(QPromise<T>* promise, std::shared_ptr<std::atomic_bool> flag)
            : m_promise(promise), m_flag(std::move(flag)) {}
        QPromise<T>* m_promise;
        std::shared_ptr<std::atomic_bool> m_flag;
    };
    using Work = std::function<T(const Token& token)>;
    using Done = std::function<void(const T& result)>;
    using Progress = std::function<void(int permille)>;

    Background(QObject* context, Done done, Progress progress = {})
        : m_context(context), m_done(std::move(done)), m_progress(std::move(progress)) {}
    // Work still running is told to stop and finishes before the helper goes (briefly blocking
    // the GUI thread, which is no pool thread): what it reads (a SQLite connection, OpenSSL's
    // per-thread state) must not outlive the window, nor the application.
    ~Background() {
        cancel();
        for (QFuture<T>& f : m_pending) f.waitForFinished();
    }
    Background(const Background&) = delete;
    Background& operator=(const Background&) = delete;

    void start(Work work) {
        cancel();
        auto request = std::make_shared<Request>();
        request->generation = ++m_state->generation;
        ++m_state->running;
        m_state->latest = request;
        auto* watcher = new QFutureWatcher<T>(m_context);
        if (m_progress)
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, m_context,
                             [state = m_state, progress = m_progress, request](int permille) {
                                 if (request->generation == state->generation && !request->settled)
                                     progress(permille);
                             });
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context,
                         [state = m_state, done = m_done, watcher, request] {
                             watcher->deleteLater();
                             settle(*state, *request, done);
                         });
        request->future = QtConcurrent::run(
            backgroundPool(),
            [flag = request->cancelled, work = std::move(work)](QPromise<T>& promise) {
                // The work may verify signatures: OpenSSL's state of this pool thread goes
                // with it.
                const OpenSslThreadScope openSsl;
                promise.setProgressRange(0, 1000);
                const Token token(&promise, flag);
                T result = work(token);
                if (!token.cancelled())
                    promise.addResult(std::move(result));
            });
        m_pending.removeIf([](const QFuture<T>& f) { return f.isFinished(); });
        m_pending.append(request->future);
        watcher->setFuture(request->future);
    }

    // The request running now is told to stop and its result is dropped (the view it was for
    // has changed, or the user cancelled).
    void cancel() {
        ++m_state->generation;
        if (m_state->latest)
            m_state->latest->cancelled->store(true);
    }
    // Waits for the latest request and hands its result to `done` now, instead of through the
    // event loop: for the paths that must be synchronous (a dialog answered without a modal
    // loop in tests). Blocks the calling thread.
    void finishNow() {
        if (const std::shared_ptr<Request> request = m_state->latest; request) {
            request->future.waitForFinished();
            settle(*m_state, *request, m_done);
        }
    }
    // True while a request has not finished and been handed over (a dropped one included).
    bool isBusy() const { return m_state->running > 0; }

private:
    struct Request {
        quint64 generation = 0;
        std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
        QFuture<T> future;
        bool settled = false;  // finished and handed over (or dropped): only once
    };
    struct State {
        quint64 generation = 0;
        int running = 0;
        std::shared_ptr<Request> latest;
    };
    // On the context's thread, once per request: its result to `done` if it is the latest.
    static void settle(State& state, Request& request, const Done& done) {
        if (request.settled)
            return;
        request.settled = true;
        --state.running;
        if (request.generation == state.generation && request.future.resultCount() > 0)
            done(request.future.result());
    }
    QObject* m_context;
    Done m_done;
    Progress m_progress;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QList<QFuture<T>> m_pending;
};

}  // namespace countersign::ui
