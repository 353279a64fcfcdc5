// Fuzz target trivy: Trivy JSON (schema 2) through TrivyJsonParser::parse, whatever the top-level
// keys.
#include "FuzzTarget.h"
#include "common/JsonFile.h"
#include "scans/TrivyJsonParser.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto doc = JsonFile::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(doc);
    if (doc && doc->isObject())
        fuzz::consume(TrivyJsonParser::parse(doc->object(), fuzz::inputName()));
    return 0;
}
