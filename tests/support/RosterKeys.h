#pragma once

#include <QByteArray>
#include <QString>

namespace countersign::test {

// Gives a roster operator a fresh key for tests: generates an ECDSA P-256 key, saves it
// encrypted at keyPath under passphrase, and writes its public key into the workspace's
// config/ml/operators.json for operatorId. Returns the key id (empty on failure).
QString installOperatorKey(const QString& workspaceRoot, const QString& operatorId,
                           const QString& keyPath, const QByteArray& passphrase);

}  // namespace countersign::test
