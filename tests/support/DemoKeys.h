#pragma once

#include <QDir>
#include <QString>

#include "demo/DemoWorkspace.h"

namespace countersign::test {

// A demo operator's key file in a demo workspace, keys/<id>.key.pem (docs/demo.md).
inline QString demoKeyFile(const QString& workspaceRoot, const QString& operatorId) {
    return QDir(workspaceRoot).filePath(QStringLiteral("keys/%1.key.pem").arg(operatorId));
}

// Its public passphrase ("demo-<id>", DemoWorkspace::passphraseFor).
inline QString demoPassphrase(const QString& operatorId) {
    return DemoWorkspace::passphraseFor(operatorId);
}

}  // namespace countersign::test
