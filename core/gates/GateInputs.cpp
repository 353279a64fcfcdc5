#include "gates/GateInputs.h"

#include <QCoreApplication>
#include <QDir>

#include "workspace/Bundle.h"

namespace countersign {

namespace {

const Artefact* artefactOf(const Bundle& bundle, const QString& relative) {
    const QString wanted = QDir::cleanPath(relative);
    for (const Artefact& a : bundle.artefacts)
        if (QDir::cleanPath(a.path) == wanted)
            return &a;
    return nullptr;
}

}  // namespace

Status GateInputs::listed(const Bundle& bundle, const QString& relative, const QString& pointer) {
    if (artefactOf(bundle, relative))
        return ok();
    return Error::badInput(
        QCoreApplication::translate("GateInputs",
                                    "\"%1\" is not an artefact of the manifest (%2): a gate "
                                    "reads only files the integrity gate checks")
            .arg(relative, QDir(bundle.dir).relativeFilePath(bundle.manifestPath)),
        bundle.bundleJsonPath(), pointer);
}

Status GateInputs::matches(const Bundle& bundle, const QString& relative, const QString& sha256) {
    const Artefact* a = artefactOf(bundle, relative);
    if (!a)  // listed() refuses this before the file is read
        return Error::internal(QStringLiteral("%1 is not an artefact").arg(relative));
    if (a->sha256 == sha256)
        return ok();
    return Error::checkFailed(
        QCoreApplication::translate("GateInputs",
                                    "the bytes read have SHA-256 %1, the manifest promises %2: "
                                    "the gate does not rest on a changed file")
            .arg(sha256, a->sha256),
        bundle.filePath(relative));
}

}  // namespace countersign
