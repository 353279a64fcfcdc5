#include "ui/window/MainActions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace countersign::ui {

QAction* MainActions::make(const char* objectName, const QString& text,
                           const QKeySequence& shortcut) {
    auto* a = new QAction(text, parent());
    a->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    m_all << a;
    return a;
}

MainActions::MainActions(QObject* parent) : QObject(parent) {
    openWorkspace = make("actionOpenWorkspace", tr("&Open Workspace…"), QKeySequence::Open);
    reloadWorkspace = make("actionReloadWorkspace", tr("&Reload Workspace"), QKeySequence::Refresh);
    signIn =
        make("actionSignIn", tr("&Sign In As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    signOut = make("actionSignOut", tr("Sign O&ut"), {});
    keySetup = make("actionKeySetup", tr("&Key Setup…"), {});
    quit = make("actionQuit", tr("&Quit"), QKeySequence::Quit);

    toggleNavigator = make("actionToggleNavigator", tr("Show &Navigator"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    toggleNavigator->setCheckable(true);
    toggleNavigator->setChecked(true);
    focusNavigator =
        make("actionFocusNavigator", tr("&Go to Navigator"), QKeySequence(Qt::CTRL | Qt::Key_L));
    fullScreen = make("actionFullScreen", tr("&Full Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);

    nextBundle =
        make("actionNextBundle", tr("&Next Version"), QKeySequence(Qt::ALT | Qt::Key_Down));
    previousBundle =
        make("actionPreviousBundle", tr("&Previous Version"), QKeySequence(Qt::ALT | Qt::Key_Up));
    openBundleFolder = make("actionOpenBundleFolder", tr("Open Bundle &Folder"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    copyDigest = make("actionCopyDigest", tr("&Copy Bundle Digest"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    signOff =
        make("actionSignOff", tr("&Sign Off…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    verifySignOffs = make("actionVerifySignOffs", tr("&Verify Sign-offs…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    showAudit = make("actionShowAudit", tr("Show &Audit Pane"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    copyStorePath = make("actionCopyStorePath", tr("Copy Audit &Store Path"), {});

    shortcuts =
        make("actionShortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make("actionAbout", tr("&About Countersign"), {});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("actionAboutQt", tr("About &Qt"), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainActions::populate(QMenuBar* bar) {
    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(openWorkspace);
    recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(reloadWorkspace);
    file->addSeparator();
    file->addAction(signIn);
    file->addAction(signOut);
    file->addAction(keySetup);
    file->addSeparator();
    file->addAction(quit);

    m_viewMenu = bar->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(toggleNavigator);
    m_viewMenu->addAction(focusNavigator);
    m_viewMenu->addAction(fullScreen);
    m_paneSeparator = m_viewMenu->addSeparator();

    QMenu* bundle = bar->addMenu(tr("&Bundle"));
    bundle->setObjectName(QStringLiteral("menuBundle"));
    bundle->addAction(nextBundle);
    bundle->addAction(previousBundle);
    bundle->addSeparator();
    bundle->addAction(openBundleFolder);
    bundle->addAction(copyDigest);
    bundle->addSeparator();
    bundle->addAction(signOff);
    bundle->addAction(verifySignOffs);

    QMenu* audit = bar->addMenu(tr("&Audit"));
    audit->setObjectName(QStringLiteral("menuAudit"));
    audit->addAction(showAudit);
    audit->addAction(copyStorePath);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

QAction* MainActions::addPaneAction(const QString& paneName, const QString& title, int number) {
    const QByteArray name = QByteArrayLiteral("actionPane") + paneName.toUtf8();
    QAction* a =
        make(name.constData(), tr("Show %1 Pane").arg(title),
             number <= 9 ? QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number))
                         : QKeySequence());
    if (m_viewMenu)
        m_viewMenu->addAction(a);
    return a;
}

QList<QAction*> MainActions::all() const {
    return m_all;
}

}  // namespace countersign::ui
