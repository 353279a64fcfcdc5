#include "common/SafeFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace countersign {

namespace {

QString errnoText(int err) {
    return QString::fromLocal8Bit(std::strerror(err));
}

// realpath(3); empty (errno set) when it fails.
QString realPath(const QString& path) {
    char* resolved = ::realpath(QFile::encodeName(path).constData(), nullptr);
    if (!resolved)
        return {};
    const QString out = QFile::decodeName(QByteArray(resolved));
    std::free(resolved);
    return out;
}

QString readLink(const QString& path) {
    QByteArray buf(4096, '\0');
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buf.data(),
                                 static_cast<size_t>(buf.size()));
    if (n < 0)
        return {};
    buf.truncate(n);
    return QFile::decodeName(buf);
}

bool isLink(const QString& path) {
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

}  // namespace

SafeFile::SafeFile(int fd, qint64 size, QString path)
    : m_fd(fd), m_size(size), m_path(std::move(path)) {}

SafeFile::SafeFile(SafeFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_size(other.m_size), m_path(std::move(other.m_path)) {}

SafeFile& SafeFile::operator=(SafeFile&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_size = other.m_size;
        m_path = std::move(other.m_path);
    }
    return *this;
}

SafeFile::~SafeFile() {
    if (m_fd >= 0)
        ::close(m_fd);
}

QString SafeFile::kindOf(unsigned int mode) {
    if (S_ISDIR(mode))
        return QCoreApplication::translate("SafeFile", "a folder");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("SafeFile", "a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return QCoreApplication::translate("SafeFile", "a character device");
    if (S_ISBLK(mode))
        return QCoreApplication::translate("SafeFile", "a block device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("SafeFile", "a socket");
    if (S_ISLNK(mode))
        return QCoreApplication::translate("SafeFile", "a symbolic link");
    return QCoreApplication::translate("SafeFile", "not a regular file");
}

Result<SafeFile> SafeFile::open(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int err = errno;
        if (err == ELOOP && isLink(path))
            return Error::badInput(
                QCoreApplication::translate("SafeFile", "a symbolic link, not followed: not read"),
                path);
        return Error::badInput(errnoText(err), path);
    }
    SafeFile file(fd, 0, path);
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return Error::badInput(errnoText(errno), path);
    if (!S_ISREG(st.st_mode))
        return Error::badInput(
            QCoreApplication::translate("SafeFile", "%1, not a regular file: not read")
                .arg(kindOf(st.st_mode)),
            path);
    // Reads of a regular file never block; clear the flag so they behave as usual.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    file.m_size = static_cast<qint64>(st.st_size);
    return file;
}

Result<SafeFile> SafeFile::openInside(const QString& root, const QString& relative) {
    const QString shown = root.endsWith(QLatin1Char('/'))
                              ? QString(root + relative)
                              : QString(root + QLatin1Char('/') + relative);
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')) ||
        relative.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return Error::badInput(
            QCoreApplication::translate("SafeFile",
                                        "the path is empty, absolute or contains \"..\": not read"),
            shown);
    const QString base = realPath(root);
    if (base.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("SafeFile", "the folder %1 does not exist").arg(root),
            shown);
    const QString joined = base + QLatin1Char('/') + relative;
    const QString canonical = realPath(joined);
    if (canonical.isEmpty()) {
        const int err = errno;
        // Name a dangling link on the way: the text of its target, never the bytes of a file.
        QString at = base;
        for (const QString& part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            at += QLatin1Char('/') + part;
            if (isLink(at) && realPath(at).isEmpty())
                return Error::badInput(
                    QCoreApplication::translate("SafeFile",
                                                "a symbolic link to \"%1\", which does not exist")
                        .arg(readLink(at)),
                    shown);
        }
        return Error::badInput(errnoText(err), shown);
    }
    if (!canonical.startsWith(base + QLatin1Char('/')))
        return Error::badInput(
            QCoreApplication::translate("SafeFile",
                                        "a symbolic link that leaves the bundle (to %1): not read")
                .arg(canonical),
            shown);
    auto file = open(canonical);
    if (!file)
        return Error::badInput(file.error().message, shown);
    // The descriptor must be the file resolved above: nothing swapped a component meanwhile.
    struct stat opened {
    }, named{};
    if (::fstat(file->fd(), &opened) != 0 ||
        ::stat(QFile::encodeName(canonical).constData(), &named) != 0 ||
        opened.st_dev != named.st_dev || opened.st_ino != named.st_ino ||
        realPath(joined) != canonical)
        return Error::badInput(
            QCoreApplication::translate("SafeFile",
                                        "the path changed while it was being opened: not read"),
            shown);
    file->m_path = shown;
    return file;
}

Result<QByteArray> SafeFile::readAll(qint64 maxBytes) {
    if (m_size > maxBytes)
        return Error::badInput(QCoreApplication::translate(
                                   "SafeFile", "the file is %1 bytes, more than the %2 allowed")
                                   .arg(m_size)
                                   .arg(maxBytes),
                               m_path);
    QByteArray out;
    out.resize(static_cast<qsizetype>(std::min(m_size, maxBytes)) + 1);
    qint64 filled = 0;
    for (;;) {
        if (filled == out.size()) {
            if (filled > maxBytes)
                return Error::badInput(QCoreApplication::translate(
                                           "SafeFile", "the file is more than the %1 bytes allowed")
                                           .arg(maxBytes),
                                       m_path);
            out.resize(std::min<qint64>(out.size() * 2, maxBytes + 1));
        }
        const ssize_t n =
            ::read(m_fd, out.data() + filled, static_cast<size_t>(out.size() - filled));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error::badInput(
                QCoreApplication::translate("SafeFile", "read failed after %1 bytes: %2")
                    .arg(filled)
                    .arg(errnoText(errno)),
                m_path);
        }
        if (n == 0)
            break;
        filled += n;
    }
    if (filled > maxBytes)
        return Error::badInput(
            QCoreApplication::translate("SafeFile", "the file is more than the %1 bytes allowed")
                .arg(maxBytes),
            m_path);
    out.truncate(static_cast<qsizetype>(filled));
    return out;
}

std::unique_ptr<QFile> SafeFile::toQFile() {
    auto f = std::make_unique<QFile>(m_path);
    if (!f->open(m_fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return nullptr;  // the descriptor stays ours and is closed with this SafeFile
    m_fd = -1;
    return f;
}

Result<QByteArray> SafeFile::read(const QString& path, qint64 maxBytes) {
    auto f = open(path);
    if (!f)
        return f.error();
    return f->readAll(maxBytes);
}

Result<QByteArray> SafeFile::readInside(const QString& root, const QString& relative,
                                        qint64 maxBytes) {
    auto f = openInside(root, relative);
    if (!f)
        return f.error();
    return f->readAll(maxBytes);
}

}  // namespace countersign
