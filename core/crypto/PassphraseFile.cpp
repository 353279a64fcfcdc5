#include "crypto/PassphraseFile.h"

#include <openssl/crypto.h>
#include <QCoreApplication>
#include <QFile>

namespace countersign {

namespace {
constexpr qint64 kMaxBytes = 4096;
}  // namespace

Result<SecretBytes> PassphraseFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("PassphraseFile", "cannot read the passphrase file: %1")
                .arg(file.errorString()),
            path);
    char buf[kMaxBytes];
    const qint64 n = file.read(buf, kMaxBytes);
    const bool tooLong = n == kMaxBytes && !file.atEnd();
    SecretBytes out;
    for (qint64 i = 0; i < n && !tooLong; ++i) {
        if (buf[i] == '\n')
            break;
        out.append(buf[i]);
    }
    OPENSSL_cleanse(buf, sizeof buf);
    if (n < 0)
        return Error::badInput(
            QCoreApplication::translate("PassphraseFile", "cannot read the passphrase file"), path);
    if (tooLong)
        return Error::badInput(
            QCoreApplication::translate("PassphraseFile", "the passphrase file is too long"), path);
    if (!out.isEmpty() && out.data()[out.size() - 1] == '\r')
        out.removeLast();
    if (out.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("PassphraseFile",
                                        "the passphrase file is empty (the first line is read)"),
            path);
    return out;
}

}  // namespace countersign
