// Screenshots of the Audit pane in the real main window (not a test; nothing is committed):
// the pane after opening, mid-verification and after verification, at the window's size.
//   audit_pane_shots WORKSPACE OUTDIR [WIDTHxHEIGHT]
// Run it under xvfb-run (or QT_QPA_PLATFORM=offscreen) and look at OUTDIR/*.png.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

#include "ui/Settings.h"
#include "ui/audit/AuditBrowser.h"
#include "ui/audit/AuditPane.h"
#include "ui/audit/AuditRecordModel.h"
#include "ui/widgets/DialogHooks.h"
#include "ui/window/MainWindow.h"

using namespace countersign;
using namespace countersign::ui;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: audit_pane_shots WORKSPACE OUTDIR [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QString out = args[2];
    QDir().mkpath(out);
    QSize size(1280, 800);
    if (args.size() > 3) {
        const QStringList wh = args[3].split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    DialogHooks::setSuppressInformation(true);
    MainWindow window(&settings);
    window.resize(size);
    window.show();
    if (!window.openWorkspace(args[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(DialogHooks::lastInformation()));
        return 3;
    }
    window.findChild<QAction*>(QStringLiteral("actionShowAudit"))->trigger();
    auto* pane = qobject_cast<AuditPane*>(window.panes()->currentWidget());
    if (!pane)
        return 3;
    auto wait = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    wait(1500);  // the first rows and the live-refresh timer
    window.grab().save(out + QStringLiteral("/audit-pane.png"));
    std::printf("rows shown: %d\n", pane->browser()->model()->rowCount());

    auto* bar = pane->findChild<QProgressBar*>(QStringLiteral("auditProgress"));
    bool mid = false;
    QObject::connect(bar, &QProgressBar::valueChanged, &window, [&](int v) {
        if (!mid && bar->maximum() > 0 && v >= bar->maximum() / 3) {
            mid = true;
            window.grab().save(out + QStringLiteral("/audit-mid-verify.png"));
        }
    });
    QEventLoop done;
    QObject::connect(pane->browser(), &AuditBrowser::verificationFinished, &done,
                     [&done](bool) { done.quit(); });
    pane->findChild<QPushButton*>(QStringLiteral("auditVerify"))->click();
    done.exec();
    wait(300);
    window.grab().save(out + QStringLiteral("/audit-verified.png"));
    std::printf("verdict: %s\n", qPrintable(pane->browser()->verdictText()));
    return 0;
}
