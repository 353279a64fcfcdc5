#include "audit/NoteVerifier.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>

#include "crypto/Sha256.h"

namespace countersign {
quint32 NoteVerifier::computeKeyId(const QString& name, const QByteArray& publicKey) {
    QByteArray input = name.toUtf8();
    input += '\n';
    input += '\x01';
    input += publicKey;
    const QByteArray h = Sha256::hash(input);
    return qFromBigEndian<quint32>(h.constData());
}

NoteVerifier NoteVerifier::make(const QString& name, const QByteArray& publicKey) {
    return NoteVerifier{name, publicKey, computeKeyId(name, publicKey)};
}

bool NoteVerifier::isValidName(const QString& name) {
    if (name.isEmpty())
        return false;
    for (const QChar c : name)
        if (c.isSpace() || c == QLatin1Char('+') || c.unicode() < 0x20)
            return false;
    return true;
}

QString NoteVerifier::toString() const {
    QByteArray key("\x01", 1);
    key += publicKey;
    return QStringLiteral("%1+%2+%3")
        .arg(name, QStringLiteral("%1").arg(keyId, 8, 16, QLatin1Char('0')),
             QString::fromLatin1(key.toBase64()));
}

QString NoteVerifier::keyIdText() const {
    return QStringLiteral("%1+%2").arg(name,
                                       QStringLiteral("%1").arg(keyId, 8, 16, QLatin1Char('0')));
}

Result<NoteVerifier> NoteVerifier::parse(const QString& vkey) {
    // name+id+key; the base64 key may itself hold '+'.
    const QString text = vkey.trimmed();
    QStringList parts = text.split(QLatin1Char('+'));
    if (parts.size() > 3)
        parts = QStringList{parts[0], parts[1], text.mid(parts[0].size() + parts[1].size() + 2)};
    if (parts.size() != 3 || !isValidName(parts[0]) || parts[1].size() != 8)
        return Error::badInput(
            QCoreApplication::translate("NoteVerifier",
                                        "not a signed-note verifier key (name+keyid+base64key): %1")
                .arg(vkey));
    bool hexOk = false;
    const quint32 id = parts[1].toUInt(&hexOk, 16);
    const auto decoded = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!hexOk || !decoded || decoded.decoded.size() != 33)
        return Error::badInput(
            QCoreApplication::translate("NoteVerifier", "malformed signed-note verifier key: %1")
                .arg(vkey));
    if (decoded.decoded.at(0) != '\x01')
        return Error::badInput(
            QCoreApplication::translate("NoteVerifier",
                                        "verifier key is not an Ed25519 key (algorithm %1)")
                .arg(static_cast<unsigned char>(decoded.decoded.at(0))));
    NoteVerifier v = make(parts[0], decoded.decoded.mid(1));
    if (v.keyId != id)
        return Error::badInput(
            QCoreApplication::translate("NoteVerifier", "verifier key id %1 does not match its key")
                .arg(parts[1]));
    return v;
}

}  // namespace countersign
