#include "panes/AuditPane.h"

#include <QDir>
#include <QFileInfo>
#include <QVBoxLayout>

#include "Format.h"
#include "widgets/FormSection.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

AuditPane::AuditPane(QWidget* parent) : Pane(parent) {}

void AuditPane::refresh() {
    const Workspace* w = context().workspace;
    if (!w) {
        showMessage(tr("Open a workspace to see its audit store: File > Open Workspace (Ctrl+O)."));
        return;
    }
    QVBoxLayout* column = resetContent();
    auto* s = new FormSection(QStringLiteral("auditStore"), tr("Audit store"));
    const QFileInfo store(w->auditStorePath());
    s->addRow(QStringLiteral("path"), tr("Location:"),
              QDir::toNativeSeparators(store.absoluteFilePath()));
    if (store.isFile()) {
        s->addRow(QStringLiteral("state"), tr("State:"), tr("present"));
        s->addRow(QStringLiteral("size"), tr("Size:"), Format::size(store.size()));
        s->addRow(QStringLiteral("modified"), tr("Last written:"),
                  Format::utc(store.lastModified()));
    } else {
        s->addRow(QStringLiteral("state"), tr("State:"),
                  tr("not created yet: the first gate run or sign-off creates it"));
    }
    column->addWidget(s);
    column->addStretch(1);
}

}  // namespace countersign::ui
