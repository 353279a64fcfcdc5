#pragma once

#include <QString>

namespace countersign::test {

// A workspace for the GUI tests: the committed base workspace (tests/data/workspace/base)
// plus the files the panes show (reported metrics, predictions, drift samples, a scanner
// report, a sign-off envelope) and one version whose bundle.json is cut short. Every roster
// operator has a key under keys/<id>.key.pem (guiKeyFile) with the passphrase guiPassphrase(id),
// and the roster holds its public key, so they can sign in (MainWindow::signIn).
// Its audit store exists (empty), as in a workspace in use. Returns an empty string on success,
// otherwise what went wrong.
QString createGuiWorkspace(const QString& dir);

// The passphrase of an operator's key in the GUI workspace.
inline QString guiPassphrase(const QString& operatorId) {
    return QStringLiteral("gui-passphrase-") + operatorId;
}
QString guiKeyFile(const QString& dir, const QString& operatorId);

// The version of fraud-detection whose manifest cannot be read.
inline QString brokenVersion() {
    return QStringLiteral("0.0.1-broken");
}

}  // namespace countersign::test
