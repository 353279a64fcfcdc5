#include "workspace/Roster.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include "common/JsonFile.h"
#include "crypto/PublicKey.h"
#include "crypto/Sha256.h"
#include "workspace/Names.h"
#include "workspace/Role.h"

namespace countersign {

const Operator* Roster::find(const QString& id) const {
    for (const Operator& o : operators)
        if (o.id == id)
            return &o;
    return nullptr;
}

const Operator* Roster::findByKeyId(const QString& keyId) const {
    for (const Operator& o : operators)
        if (o.keyId == keyId)
            return &o;
    return nullptr;
}

QList<const Operator*> Roster::withRole(const QString& role) const {
    QList<const Operator*> out;
    for (const Operator& o : operators)
        if (o.hasRole(role))
            out.append(&o);
    return out;
}

QString Roster::p256KeyId(const QString& pem, QString* why) {
    const QByteArray bytes = pem.toUtf8();
    if (!bytes.contains("-----BEGIN PUBLIC KEY-----")) {
        *why = QCoreApplication::translate(
            "Roster", "expected a PEM public key (\"-----BEGIN PUBLIC KEY-----\")");
        return {};
    }
    // The verifier's reader decides what the key is: exactly one PEM block, nothing around it,
    // so the key checked here is the key every signature is verified with.
    if (auto single = PublicKey::fromPem(pem); !single) {
        *why = single.error().message;
        return {};
    }
    BIO* bio = BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size()));
    EVP_PKEY* key = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!key) {
        *why = QCoreApplication::translate("Roster", "the public key PEM cannot be read");
        return {};
    }
    QString id;
    char group[64] = {};
    size_t groupLen = 0;
    if (!EVP_PKEY_is_a(key, "EC") ||
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &groupLen) != 1 ||
        (qstrcmp(group, "prime256v1") != 0 && qstrcmp(group, "P-256") != 0)) {
        *why = QCoreApplication::translate("Roster", "the public key is not an ECDSA P-256 key");
    } else {
        unsigned char* der = nullptr;
        const int len = i2d_PUBKEY(key, &der);
        if (len > 0)
            id = QString::fromLatin1(Sha256::hashHex(QByteArrayView(der, len)));
        else
            *why = QCoreApplication::translate("Roster", "the public key cannot be encoded");
        OPENSSL_free(der);
    }
    EVP_PKEY_free(key);
    return id;
}

Result<Roster> Roster::fromJson(const QJsonObject& json, const QString& path) {
    Roster roster;
    roster.path = path;
    const JsonReader r(path, json);
    if (r.has(QStringLiteral("schema"))) {
        const QString schema = r.string(QStringLiteral("schema"));
        if (!r.failed() && schema != QLatin1String("countersign.operators/v1"))
            r.fail(QCoreApplication::translate(
                       "Roster", "unknown schema \"%1\", expected \"countersign.operators/v1\"")
                       .arg(schema),
                   QStringLiteral("/schema"));
    }
    const JsonReader list = r.child(QStringLiteral("operators"));
    if (!r.failed() && !list.value().isArray())
        list.fail(QCoreApplication::translate("Roster", "expected an array of operators"));
    if (!r.failed() && list.size() == 0)
        list.fail(QCoreApplication::translate("Roster", "the roster lists no operators"));
    QSet<QString> ids, keyIds;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const JsonReader e = list.at(i);
        const QString at = e.pointer();
        Operator o;
        o.id = e.string(QStringLiteral("id"));
        if (!r.failed() && !Names::isOperatorId(o.id))
            e.fail(QCoreApplication::translate(
                       "Roster",
                       "\"%1\" is not an operator id (lowercase letters, digits, '.', '_', '-')")
                       .arg(o.id),
                   at + QStringLiteral("/id"));
        if (!r.failed() && ids.contains(o.id))
            e.fail(QCoreApplication::translate("Roster", "the operator id \"%1\" is used twice")
                       .arg(o.id),
                   at + QStringLiteral("/id"));
        ids.insert(o.id);
        o.name = e.string(QStringLiteral("name"));
        if (!r.failed() && o.name.trimmed().isEmpty())
            e.fail(QCoreApplication::translate("Roster", "the name is empty"),
                   at + QStringLiteral("/name"));
        o.roles = e.stringList(QStringLiteral("roles"));
        if (!r.failed() && o.roles.isEmpty())
            e.fail(QCoreApplication::translate("Roster", "the operator has no role"),
                   at + QStringLiteral("/roles"));
        for (qsizetype k = 0; k < o.roles.size() && !r.failed(); ++k) {
            const QString where = at + QStringLiteral("/roles/") + QString::number(k);
            if (!Role::isValid(o.roles.at(k)))
                e.fail(
                    QCoreApplication::translate("Roster", "unknown role \"%1\", expected one of %2")
                        .arg(o.roles.at(k), Role::all().join(QStringLiteral(", "))),
                    where);
            else if (o.roles.indexOf(o.roles.at(k)) != k)
                e.fail(QCoreApplication::translate("Roster", "the role \"%1\" is listed twice")
                           .arg(o.roles.at(k)),
                       where);
        }
        o.publicKeyPem = e.string(QStringLiteral("public_key"));
        if (!r.failed()) {
            QString why;
            o.keyId = p256KeyId(o.publicKeyPem, &why);
            if (o.keyId.isEmpty())
                e.fail(QCoreApplication::translate("Roster", "the public key of operator %1: %2")
                           .arg(o.id, why),
                       at + QStringLiteral("/public_key"));
            else if (keyIds.contains(o.keyId))
                e.fail(QCoreApplication::translate("Roster",
                                                   "this public key is already another operator's"),
                       at + QStringLiteral("/public_key"));
            keyIds.insert(o.keyId);
        }
        roster.operators.append(o);
    }
    if (r.failed())
        return r.error();
    return roster;
}

Result<Roster> Roster::load(const QString& path) {
    auto json = JsonFile::readObject(path);
    if (!json)
        return json.error();
    return fromJson(json.value(), QFileInfo(path).absoluteFilePath());
}

}  // namespace countersign
