#pragma once

#include <QString>

namespace countersign {

// Where a path named by a manifest really leads, decided before anything is opened.
// Symbolic links are resolved with canonical paths and must stay inside the root.
struct ResolvedPath {
    enum class Kind {
        Inside,   // exists; `absolute` is its canonical path inside the root
        Missing,  // does not exist (a dangling link counts as missing; `reason` says so)
        Refused,  // absolute, "..", or resolves outside the root; `reason` says why
    };
    Kind kind = Kind::Missing;
    QString absolute;
    QString reason;
};

class BundlePath {
public:
    // Empty when a manifest path is acceptable as written, otherwise the reason it is refused:
    // empty, absolute, a drive letter or backslash, a ".." segment, a NUL character.
    static QString lexicalProblem(const QString& relative);

    // Resolves `relative` under `root` (any form; it is made canonical here).
    static ResolvedPath resolve(const QString& root, const QString& relative);

    // The canonical form of a folder, or empty when it does not exist.
    static QString canonicalRoot(const QString& root);
};

}  // namespace countersign
