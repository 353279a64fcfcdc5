#pragma once

#include <QStringList>

#include "common/Clock.h"
#include "gates/GateResult.h"
#include "gates/SecurityAssessment.h"
#include "scans/AcceptanceStore.h"
#include "workspace/Bundle.h"
#include "workspace/Controls.h"

namespace countersign {

// The security gate over every scanner report of a bundle (scans/*.json).
//   error: no report at all, or any report that could not be read (named with its reason);
//   fail:  any finding at or above the blocking severity, or without a severity under the
//          "block" policy, that no valid risk acceptance covers (each named);
//   warning: findings without severity under "warn", or dependencies a scanner skipped;
//   pass:  otherwise. Accepted findings are listed apart in measured.accepted.
class SecurityGate {
public:
    static GateResult evaluate(const SecurityAssessment& assessment, const QString& bundleDigest,
                               const Clock& clock);
    // The reports in scans/ of a bundle folder, sorted by name, each read with
    // ScanParser::readInside: a link leaving the bundle, a FIFO, a device or a subfolder is an
    // error naming it. Empty when there is no scans/ folder.
    static QList<Result<ScanReport>> readBundleReports(const QString& bundleDir);
    static QList<Result<ScanReport>> readReports(const QStringList& files);

    // The whole gate for a bundle: its scans/*.json, the controls' thresholds, and the risk
    // acceptances read back from the audit store (AcceptanceStore::load; their problems are
    // reported with the result). `assessment` (optional) receives the details for a view.
    static GateResult runBundle(const Bundle& bundle, const Controls& controls, const Clock& clock,
                                const AcceptanceStore::Loaded& acceptances,
                                SecurityAssessment* assessment = nullptr);
};

}  // namespace countersign
