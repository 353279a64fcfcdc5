#pragma once

#include <QString>
#include <QTextStream>

#include "common/Result.h"
#include "crypto/SecretBytes.h"

namespace countersign::cli {

// Where a command gets a passphrase: --passphrase-file when given, otherwise a prompt on the
// terminal (/dev/tty) with echo off. Never from a plain argument.
class PassphrasePrompt {
public:
    // `prompt` is shown on the terminal; with `confirm` it asks twice and compares.
    static Result<SecretBytes> obtain(const QString& passphraseFile, const QString& prompt,
                                      bool confirm = false);
    // Reads one line from the terminal with echo off; an error when there is no terminal.
    static Result<SecretBytes> readFromTerminal(const QString& prompt);
};

}  // namespace countersign::cli
