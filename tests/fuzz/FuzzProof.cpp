// Fuzz target proof: inclusion and consistency proof JSON (InclusionProof::fromJson,
// ConsistencyProof::fromJson) and their verification, which walks the hashes the proof gives.
#include "FuzzTarget.h"
#include "audit/ConsistencyProof.h"
#include "audit/InclusionProof.h"
#include "common/JsonFile.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto doc = JsonFile::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(doc);
    if (!doc || !doc->isObject())
        return 0;
    const auto inclusion = InclusionProof::fromJson(doc->object(), fuzz::inputName());
    fuzz::consume(inclusion);
    if (inclusion) {
        (void)inclusion->verify();
        (void)inclusion->toJson();
    }
    const auto consistency = ConsistencyProof::fromJson(doc->object(), fuzz::inputName());
    fuzz::consume(consistency);
    if (consistency) {
        (void)consistency->verify();
        (void)consistency->toJson();
    }
    return 0;
}
