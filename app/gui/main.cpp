#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "crypto/ProcessHardening.h"

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
    parser.process(app);

    countersign::ui::Settings settings;
    countersign::ui::MainWindow window(&settings);
    window.show();
    QString dir = parser.value(workspace);
    if (dir.isEmpty() && QFileInfo(settings.lastWorkspace()).isDir())
        dir = settings.lastWorkspace();
    if (!dir.isEmpty())
        window.openWorkspace(QDir(dir).absolutePath());
    return QApplication::exec();
}
