#pragma once

#include <QString>

namespace countersign {

// A problem meant for a person: what went wrong, in which file, and where in it
// (a JSON pointer such as "/artefacts/2/sha256", or "line 17"). Third-party errors
// (OpenSSL, SQLite) are translated into this at the wrapper that calls them.
struct Error {
    enum class Kind {
        BadInput,     // the input could not be read or is invalid (CLI exit 2)
        CheckFailed,  // a check ran and found a problem (CLI exit 1)
        Internal,     // a bug or an environment failure (CLI exit 3)
        Cancelled,    // the operator cancelled (a dialog closed, a prompt left); not a failure
    };

    QString message;
    QString file;
    QString where;
    Kind kind = Kind::BadInput;

    static Error badInput(QString message, QString file = {}, QString where = {});
    static Error internal(QString message, QString file = {}, QString where = {});
    static Error checkFailed(QString message, QString file = {}, QString where = {});
    static Error cancelled(QString message = {});

    bool isCancelled() const { return kind == Kind::Cancelled; }

    // "file: where: message", leaving out the parts that are empty.
    QString toString() const;
};

}  // namespace countersign
