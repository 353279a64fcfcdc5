#pragma once

#include <QString>

namespace countersign {

// A file of a bundle and the digest its manifest promises.
struct Artefact {
    QString path;      // relative to the bundle folder, '/'-separated, no "..", not absolute
    QString sha256;    // 64 lowercase hex characters
    qint64 size = -1;  // bytes; -1 when the list came from SHA256SUMS (sizes not checked)
};

}  // namespace countersign
