#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "common/Error.h"
#include "scans/ScanReport.h"
#include "workspace/Controls.h"

namespace countersign {

// Whether the reports a bundle ships are evidence that it was scanned: every required kind of
// scan is there (controls.json scanners.required), no report scanned nothing (unless
// scanners.allow_empty), and every Trivy container image scan scanned the image bundle.json
// declares. Each problem is an Error naming the report (or controls.json) and the reason; any
// problem fails the security gate.
class ScanCoverage {
public:
    // `declaredImageDigest`: bundle.json image.digest ("" when the bundle declares none);
    // std::nullopt when there is no bundle to bind to (reports given by hand).
    static QList<Error> check(const QList<ScanReport>& reports, const Controls::Scanners& scanners,
                              const std::optional<QString>& declaredImageDigest,
                              const QString& controlsPath = {});
};

}  // namespace countersign
