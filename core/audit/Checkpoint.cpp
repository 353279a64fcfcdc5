#include "audit/Checkpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include "audit/SignedNote.h"
#include "common/SafeFile.h"

namespace countersign {
namespace {

Result<Checkpoint> parseBody(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    // origin, size, root, optional extension lines, then "" after the final newline
    if (lines.size() < 4 || !lines.last().isEmpty() || lines[0].isEmpty())
        return Error::badInput(QCoreApplication::translate(
            "Checkpoint", "not a tlog checkpoint: expected origin, size and root hash lines"));
    const QString& sizeText = lines[1];
    bool okSize = !sizeText.isEmpty() &&
                  (sizeText == QLatin1String("0") || !sizeText.startsWith(QLatin1Char('0')));
    for (const QChar c : sizeText) okSize = okSize && c.isDigit() && c.unicode() < 0x80;
    const qint64 size = sizeText.toLongLong(&okSize);
    if (!okSize || size < 0)
        return Error::badInput(QCoreApplication::translate(
                                   "Checkpoint", "checkpoint tree size is not a decimal number: %1")
                                   .arg(sizeText));
    const auto root = QByteArray::fromBase64Encoding(lines[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!root || root.decoded.size() != 32)
        return Error::badInput(
            QCoreApplication::translate("Checkpoint",
                                        "checkpoint root hash is not 32 bytes of base64: %1")
                .arg(lines[2]));
    Checkpoint c;
    c.origin = lines[0];
    c.size = size;
    c.rootHash = root.decoded;
    return c;
}

}  // namespace

QString Checkpoint::body() const {
    return QStringLiteral("%1\n%2\n%3\n")
        .arg(origin)
        .arg(size)
        .arg(QString::fromLatin1(rootHash.toBase64()));
}

Result<Checkpoint> Checkpoint::fromSignedNote(const QString& note, const NoteVerifier& verifier) {
    auto text = SignedNote::open(note, verifier);
    if (!text)
        return text.error();
    auto c = parseBody(text.value());
    if (!c)
        return c;
    c->signedNote = note;
    return c;
}

Result<Checkpoint> Checkpoint::parseUnverified(const QString& note) {
    const qsizetype split = note.lastIndexOf(QStringLiteral("\n\n"));
    auto c = parseBody(split < 0 ? note : note.left(split + 1));
    if (!c)
        return c;
    c->signedNote = note;
    return c;
}

Result<Checkpoint> Checkpoint::load(const QString& path, const NoteVerifier& verifier) {
    auto bytes = SafeFile::read(path, 1 << 20);  // a file that is a file: no FIFO, no device
    if (!bytes)
        return Error::badInput(
            QCoreApplication::translate("Checkpoint", "cannot read the checkpoint: %1")
                .arg(bytes.error().message),
            path);
    auto c = fromSignedNote(QString::fromUtf8(bytes.value()), verifier);
    if (!c) {
        Error e = c.error();
        e.file = path;
        return e;
    }
    return c;
}

Status Checkpoint::save(const QString& path) const {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::internal(
            QCoreApplication::translate("Checkpoint", "cannot write the checkpoint: %1")
                .arg(f.errorString()),
            path);
    f.write(signedNote.toUtf8());
    if (!f.commit())
        return Error::internal(
            QCoreApplication::translate("Checkpoint", "cannot write the checkpoint: %1")
                .arg(f.errorString()),
            path);
    return ok();
}

}  // namespace countersign
