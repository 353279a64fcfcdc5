#include "crypto/OpenSslErrors.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <QStringList>

namespace countersign {

QString OpenSslErrors::take() {
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QStringLiteral("; "));
}

void OpenSslErrors::clear() {
    ERR_clear_error();
}

OpenSslThreadScope::~OpenSslThreadScope() {
    OPENSSL_thread_stop();
}

}  // namespace countersign
