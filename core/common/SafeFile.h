#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

#include "common/Result.h"

class QFile;

namespace countersign {

// The one way Countersign opens a file it reads: never through a symbolic link at the last
// component, never blocking (a FIFO or a device is refused, not waited on), and only when the
// opened descriptor is a regular file (fstat S_ISREG). openInside() also keeps the path inside
// a root folder (a bundle): every component is resolved (realpath) before the open, a link that
// leaves the root is refused by name, and the descriptor is checked to be the resolved file
// after it (device and inode), so a swap in between is caught.
// Errors name the file and the reason; they never quote the file's bytes.
//   auto f = SafeFile::openInside(bundle.dir, QStringLiteral("scans/trivy.json"));
//   if (!f) return f.error();
//   auto bytes = f->readAll(maxBytes);
class SafeFile {
public:
    SafeFile(SafeFile&& other) noexcept;
    SafeFile& operator=(SafeFile&& other) noexcept;
    SafeFile(const SafeFile&) = delete;
    SafeFile& operator=(const SafeFile&) = delete;
    ~SafeFile();

    static Result<SafeFile> open(const QString& path);
    static Result<SafeFile> openInside(const QString& root, const QString& relative);

    // open()/openInside() then readAll(); a file larger than maxBytes is an error naming both.
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
    static Result<QByteArray> readInside(const QString& root, const QString& relative,
                                         qint64 maxBytes);

    Result<QByteArray> readAll(qint64 maxBytes);
    // Hands the descriptor to a QFile (which closes it); this SafeFile is empty afterwards.
    std::unique_ptr<QFile> toQFile();

    int fd() const { return m_fd; }
    qint64 size() const { return m_size; }
    const QString& path() const { return m_path; }

    // What a file of this st_mode is, for refusals: "a named pipe (FIFO)", "a folder", ….
    static QString kindOf(unsigned int mode);

private:
    SafeFile(int fd, qint64 size, QString path);
    int m_fd = -1;
    qint64 m_size = 0;
    QString m_path;
};

}  // namespace countersign
