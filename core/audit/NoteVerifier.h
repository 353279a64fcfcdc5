#pragma once

#include <QByteArray>
#include <QString>

#include "common/Result.h"

namespace countersign {

// A C2SP signed-note verifier for an Ed25519 key: the key name, its 32-bit key id and the
// public key. Text form (the "vkey"): <name>+<8 hex key id>+<base64(0x01 || public key)>.
// Key id = first 4 bytes, big-endian, of SHA-256(name || 0x0A || 0x01 || public key).
struct NoteVerifier {
    QString name;
    QByteArray publicKey;  // 32 bytes
    quint32 keyId = 0;

    static NoteVerifier make(const QString& name, const QByteArray& publicKey);
    static quint32 computeKeyId(const QString& name, const QByteArray& publicKey);
    static Result<NoteVerifier> parse(const QString& vkey);
    // Key names are non-empty and contain no whitespace and no '+'.
    static bool isValidName(const QString& name);
    QString toString() const;
    // "<name>+<8 hex key id>": the key named in messages (a vkey without the key itself).
    QString keyIdText() const;
};

}  // namespace countersign
