#include "crypto/FileHasher.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "common/SafeFile.h"

namespace countersign {

namespace {

QString errnoText(int err) {
    return QString::fromLocal8Bit(std::strerror(err));
}

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

struct Ctx {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

struct FreeDeleter {
    void operator()(void* p) const { std::free(p); }
};

}  // namespace

QString FileHasher::cancelledMessage() {
    return QCoreApplication::translate("FileHasher", "cancelled");
}

Result<FileDigest> FileHasher::hash(const QString& path, const Options& options) {
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: a FIFO or device named as a file is refused below, never waited on.
    int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
    if (!options.followSymlinks)
        flags |= O_NOFOLLOW;
    Fd fd;
    do {
        fd.fd = ::open(native.constData(), flags);
    } while (fd.fd < 0 && errno == EINTR);
    if (fd.fd < 0) {
        const int err = errno;
        if (err == ELOOP)
            return Error::badInput(
                QCoreApplication::translate("FileHasher", "is a symbolic link, not followed"),
                path);
        return Error::badInput(errnoText(err), path);
    }
    struct stat st {};
    if (::fstat(fd.fd, &st) != 0)
        return Error::badInput(errnoText(errno), path);
    if (!S_ISREG(st.st_mode))
        return Error::badInput(
            QCoreApplication::translate("FileHasher", "%1, not a regular file: not read")
                .arg(SafeFile::kindOf(st.st_mode)),
            path);
    ::fcntl(fd.fd, F_SETFL, ::fcntl(fd.fd, F_GETFL) & ~O_NONBLOCK);
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif

    const size_t bufSize = static_cast<size_t>(std::max<qint64>(options.bufferSize, 4096));
    std::unique_ptr<unsigned char, FreeDeleter> buf(
        static_cast<unsigned char*>(std::aligned_alloc(4096, (bufSize + 4095) / 4096 * 4096)));
    if (!buf)
        return Error::internal(QCoreApplication::translate("FileHasher", "out of memory"), path);

    Ctx ctx;
    if (!ctx.ctx || EVP_DigestInit_ex2(ctx.ctx, EVP_sha256(), nullptr) != 1)
        return Error::internal(
            QCoreApplication::translate("FileHasher", "OpenSSL could not start SHA-256"), path);

    qint64 total = 0;
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return Error::internal(cancelledMessage(), path);
        // Fill the whole buffer (read may return less) so OpenSSL sees large blocks.
        size_t filled = 0;
        bool eof = false;
        while (filled < bufSize) {
            const ssize_t n = ::read(fd.fd, buf.get() + filled, bufSize - filled);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return Error::badInput(
                    QCoreApplication::translate("FileHasher", "read failed after %1 bytes: %2")
                        .arg(total + static_cast<qint64>(filled))
                        .arg(errnoText(errno)),
                    path);
            }
            if (n == 0) {
                eof = true;
                break;
            }
            filled += static_cast<size_t>(n);
        }
        if (filled > 0) {
            if (EVP_DigestUpdate(ctx.ctx, buf.get(), filled) != 1)
                return Error::internal(
                    QCoreApplication::translate("FileHasher", "OpenSSL SHA-256 update failed"),
                    path);
            total += static_cast<qint64>(filled);
            if (options.onBytes)
                options.onBytes(static_cast<qint64>(filled));
        }
        if (eof)
            break;
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx.ctx, md, &len) != 1 || len != 32)
        return Error::internal(
            QCoreApplication::translate("FileHasher", "OpenSSL SHA-256 final failed"), path);
    return FileDigest{
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), 32).toHex()), total};
}

}  // namespace countersign
