// Fuzz target roster: config/ml/operators.json (strict JSON, then Roster::fromJson).
#include "FuzzTarget.h"
#include "common/JsonFile.h"
#include "workspace/Roster.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto doc = JsonFile::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(doc);
    if (doc && doc->isObject())
        fuzz::consume(Roster::fromJson(doc->object(), fuzz::inputName()));
    return 0;
}
