#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "ui/pane/PaneContext.h"

class QAction;
class QDialog;
class QWidget;

namespace countersign {
struct Bundle;
}

namespace countersign::ui {

class Session;

// The main window's key and sign-off actions (issue 4): File → Key Setup… (KeySetupDialog for
// the signed-in operator), Bundle → Sign Off… (step and decision chosen, the attempt checked by
// core's ReleaseDesk — preconditions and separation of duties refuse with the reason, which is
// recorded — then the SigningDialog), Bundle → Verify Sign-offs… (SignOffsDialog). Dialogs are
// shown with open()/show(), never exec(); tests find them by object name. Disabled actions say
// why in their tooltip.
class SignOffActions : public QObject {
    Q_OBJECT
public:
    // Follows the session: the actions are enabled for what it shows and who is signed in.
    SignOffActions(QWidget* window, Session* session, QAction* keySetup, QAction* signOff,
                   QAction* verify);

    void keySetup();
    void signOff();
    void verifySignOffs();

    // Empty when the signed-in operator may start a sign-off of the selected bundle, else why.
    QString signOffRefusal() const;

signals:
    void statusMessage(const QString& text);
    void recorded();  // something was appended to the audit store

private:
    void attempt(const Bundle& bundle, const QString& step, const QString& role,
                 const QString& decision, const QString& justification);
    const PaneContext& context() const;
    void updateActions();
    void track(QDialog* dialog);
    void closeDialogs();

    QWidget* m_window;
    Session* m_session;
    QAction* m_keySetup;
    QAction* m_signOff;
    QAction* m_verify;
    QList<QPointer<QDialog>> m_dialogs;
};

}  // namespace countersign::ui
