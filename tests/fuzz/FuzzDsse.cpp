// Fuzz target dsse: a DSSE envelope (DsseEnvelope::fromBytes, strict base64), its PAE, and
// writing it back.
#include "FuzzTarget.h"
#include "crypto/Dsse.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto envelope = DsseEnvelope::fromBytes(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(envelope);
    if (envelope) {
        (void)Dsse::pae(envelope->payloadType, envelope->payload);
        (void)envelope->toBytes();
    }
    return 0;
}
