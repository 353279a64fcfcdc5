#include "audit/SignedNote.h"

#include <openssl/crypto.h>
#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>

namespace countersign {
namespace {

const QString kDash = QString(QChar(0x2014)) + QLatin1Char(' ');

bool hasBadControl(const QString& s) {
    for (const QChar c : s)
        if (c.unicode() < 0x20 && c != QLatin1Char('\n'))
            return true;
    return false;
}

}  // namespace

Result<QString> SignedNote::sign(const QString& text, const QString& keyName,
                                 const Ed25519Key& key) {
    if (!text.endsWith(QLatin1Char('\n')) || hasBadControl(text))
        return Error::internal(QCoreApplication::translate(
            "SignedNote",
            "a signed note's text must end in a newline and hold no control characters"));
    if (!NoteVerifier::isValidName(keyName))
        return Error::badInput(
            QCoreApplication::translate("SignedNote", "invalid signed-note key name: %1")
                .arg(keyName));
    const auto sig = key.sign(text.toUtf8());
    if (!sig)
        return sig.error();
    QByteArray blob(4, Qt::Uninitialized);
    qToBigEndian<quint32>(NoteVerifier::computeKeyId(keyName, key.publicKey()), blob.data());
    blob += sig.value();
    return QString(text + QLatin1Char('\n') + kDash + keyName + QLatin1Char(' ') +
                   QString::fromLatin1(blob.toBase64()) + QLatin1Char('\n'));
}

Result<QString> SignedNote::open(const QString& note, const NoteVerifier& verifier) {
    if (!note.endsWith(QLatin1Char('\n')) || hasBadControl(note))
        return Error::badInput(QCoreApplication::translate(
            "SignedNote",
            "not a signed note: it must end in a newline and hold no control characters"));
    const qsizetype split = note.lastIndexOf(QStringLiteral("\n\n"));
    if (split < 0)
        return Error::badInput(QCoreApplication::translate(
            "SignedNote", "not a signed note: no blank line before the signatures"));
    const QString text = note.left(split + 1);
    QStringList lines = note.mid(split + 2).split(QLatin1Char('\n'));
    lines.removeLast();  // after the final newline
    if (lines.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("SignedNote", "signed note has no signatures"));
    const QByteArray message = text.toUtf8();
    bool seenOurs = false;
    for (const QString& line : lines) {
        if (!line.startsWith(kDash))
            return Error::badInput(QCoreApplication::translate(
                                       "SignedNote", "malformed signature line in signed note: %1")
                                       .arg(line));
        const QString rest = line.mid(kDash.size());
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        if (space <= 0)
            return Error::badInput(QCoreApplication::translate(
                                       "SignedNote", "malformed signature line in signed note: %1")
                                       .arg(line));
        const QString name = rest.left(space);
        const auto blob = QByteArray::fromBase64Encoding(rest.mid(space + 1).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
        if (!blob || blob.decoded.size() < 5)
            return Error::badInput(
                QCoreApplication::translate("SignedNote", "malformed signature in signed note: %1")
                    .arg(line));
        const quint32 id = qFromBigEndian<quint32>(blob.decoded.constData());
        if (name != verifier.name || id != verifier.keyId)
            continue;  // another key: ignored
        seenOurs = true;
        if (!Ed25519Key::verify(verifier.publicKey, message, blob.decoded.mid(4)))
            return Error::checkFailed(
                QCoreApplication::translate("SignedNote",
                                            "the signature of %1 on the note does not verify")
                    .arg(name));
    }
    if (!seenOurs)
        return Error::checkFailed(
            QCoreApplication::translate("SignedNote",
                                        "the note is not signed by the expected key %1+%2")
                .arg(verifier.name,
                     QStringLiteral("%1").arg(verifier.keyId, 8, 16, QLatin1Char('0'))));
    return text;
}

QStringList SignedNote::signers(const QString& note) {
    QStringList out;
    const qsizetype split = note.lastIndexOf(QStringLiteral("\n\n"));
    if (split < 0)
        return out;
    for (const QString& line : note.mid(split + 2).split(QLatin1Char('\n'))) {
        if (!line.startsWith(kDash))
            continue;
        const QString rest = line.mid(kDash.size());
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const auto blob = QByteArray::fromBase64Encoding(rest.mid(space + 1).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
        if (space <= 0 || !blob || blob.decoded.size() < 5)
            continue;
        out << QStringLiteral("%1+%2").arg(
            rest.left(space),
            QStringLiteral("%1").arg(qFromBigEndian<quint32>(blob.decoded.constData()), 8, 16,
                                     QLatin1Char('0')));
    }
    return out;
}

QByteArray SignedNote::encodePrivateKey(const QString& keyName, const Ed25519Key& key) {
    QByteArray k("\x01", 1);
    k += key.seed();
    QByteArray out = "PRIVATE+KEY+" + keyName.toUtf8() + '+' +
                     QByteArray::number(NoteVerifier::computeKeyId(keyName, key.publicKey()), 16)
                         .rightJustified(8, '0') +
                     '+' + k.toBase64();
    OPENSSL_cleanse(k.data(), static_cast<size_t>(k.size()));
    return out;
}

Result<SignedNote::PrivateKey> SignedNote::decodePrivateKey(const QByteArray& textIn,
                                                            const QString& path) {
    const QByteArray text = textIn.trimmed();
    // PRIVATE+KEY+name+id+key; the base64 key may itself hold '+'.
    QList<QByteArray> parts = text.split('+');
    if (parts.size() > 5)
        parts = parts.mid(0, 4) << text.mid(parts[0].size() + parts[1].size() + parts[2].size() +
                                            parts[3].size() + 4);
    if (parts.size() != 5 || parts[0] != "PRIVATE" || parts[1] != "KEY")
        return Error::badInput(
            QCoreApplication::translate("SignedNote",
                                        "not a signed-note private key (PRIVATE+KEY+name+id+key)"),
            path);
    const QString name = QString::fromUtf8(parts[2]);
    auto decoded =
        QByteArray::fromBase64Encoding(parts[4], QByteArray::AbortOnBase64DecodingErrors);
    if (!NoteVerifier::isValidName(name) || !decoded || decoded.decoded.size() != 33 ||
        decoded.decoded.at(0) != '\x01')
        return Error::badInput(
            QCoreApplication::translate("SignedNote", "malformed Ed25519 signed-note private key"),
            path);
    auto key = Ed25519Key::fromSeed(decoded.decoded.mid(1));
    OPENSSL_cleanse(decoded.decoded.data(), static_cast<size_t>(decoded.decoded.size()));
    if (!key)
        return key.error();
    bool ok = false;
    if (parts[3].toUInt(&ok, 16) != NoteVerifier::computeKeyId(name, key->publicKey()) || !ok)
        return Error::badInput(QCoreApplication::translate(
                                   "SignedNote", "the private key's id does not match its key"),
                               path);
    return PrivateKey{name, key.value()};
}

}  // namespace countersign
