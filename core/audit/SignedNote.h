#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "audit/Ed25519Key.h"
#include "audit/NoteVerifier.h"
#include "common/Result.h"

namespace countersign {

// C2SP signed-note with Ed25519 (signature type 0x01): a text ending in a newline, a blank
// line, then signature lines "— <key name> <base64(4-byte key id || 64-byte signature)>".
class SignedNote {
public:
    // Signs text (which must end in '\n' and hold no control characters but '\n').
    static Result<QString> sign(const QString& text, const QString& keyName, const Ed25519Key& key);

    // Returns the note's text if it carries a valid signature by `verifier`. Signatures of
    // other keys are ignored; none by `verifier` is an error ("signed by another key"), and so
    // is a signature by `verifier` that does not verify.
    static Result<QString> open(const QString& note, const NoteVerifier& verifier);
    // Who signed the note, unverified: "<key name>+<8 hex key id>" of every well-formed
    // signature line, for messages naming the key a note was signed with.
    static QStringList signers(const QString& note);

    // The private key file format shared with Go's golang.org/x/mod/sumdb/note:
    // PRIVATE+KEY+<name>+<8 hex key id>+<base64(0x01 || 32-byte seed)>
    static QByteArray encodePrivateKey(const QString& keyName, const Ed25519Key& key);
    struct PrivateKey {
        QString name;
        Ed25519Key key;
    };
    static Result<PrivateKey> decodePrivateKey(const QByteArray& text,
                                               const QString& pathForErrors);
};

}  // namespace countersign
