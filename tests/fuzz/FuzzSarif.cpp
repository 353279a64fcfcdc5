// Fuzz target sarif: SARIF 2.1.0 through SarifParser::parse, whatever the top-level keys.
#include "FuzzTarget.h"
#include "common/JsonFile.h"
#include "scans/SarifParser.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto doc = JsonFile::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(doc);
    if (doc && doc->isObject())
        fuzz::consume(SarifParser::parse(doc->object(), fuzz::inputName()));
    return 0;
}
