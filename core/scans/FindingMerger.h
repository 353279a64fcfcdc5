#pragma once

#include <QList>

#include "scans/Finding.h"

namespace countersign {

// Merges findings that are the same problem reported twice: same package (compared with
// Finding::normalizePackage) and a shared id, directly or through aliases (GHSA ↔ CVE ↔
// PYSEC). Misconfigurations and secrets merge on id + target. The merged finding keeps the
// highest known severity, the CVE id as its id when there is one, every other id as an
// alias, and every source and report it came from.
class FindingMerger {
public:
    static QList<Finding> merge(const QList<Finding>& findings);
};

}  // namespace countersign
