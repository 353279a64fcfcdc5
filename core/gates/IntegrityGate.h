#pragma once

#include <QString>

#include "common/Clock.h"
#include "common/Error.h"
#include "gates/GateResult.h"
#include "gates/IntegrityCheck.h"

namespace countersign {

// Turns an integrity run into the gate result every face presents: fail when any file is
// not ok (named one by one in `measured.files`), error when the run was cancelled or the
// manifest could not be read; the manifest's path and digest are the evidence.
class IntegrityGate {
public:
    static GateResult evaluate(const IntegrityReport& report, const QString& manifestPath,
                               const QString& manifestDigest, const QString& bundleDigest,
                               const Clock& clock);
    // A manifest that could not be read: an error result, never a pass.
    static GateResult unreadable(const Error& error, const Clock& clock);
};

}  // namespace countersign
