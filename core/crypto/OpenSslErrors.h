#pragma once

#include <QString>

namespace countersign {

// Drains OpenSSL's per-thread error queue into one line ("" when it is empty), for the
// wrappers that translate OpenSSL failures into Error. Never contains secret material:
// OpenSSL's reason strings name the failing operation, not the data.
class OpenSslErrors {
public:
    static QString take();
    static void clear();
};

// Frees this thread's OpenSSL state (error queue, caches) when a crypto job on a pooled
// thread ends. Pool threads outlive the job, and what OpenSSL keeps per thread would
// otherwise stay until the thread exits (reported as leaks when the process exits first).
class OpenSslThreadScope {
public:
    OpenSslThreadScope() = default;
    ~OpenSslThreadScope();
    OpenSslThreadScope(const OpenSslThreadScope&) = delete;
    OpenSslThreadScope& operator=(const OpenSslThreadScope&) = delete;
};

}  // namespace countersign
