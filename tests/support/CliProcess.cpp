#include "CliProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace countersign::test {

CliRun runCli(const QStringList& args) {
    QProcess p;
    p.setProgram(qEnvironmentVariable("COUNTERSIGN_BIN_DIR") + QStringLiteral("/countersign-cli"));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COUNTERSIGN_WORKSPACE"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(120000)) {
        p.kill();  // a run that hangs is a failure, not a process left behind
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace countersign::test
