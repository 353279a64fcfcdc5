#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "workspace/Operator.h"

namespace countersign {

// config/ml/operators.json: who may sign, for which roles, with which public key.
struct Roster {
    QList<Operator> operators;
    QString path;  // the file read

    const Operator* find(const QString& id) const;
    const Operator* findByKeyId(const QString& keyId) const;
    QList<const Operator*> withRole(const QString& role) const;

    static Result<Roster> load(const QString& path);
    static Result<Roster> fromJson(const QJsonObject& json, const QString& pathForErrors);
    // The key id of a PEM public key if it is an ECDSA P-256 key, otherwise an empty string
    // and the reason in *why.
    static QString p256KeyId(const QString& pem, QString* why);
};

}  // namespace countersign
