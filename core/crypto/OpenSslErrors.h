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

}  // namespace countersign
