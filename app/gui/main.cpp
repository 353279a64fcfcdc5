#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <cstdio>
#include <optional>

#include "common/Clock.h"
#include "crypto/ProcessHardening.h"
#include "ui/Settings.h"
#include "ui/Translations.h"
#include "ui/window/MainStatusBar.h"
#include "ui/window/MainWindow.h"
#include "workspace/TrainingWorkspace.h"

int main(int argc, char* argv[]) {
    // No core dumps, no ptrace: operator keys are unlocked in this process.
    (void)countersign::ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Countersign"));
    QApplication::setOrganizationName(QStringLiteral("Countersign"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    countersign::ui::initUiResources();
    countersign::ui::Translations::install(app, QLocale::system());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/countersign.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Release console for production ML models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        QCoreApplication::translate("main", "Open the workspace folder DIR."),
        QStringLiteral("DIR"));
    parser.addOption(workspace);
    const QCommandLineOption clockAt(
        QStringLiteral("clock"),
        QCoreApplication::translate("main",
                                    "Run as if it were TIME (UTC, ISO 8601) when the console "
                                    "starts; training workspaces only (controls.json "
                                    "\"training\": true). The status bar says so and records "
                                    "carry that time."),
        QStringLiteral("TIME"));
    parser.addOption(clockAt);
    parser.process(app);

    std::optional<countersign::ShiftedClock> shiftedClock;
    if (parser.isSet(clockAt)) {
        const QDateTime start = QDateTime::fromString(parser.value(clockAt), Qt::ISODate);
        if (!start.isValid()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main",
                                        "countersign: --clock \"%1\" is not an ISO 8601 "
                                        "time such as 2026-11-03T08:00:00Z")
                                        .arg(parser.value(clockAt))));
            return 2;
        }
        shiftedClock.emplace(start);
    }

    countersign::ui::Settings settings;
    QString dir = parser.value(workspace);
    if (dir.isEmpty() && QFileInfo(settings.lastWorkspace()).isDir())
        dir = settings.lastWorkspace();
    if (shiftedClock) {
        // No signer chooses the time: --clock only for a training workspace, named up front.
        const countersign::Status training =
            dir.isEmpty()
                ? countersign::Status(countersign::Error::badInput(QCoreApplication::translate(
                      "main", "--clock needs --workspace DIR of a training workspace")))
                : countersign::TrainingWorkspace::requireForClockOption(QDir(dir).absolutePath(),
                                                                        QStringLiteral("--clock"));
        if (!training) {
            std::fprintf(stderr, "countersign: %s\n", qPrintable(training.error().toString()));
            return 2;
        }
    }
    countersign::ui::MainWindow window(&settings);
    if (shiftedClock) {
        window.services().clock = &*shiftedClock;
        window.services().clockSetByOption = true;
        QLabel* note = window.mainStatusBar()->addField(QStringLiteral("shiftedClock"));
        note->setText(QCoreApplication::translate("main", "Clock set to %1 UTC (demo)")
                          .arg(shiftedClock->now().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        note->setToolTip(QCoreApplication::translate(
            "main", "Started with --clock: times, change windows and new records use this clock."));
    }
    window.show();
    if (!dir.isEmpty())
        window.openWorkspace(QDir(dir).absolutePath());
    return QApplication::exec();
}
