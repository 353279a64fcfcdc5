#pragma once

#include <QString>

#include "common/Result.h"
#include "crypto/SecretBytes.h"

namespace countersign {

// Reads a passphrase from a file the way `openssl -passin file:` does: the first line,
// without its line break. The read buffer is wiped; the passphrase never appears in errors.
class PassphraseFile {
public:
    static Result<SecretBytes> read(const QString& path);
};

}  // namespace countersign
