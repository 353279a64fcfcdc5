#include "demo/DemoKey.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <cstring>
#include <memory>

#include "crypto/Sha256.h"

namespace countersign {

namespace {

QByteArray derive(std::uint64_t seed, const QString& id, const char* purpose, int counter = 0) {
    Sha256 h;
    h.add(QByteArrayView("countersign-demo-key/v1"));
    h.add(QByteArrayView(purpose));
    unsigned char s[8];
    for (int i = 0; i < 8; ++i) s[i] = static_cast<unsigned char>(seed >> (8 * i));
    h.add(s, sizeof s);
    h.add(id.toUtf8());
    const unsigned char c = static_cast<unsigned char>(counter);
    h.add(&c, 1);
    return h.finish();
}

Error opensslError(const QString& what) {
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    ERR_clear_error();
    return Error::internal(what + QStringLiteral(": ") + QString::fromLatin1(buf));
}

QByteArray bioBytes(BIO* bio) {
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, len);
}

template <typename T, void (*F)(T*)>
struct Deleter {
    void operator()(T* p) const { F(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_clear_free>>;
using GroupPtr = std::unique_ptr<EC_GROUP, Deleter<EC_GROUP, EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, Deleter<EC_POINT, EC_POINT_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using BldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using SigPtr = std::unique_ptr<X509_SIG, Deleter<X509_SIG, X509_SIG_free>>;
using P8Ptr =
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>>;

Result<PkeyPtr> keyFromSeed(std::uint64_t seed, const QString& id) {
    GroupPtr group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    if (!group)
        return opensslError(QCoreApplication::translate("DemoKey", "no P-256 group"));
    BnPtr d(BN_secure_new());
    for (int counter = 0;; ++counter) {
        QByteArray bytes = derive(seed, id, "scalar", counter);
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()),
                  static_cast<int>(bytes.size()), d.get());
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
        if (!BN_is_zero(d.get()) && BN_cmp(d.get(), EC_GROUP_get0_order(group.get())) < 0)
            break;
        if (counter > 16)
            return Error::internal(
                QCoreApplication::translate("DemoKey", "cannot derive a demo key"));
    }
    PointPtr pub(EC_POINT_new(group.get()));
    unsigned char point[65];
    if (!pub || EC_POINT_mul(group.get(), pub.get(), d.get(), nullptr, nullptr, nullptr) != 1 ||
        EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED, point,
                           sizeof point, nullptr) != sizeof point)
        return opensslError(
            QCoreApplication::translate("DemoKey", "cannot compute the demo public key"));
    BldPtr bld(OSSL_PARAM_BLD_new());
    char groupName[] = "prime256v1";
    if (!bld ||
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName, 0) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get()) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point) !=
            1)
        return opensslError(QCoreApplication::translate("DemoKey", "cannot build the demo key"));
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return opensslError(QCoreApplication::translate("DemoKey", "cannot make the demo key"));
    return PkeyPtr(raw);
}
}  // namespace

Result<DemoKey::Written> DemoKey::make(std::uint64_t seed, const QString& id,
                                       const QByteArray& passphrase) {
    auto key = keyFromSeed(seed, id);
    if (!key)
        return key.error();
    Written out;
    {
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (!bio || PEM_write_bio_PUBKEY(bio.get(), key->get()) != 1)
            return opensslError(
                QCoreApplication::translate("DemoKey", "cannot write the demo public key"));
        out.publicKeyPem = QString::fromLatin1(bioBytes(bio.get()));
    }
    unsigned char salt[16], iv[16];
    std::memcpy(salt, derive(seed, id, "salt").constData(), sizeof salt);
    std::memcpy(iv, derive(seed, id, "iv").constData(), sizeof iv);
    X509_ALGOR* pbe = PKCS5_pbe2_set_iv_ex(EVP_aes_256_cbc(), kIterations, salt, sizeof salt, iv,
                                           NID_hmacWithSHA256, nullptr);
    P8Ptr p8inf(EVP_PKEY2PKCS8(key->get()));
    if (!pbe || !p8inf) {
        X509_ALGOR_free(pbe);
        return opensslError(
            QCoreApplication::translate("DemoKey", "cannot prepare the demo key encryption"));
    }
    SigPtr p8(PKCS8_set0_pbe_ex(passphrase.constData(), static_cast<int>(passphrase.size()),
                                p8inf.get(), pbe, nullptr, nullptr));
    if (!p8) {
        X509_ALGOR_free(pbe);
        return opensslError(QCoreApplication::translate("DemoKey", "cannot encrypt the demo key"));
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), p8.get()) != 1)
        return opensslError(QCoreApplication::translate("DemoKey", "cannot write the demo key"));
    out.encryptedPem = bioBytes(bio.get());
    return out;
}

}  // namespace countersign
