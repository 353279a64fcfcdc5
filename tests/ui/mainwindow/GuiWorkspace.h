#pragma once

#include <QString>

namespace countersign::test {

// A workspace for the GUI tests: the committed base workspace (tests/data/workspace/base)
// plus the files the panes show (reported metrics, predictions, drift samples, a scanner
// report, a sign-off envelope) and one version whose bundle.json is cut short.
// Returns an empty string on success, otherwise what went wrong.
QString createGuiWorkspace(const QString& dir);

// The version of fraud-detection whose manifest cannot be read.
inline QString brokenVersion() {
    return QStringLiteral("0.0.1-broken");
}

}  // namespace countersign::test
