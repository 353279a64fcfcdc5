#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "workspace/Artefact.h"

namespace countersign {

// A plain SHA256SUMS file as `sha256sum` writes it: "<64 hex>  <path>" per line ("*" before
// the path marks binary mode), GNU's backslash-escaped names, and the BSD/--tag form
// "SHA256 (<path>) = <64 hex>". Blank lines are skipped. Errors name the line.
class Sha256Sums {
public:
    static Result<QList<Artefact>> parse(const QByteArray& text, const QString& pathForErrors);
    static Result<QList<Artefact>> read(const QString& path);
    // The text `sha256sum` would write for these artefacts (used by the demo and tests).
    static QByteArray write(const QList<Artefact>& artefacts);
};

}  // namespace countersign
