#pragma once

#include <QJsonObject>
#include <QString>

#include "gates/FileVerdict.h"

namespace countersign {

// The integrity gate's finding for one file.
struct FileCheck {
    QString path;  // as the manifest names it (extras: relative to the root)
    FileVerdict verdict = FileVerdict::Pending;
    QString expectedSha256;  // from the manifest; empty for extras
    QString actualSha256;    // what was read; empty when nothing was read
    qint64 expectedSize = -1;
    qint64 actualSize = -1;
    QString reason;  // for people: why mismatch / unreadable / refused

    QJsonObject toJson() const;
};

}  // namespace countersign
