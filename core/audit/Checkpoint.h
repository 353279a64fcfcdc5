#pragma once

#include <QByteArray>
#include <QString>

#include "audit/NoteVerifier.h"
#include "common/Result.h"

namespace countersign {

// A signed tree head in the C2SP tlog-checkpoint format: the body
//   <origin>\n<decimal tree size>\n<base64 root hash>\n
// signed as a C2SP signed-note (the full text is in signedNote).
struct Checkpoint {
    QString origin;
    qint64 size = 0;
    QByteArray rootHash;  // 32 bytes
    QString signedNote;

    bool isNull() const { return rootHash.isEmpty(); }
    QString body() const;

    // Verifies the note's signature with `verifier` and parses the body.
    static Result<Checkpoint> fromSignedNote(const QString& note, const NoteVerifier& verifier);
    // Parses the body of an unverified note (only to show it; never to trust it).
    static Result<Checkpoint> parseUnverified(const QString& note);
    static Result<Checkpoint> load(const QString& path, const NoteVerifier& verifier);
    // Saves the signed note atomically (QSaveFile).
    Status save(const QString& path) const;
};

}  // namespace countersign
