// Fuzz target signed-note: a C2SP signed note opened with the test key's verifier
// (SignedNote::open), the text read as a verifier key (NoteVerifier::parse) and as a note
// private key (SignedNote::decodePrivateKey).
#include "FuzzTarget.h"
#include "NoteKey.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);
    fuzz::consume(SignedNote::open(text, fuzz::testNoteVerifier()));
    fuzz::consume(NoteVerifier::parse(text.trimmed()));
    fuzz::consume(SignedNote::decodePrivateKey(bytes, fuzz::inputName()));
    return 0;
}
