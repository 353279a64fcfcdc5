#pragma once

#include <QString>

namespace countersign {

// A file the integrity gate must find: what a manifest (bundle.json's artefacts or a
// SHA256SUMS file) promises. The path is kept exactly as the manifest wrote it, so a bad
// path (absolute, "..") reaches the gate and is refused there, file by file.
struct ManifestEntry {
    QString path;      // relative to the root folder, '/'-separated
    QString sha256;    // 64 lowercase hex characters
    qint64 size = -1;  // bytes; -1 when unknown (SHA256SUMS): the size is then not checked
};

}  // namespace countersign
