#include "ui/Session.h"

#include "workspace/BundleEntry.h"

namespace countersign::ui {

Session::Session(AppServices* services, QObject* parent) : QObject(parent), m_services(services) {
    m_context.services = services;
}

void Session::update(const Workspace* workspace, const BundleEntry* entry, const Operator* op) {
    const bool workspaceMoved = workspace != m_context.workspace;
    const bool selectionMoved = entry != m_context.entry;
    const bool operatorMoved = op != m_context.op;
    m_context.workspace = workspace;
    m_context.entry = entry;
    m_context.bundle = entry && entry->bundle ? &*entry->bundle : nullptr;
    m_context.op = op;
    if (workspaceMoved) {
        emit workspaceChanged();
        return;
    }
    if (selectionMoved)
        emit selectionChanged();
    if (operatorMoved)
        emit operatorChanged();
}

void Session::notifyRecorded() {
    emit recordsAppended();
}

void Session::notifyStoreReplaced() {
    emit storeReplaced();
}

}  // namespace countersign::ui
