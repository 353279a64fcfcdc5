#include "ui/audit/AuditStoreWatcher.h"

#include <QTimer>

#include "audit/AuditStore.h"

namespace countersign::ui {

AuditStoreWatcher::AuditStoreWatcher(QObject* parent) : QObject(parent) {
    setObjectName(QStringLiteral("auditStoreWatcher"));
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AuditStoreWatcher::check);
}

void AuditStoreWatcher::setStore(const AuditStore* store) {
    m_store = store;
    m_last = current();
    if (store)
        m_timer->start();
    else
        m_timer->stop();
}

void AuditStoreWatcher::setInterval(int msec) {
    m_timer->setInterval(msec);
}

int AuditStoreWatcher::interval() const {
    return m_timer->interval();
}

void AuditStoreWatcher::check() {
    if (!m_store)
        return;
    const Stamp now = current();
    if (now == m_last)
        return;
    m_last = now;
    emit changed();
}

AuditStoreWatcher::Stamp AuditStoreWatcher::current() const {
    if (!m_store)
        return {};
    return {m_store->size(), m_store->changeStamp()};
}

}  // namespace countersign::ui
