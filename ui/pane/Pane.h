#pragma once

#include <QStringList>
#include <QWidget>

#include "ui/pane/PaneContext.h"

class QAbstractButton;
class QAction;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace countersign::ui {

class Session;

// One role pane of the main window (Overview, Risk, Security, Release, Audit, ...). It follows
// the window's Session: a new workspace or store rebuilds it at once (its pointers die with
// them); another selection, operator or new records rebuild it now when it is shown, otherwise
// when it is next shown. Actions stay visible for everyone; those needing a role are enabled
// only for operators holding it, with the reason in the tooltip otherwise.
class Pane : public QWidget {
    Q_OBJECT
public:
    explicit Pane(QWidget* parent = nullptr);

    // The tab title, translated.
    virtual QString title() const = 0;
    // Operators whose primary role is one of these see this pane first after signing in.
    virtual QStringList primaryRoles() const { return {}; }

    // Once, by the main window: the session this pane follows.
    void setSession(Session* session);
    // The session's context (an empty one before setSession()).
    const PaneContext& context() const;

    // Enables the control when the context's operator holds the role; otherwise disables it
    // and puts the reason in its tooltip. `what` describes the action for enabled tooltips.
    static void requireRole(QAction* action, const PaneContext& context, const QString& role,
                            const QString& what);
    static void requireRole(QAbstractButton* button, const PaneContext& context,
                            const QString& role, const QString& what);

signals:
    // A short message for the status bar.
    void statusMessage(const QString& text);
    // Something was appended to the audit store (a sign-off, a refusal, a hotfix request...):
    // the main window refreshes the bundle header and the panes.
    void recorded();
    // Asks the main window to select another bundle ("model@version") in the navigator.
    void bundleRequested(const QString& bundleId);

protected:
    // Rebuild the view from context(); called when the session moved (see above).
    virtual void refresh() = 0;
    void showEvent(QShowEvent* event) override;

    // Replaces the pane's scrollable content with a fresh, empty column and returns its layout.
    QVBoxLayout* resetContent();
    // Replaces the content with a single message (no bundle selected, bundle unreadable, ...).
    void showMessage(const QString& text);
    // Handles the states without a readable bundle: no workspace, no version selected, or a
    // version whose manifest cannot be read (its error is shown). Returns true when it did,
    // false when context().bundle is set and the pane should show it.
    bool showStateWithoutBundle();
    // Adds the selected version's error (if any) as a section to the column.
    static void addEntryError(QVBoxLayout* column, const PaneContext& context);
    // The scrollable area resetContent() fills; a pane with its own full-size view (a table)
    // hides it and adds the view to layout().
    QScrollArea* scrollArea() const { return m_scroll; }

private:
    void refreshNow();
    // Rebuilds now when shown, else marks the view stale for the next show.
    void refreshWhenShown();

    Session* m_session = nullptr;
    bool m_stale = false;
    QScrollArea* m_scroll = nullptr;
};

}  // namespace countersign::ui
