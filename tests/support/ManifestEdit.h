#pragma once

#include <QString>
#include <QStringList>

namespace countersign::test {

// Lists files a test wrote into a bundle as artefacts of its bundle.json (path, SHA-256 and
// size of the bytes on disk), as a bundle's owner does before it is reviewed: the bias and
// drift gates read only artefacts of the manifest.
bool listAsArtefacts(const QString& bundleDir, const QStringList& relativePaths);

}  // namespace countersign::test
