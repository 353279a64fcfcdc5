#pragma once

#include <QObject>

class QTimer;

namespace countersign {
class AuditStore;
}

namespace countersign::ui {

// The one change notifier for the open audit store: a single timer looks at the store's size
// and change stamp (AuditStore::changeStamp, which moves when another process commits) and
// emits changed() when either moved. Owned by the main window and handed to the panes through
// AppServices::auditWatcher; the window's header and release board and the Audit pane all
// listen to it, so the store file is polled once however many views show it.
class AuditStoreWatcher : public QObject {
    Q_OBJECT
public:
    explicit AuditStoreWatcher(QObject* parent = nullptr);

    // Not owned; null stops watching. Must be replaced before the store goes away.
    void setStore(const AuditStore* store);
    const AuditStore* store() const { return m_store; }
    // Polling period in milliseconds (1000 unless changed).
    void setInterval(int msec);
    int interval() const;
    // Looks now instead of at the next tick; emits changed() if the store moved.
    void check();

signals:
    void changed();

private:
    struct Stamp {
        qint64 size = -1;
        qint64 version = -1;
        bool operator==(const Stamp&) const = default;
    };
    Stamp current() const;

    const AuditStore* m_store = nullptr;
    QTimer* m_timer = nullptr;
    Stamp m_last;
};

}  // namespace countersign::ui
