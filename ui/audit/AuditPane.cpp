#include "ui/audit/AuditPane.h"

#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/AppServices.h"
#include "ui/audit/AuditBrowser.h"
#include "ui/widgets/FormSection.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

AuditPane::AuditPane(QWidget* parent) : Pane(parent) {
    m_browser = new AuditBrowser(this);
    m_browser->layout()->setContentsMargins(8, 6, 8, 6);
    layout()->addWidget(m_browser);
    connect(m_browser, &AuditBrowser::statusMessage, this, &Pane::statusMessage);
    showBrowser(false);
}

void AuditPane::showBrowser(bool on) {
    m_browser->setVisible(on);
    scrollArea()->setVisible(!on);
}

void AuditPane::refresh() {
    const Workspace* w = context().workspace;
    AppServices* services = context().services;
    AuditStore* store = w && services ? services->audit : nullptr;
    if (!store) {
        // Detach before the store goes: the main window closes it right after.
        m_browser->setWorkspace(nullptr);
        m_browser->setStore(nullptr);
        showBrowser(false);
    }
    if (!w) {
        showMessage(tr("Open a workspace to see its audit store: File > Open Workspace (Ctrl+O)."));
        return;
    }
    if (!store) {
        // No store to browse: none made yet (looking makes none), or one that did not open.
        const bool notYet = services && services->auditNotMadeYet;
        QVBoxLayout* column = resetContent();
        auto* s = notYet ? new FormSection(QStringLiteral("auditNotYet"), tr("No audit store yet"))
                         : new FormSection(QStringLiteral("auditUnavailable"),
                                           tr("The audit store is unavailable"));
        s->addRow(QStringLiteral("path"), tr("Location:"),
                  QDir::toNativeSeparators(w->auditStorePath()));
        if (notYet) {
            s->addRow(QStringLiteral("when"), tr("Created:"),
                      tr("with the workspace's first record, when an operator signs in (looking "
                         "at a workspace writes nothing)."));
        } else {
            const QString error = services ? services->auditError : QString();
            s->addRow(QStringLiteral("error"), tr("Problem:"),
                      error.isEmpty() ? tr("the store is not open") : error);
            s->addRow(QStringLiteral("consequence"), tr("Consequence:"),
                      tr("nothing can be signed or recorded until the store opens again "
                         "(File > Reload Workspace after fixing it)."));
        }
        column->addWidget(s);
        column->addStretch(1);
        return;
    }
    m_browser->setWatcher(services->auditWatcher);
    m_browser->setWorkspaceRoot(w->root());
    if (m_browser->store() != store) {
        m_browser->setWorkspace(nullptr);  // judged again once both are the new ones
        m_browser->setStore(store);
    }
    m_browser->setWorkspace(w);
    showBrowser(true);
}

}  // namespace countersign::ui
