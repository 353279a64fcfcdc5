#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "Command.h"
#include "crypto/ProcessHardening.h"

int main(int argc, char* argv[]) {
    // No core dumps, no ptrace: operator keys are unlocked in this process.
    (void)countersign::ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Countersign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = countersign::cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return code;
}
