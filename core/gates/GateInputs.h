#pragma once

#include <QString>

#include "common/Result.h"

namespace countersign {

struct Bundle;

// The predictions and drift samples a gate reads are evidence only as artefacts of the
// bundle's manifest, checked in the run that reads them: the path must be listed before the
// file is opened, and the SHA-256 of the bytes the gate read must be the one the manifest
// promises. A gate never rests on a file nothing integrity-checks (#15, docs/formats.md).
namespace GateInputs {
// Bad input when `relative` (the bundle.json field at `pointer`, such as
// "/evaluation/predictions") is not an artefact of the manifest.
Status listed(const Bundle& bundle, const QString& relative, const QString& pointer);
// A failed check when `sha256`, the digest of the bytes read, is not the manifest's.
Status matches(const Bundle& bundle, const QString& relative, const QString& sha256);
}  // namespace GateInputs

}  // namespace countersign
