#include "RosterKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "crypto/OperatorKey.h"

namespace countersign::test {

QString installOperatorKey(const QString& root, const QString& operatorId, const QString& keyPath,
                           const QByteArray& passphrase) {
    auto key = OperatorKey::generate();
    if (!key || !key->saveEncrypted(keyPath, SecretBytes(passphrase)).ok())
        return {};
    const QString rosterPath = root + QStringLiteral("/config/ml/operators.json");
    QFile f(rosterPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject roster = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray ops = roster.value(QStringLiteral("operators")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        QJsonObject o = ops.at(i).toObject();
        if (o.value(QStringLiteral("id")).toString() != operatorId)
            continue;
        o.insert(QStringLiteral("public_key"), key->publicKeyPem());
        ops.replace(i, o);
        found = true;
    }
    if (!found)
        return {};
    roster.insert(QStringLiteral("operators"), ops);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QJsonDocument(roster).toJson());
    return key->keyId();
}

}  // namespace countersign::test
