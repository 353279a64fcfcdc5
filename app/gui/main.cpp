#include <QApplication>
#include <QIcon>

#include "MainWindow.h"

int main(int argc, char* argv[]) {
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
