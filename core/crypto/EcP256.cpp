#include "crypto/EcP256.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <QCoreApplication>

namespace countersign::detail {

QString describeIfNotP256(const evp_pkey_st* key) {
    if (!key)
        return QCoreApplication::translate("OperatorKey", "no key");
    if (!EVP_PKEY_is_a(key, "EC")) {
        const char* type = EVP_PKEY_get0_type_name(key);
        return QCoreApplication::translate("OperatorKey", "a %1 key")
            .arg(QString::fromLatin1(type ? type : "unknown"));
    }
    char group[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &len) != 1)
        return QCoreApplication::translate("OperatorKey",
                                           "an EC key with explicit or unknown curve parameters");
    const QString name = QString::fromLatin1(group, static_cast<qsizetype>(len));
    if (name != QLatin1String("prime256v1") && name != QLatin1String("P-256"))
        return QCoreApplication::translate("OperatorKey", "an EC key on %1").arg(name);
    return {};
}

QByteArray spkiDer(const evp_pkey_st* key) {
    unsigned char* buf = nullptr;
    const int n = i2d_PUBKEY(key, &buf);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(buf), n);
    OPENSSL_free(buf);
    return out;
}

}  // namespace countersign::detail
