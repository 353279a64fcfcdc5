#pragma once

#include <QList>
#include <QString>

#include "common/Result.h"
#include "gates/ManifestEntry.h"

namespace countersign {

// The list of files an integrity run checks, read from a bundle.json (its "artefacts") or
// a SHA256SUMS file, recognised from the content. Unlike the workspace's bundle loader it
// keeps bad paths (absolute, "..") so the integrity gate can refuse them one by one; a
// digest that is not 64 hex characters or a line that cannot be read is still an error.
struct ArtefactManifest {
    QString path;    // the manifest file
    QString digest;  // SHA-256 hex of its bytes: what the gate result says it checked
    bool fromSha256Sums = false;
    QList<ManifestEntry> entries;

    static Result<ArtefactManifest> read(const QString& path);
    static Result<ArtefactManifest> parse(const QByteArray& bytes, const QString& pathForErrors);
};

}  // namespace countersign
