#pragma once

#include <QMap>
#include <QString>

#include "gates/Verdict.h"

namespace countersign::test {

// Makes a bundle of a copied workspace reviewable now by the CLI, which runs on the system
// clock: its bundle.json "created" moves to an hour ago (so the change window is open), and
// gate results with the given verdicts (default: all four gates pass) are recorded in the
// workspace's audit store for the new digest, as `countersign-cli gates` would.
// Returns an empty string on success, otherwise what went wrong.
QString openForReview(const QString& workspaceRoot, const QString& bundleId,
                      const QMap<QString, Verdict>& verdicts = {});

}  // namespace countersign::test
