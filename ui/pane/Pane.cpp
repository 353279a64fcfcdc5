#include "ui/pane/Pane.h"

#include "ui/Session.h"

#include "ui/widgets/FormSection.h"
#include "workspace/BundleEntry.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace countersign::ui {

Pane::Pane(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("paneScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll);
}

void Pane::setSession(Session* session) {
    m_session = session;
    for (auto gone : {&Session::workspaceChanged, &Session::storeReplaced})
        connect(session, gone, this, &Pane::refreshNow);
    for (auto moved :
         {&Session::selectionChanged, &Session::operatorChanged, &Session::recordsAppended})
        connect(session, moved, this, &Pane::refreshWhenShown);
    refreshNow();
}

void Pane::refreshNow() {
    m_stale = false;
    refresh();
}

const PaneContext& Pane::context() const {
    static const PaneContext none;
    return m_session ? m_session->context() : none;
}

void Pane::refreshWhenShown() {
    if (isVisible())
        refreshNow();
    else
        m_stale = true;
}

void Pane::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}

QVBoxLayout* Pane::resetContent() {
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("paneContent"));
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(12, 10, 12, 12);
    column->setSpacing(12);
    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
    return column;
}

void Pane::showMessage(const QString& text) {
    QVBoxLayout* column = resetContent();
    auto* label = new QLabel(text);
    label->setObjectName(QStringLiteral("paneMessage"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addStretch(1);
    column->addWidget(label);
    column->addStretch(2);
}

bool Pane::showStateWithoutBundle() {
    if (!context().workspace) {
        showMessage(tr("Open a workspace to review its bundles: File > Open Workspace (Ctrl+O)."));
        return true;
    }
    if (!context().entry) {
        showMessage(tr("Choose a model version in the navigator on the left (Ctrl+L)."));
        return true;
    }
    if (context().bundle)
        return false;
    QVBoxLayout* column = resetContent();
    addEntryError(column, context());
    column->addStretch(1);
    return true;
}

void Pane::addEntryError(QVBoxLayout* column, const PaneContext& context) {
    if (!context.entry || !context.entry->error)
        return;
    const Error& e = *context.entry->error;
    auto* section =
        new FormSection(QStringLiteral("bundleError"),
                        tr("%1 %2 is invalid").arg(context.entry->model, context.entry->version));
    section->addRow(QStringLiteral("message"), tr("Problem:"), e.message);
    if (!e.file.isEmpty())
        section->addRow(QStringLiteral("file"), tr("File:"), e.file);
    if (!e.where.isEmpty())
        section->addRow(QStringLiteral("where"), tr("Where:"), e.where);
    section->addRow(QStringLiteral("folder"), tr("Folder:"), context.entry->dir);
    column->addWidget(section);
}

void Pane::requireRole(QAction* action, const PaneContext& context, const QString& role,
                       const QString& what) {
    const QString refusal = context.refusal(role);
    action->setEnabled(refusal.isEmpty());
    action->setToolTip(refusal.isEmpty() ? what : refusal);
}

void Pane::requireRole(QAbstractButton* button, const PaneContext& context, const QString& role,
                       const QString& what) {
    const QString refusal = context.refusal(role);
    button->setEnabled(refusal.isEmpty());
    button->setToolTip(refusal.isEmpty() ? what : refusal);
}

}  // namespace countersign::ui
