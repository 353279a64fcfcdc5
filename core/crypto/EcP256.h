#pragma once

#include <QByteArray>
#include <QString>

// Internal to core/crypto: helpers shared by PublicKey and OperatorKey. Only a forward
// declaration of OpenSSL's key type, so no OpenSSL header leaks from here.
struct evp_pkey_st;

namespace countersign::detail {

// Empty when the key is an ECDSA key on P-256; otherwise what it is instead
// ("an RSA key", "an EC key on secp384r1").
QString describeIfNotP256(const evp_pkey_st* key);
// SubjectPublicKeyInfo DER of the key's public half.
QByteArray spkiDer(const evp_pkey_st* key);

}  // namespace countersign::detail
