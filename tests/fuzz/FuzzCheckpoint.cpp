// Fuzz target checkpoint: a C2SP tlog checkpoint, verified with the test key
// (Checkpoint::fromSignedNote) and parsed unverified (Checkpoint::parseUnverified).
#include "FuzzTarget.h"
#include "NoteKey.h"
#include "audit/Checkpoint.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString note = QString::fromUtf8(fuzz::bytes(data, size));
    fuzz::consume(Checkpoint::fromSignedNote(note, fuzz::testNoteVerifier()));
    const auto unverified = Checkpoint::parseUnverified(note);
    fuzz::consume(unverified);
    if (unverified)
        (void)unverified->body();
    return 0;
}
