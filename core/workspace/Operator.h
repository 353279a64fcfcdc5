#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// One person (or the pipeline) on the roster, config/ml/operators.json.
struct Operator {
    QString id;            // unique, e.g. "r.ahmed"
    QString name;          // for people, e.g. "R. Ahmed"
    QStringList roles;     // role ids (Role), at least one
    QString publicKeyPem;  // ECDSA P-256 SubjectPublicKeyInfo as PEM
    QString keyId;         // SHA-256 hex of the public key's DER (SubjectPublicKeyInfo)

    bool hasRole(const QString& role) const { return roles.contains(role); }
};

}  // namespace countersign
