#pragma once

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>
#include <utility>

#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "ui/async/Background.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

// Reads the audit store and the workspace on the thread pool and hands the result of the
// latest request back on the context object's thread; a request made meanwhile supersedes a
// running one, whose result is dropped (as is every result once the context is gone).
//
// The work gets what cannot change or go away under it: a copy of the workspace, a read-only
// connection of its own to the store (the GUI's store object belongs to the GUI thread) and a
// clock fixed at the moment of the request. It never waits on the pool itself. (Background does
// the waiting: latest request wins, results handed to the context's thread.)
template <typename T>
class StoreReadJob {
public:
    using Work =
        std::function<T(const Workspace& workspace, AuditStore* store, const Clock& clock)>;
    using Done = std::function<void(const T& result)>;

    StoreReadJob(QObject* context, Done done) : m_background(context, std::move(done)) {}

    // store may be null (the work then gets none); now is the time the work is evaluated at.
    void start(const Workspace& workspace, const AuditStore* store, const QDateTime& now,
               Work work) {
        auto snapshot = std::make_shared<const Workspace>(workspace);
        const QString path = store ? store->path() : QString();
        m_background.start(
            [snapshot, path, now, work = std::move(work)](const typename Background<T>::Token&) {
                const FixedClock clock(now);
                std::unique_ptr<AuditStore> reader;
                if (!path.isEmpty())
                    if (auto opened = AuditStore::openReader(path); opened)
                        reader = std::move(opened.value());
                return work(*snapshot, reader.get(), clock);
            });
    }

    // Drops the result of any request made so far (the view it was for has changed).
    void discard() { m_background.cancel(); }
    // True while a result is on its way.
    bool isBusy() const { return m_background.isBusy(); }

private:
    Background<T> m_background;
};

}  // namespace countersign::ui
