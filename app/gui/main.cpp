#include <QApplication>
#include <QIcon>

#include "MainWindow.h"
#include "crypto/ProcessHardening.h"

int main(int argc, char* argv[]) {
    // No core dumps, no ptrace: operator keys are unlocked in this process.
    (void)countersign::ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Countersign"));
    QApplication::setOrganizationName(QStringLiteral("Countersign"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/countersign.svg")));
    countersign::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
