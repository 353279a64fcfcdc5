#include "DemoWorkspace.h"

#include <QDir>
#include <QProcess>

namespace countersign::test {

QString createDemoWorkspace(const QString& dir, const QStringList& extraArgs) {
    const QString cli = QDir(qEnvironmentVariable("COUNTERSIGN_BIN_DIR"))
                            .filePath(QStringLiteral("countersign-cli"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cli, QStringList{QStringLiteral("demo"), QStringLiteral("init"), dir} + extraArgs);
    if (!p.waitForFinished(120000))
        return QStringLiteral("%1 did not finish: %2").arg(cli, p.errorString());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 demo init exited with %2: %3")
            .arg(cli)
            .arg(p.exitCode())
            .arg(QString::fromUtf8(p.readAll()));
    return {};
}

}  // namespace countersign::test
