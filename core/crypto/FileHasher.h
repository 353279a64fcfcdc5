#pragma once

#include <QString>
#include <atomic>
#include <functional>

#include "common/Result.h"

namespace countersign {

// The SHA-256 of a whole file and the number of bytes read.
struct FileDigest {
    QString sha256;  // 64 lowercase hex characters
    qint64 size = 0;
};

// Streams a file through OpenSSL's EVP SHA-256 in large blocks (posix_fadvise SEQUENTIAL,
// one buffer per call, so memory stays at bufferSize whatever the file size).
//   onBytes: called after each block with the bytes of that block (from the calling thread);
//   cancel:  checked between blocks; a cancelled hash returns an Internal error "cancelled".
// The final path component is opened with O_NOFOLLOW: callers resolve symlinks themselves.
class FileHasher {
public:
    static constexpr qint64 defaultBufferSize = 2 << 20;  // 2 MiB

    struct Options {
        qint64 bufferSize = defaultBufferSize;
        std::function<void(qint64)> onBytes;
        const std::atomic<bool>* cancel = nullptr;
        bool followSymlinks = false;
    };

    static Result<FileDigest> hash(const QString& path, const Options& options);
    static Result<FileDigest> hash(const QString& path) { return hash(path, Options{}); }

    // The error message FileHasher uses for a cancelled hash.
    static QString cancelledMessage();
};

}  // namespace countersign
