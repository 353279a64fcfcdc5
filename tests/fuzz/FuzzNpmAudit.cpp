// Fuzz target npm-audit: `npm audit --json` through both NpmAuditParser::parseV2 (npm 7+) and
// parseV1 (npm 6), whatever the report's version says.
#include "FuzzTarget.h"
#include "common/JsonFile.h"
#include "scans/NpmAuditParser.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto doc = JsonFile::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(doc);
    if (doc && doc->isObject()) {
        fuzz::consume(NpmAuditParser::parseV2(doc->object(), fuzz::inputName()));
        fuzz::consume(NpmAuditParser::parseV1(doc->object(), fuzz::inputName()));
    }
    return 0;
}
