#pragma once

#include <QString>
#include <QStringList>

namespace countersign::test {

// Creates the demo workspace in dir with `countersign-cli demo init` (from COUNTERSIGN_BIN_DIR).
// Returns an empty string on success, otherwise what went wrong (exit code and output).
QString createDemoWorkspace(const QString& dir, const QStringList& extraArgs = {});

}  // namespace countersign::test
