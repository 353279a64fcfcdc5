#include "workspace/TrainingWorkspace.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "workspace/Controls.h"
#include "workspace/Workspace.h"

namespace countersign {

Result<bool> TrainingWorkspace::isTraining(const QString& root) {
    const QString path = Workspace::controlsPath(root);
    if (!QFileInfo::exists(path))
        return false;
    auto controls = Controls::load(path);
    if (!controls)
        return controls.error();
    return controls->training;
}

Status TrainingWorkspace::requireForClockOption(const QString& root, const QString& option) {
    auto training = isTraining(root);
    if (!training)
        return training.error();
    if (*training)
        return ok();
    return Error::badInput(clockOptionRule(option),
                           QFileInfo(Workspace::controlsPath(root)).absoluteFilePath(),
                           QStringLiteral("/training"));
}

QString TrainingWorkspace::clockOptionRule(const QString& option) {
    return QCoreApplication::translate(
               "TrainingWorkspace",
               "%1 is accepted only in a training workspace (controls.json \"training\": true): no "
               "signer chooses the time, the system clock stamps every record")
        .arg(option);
}

}  // namespace countersign
