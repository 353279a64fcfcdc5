// Fuzz target pip-audit: pip-audit's JSON (current and legacy) through PipAuditParser::parse.
#include <QJsonArray>

#include "FuzzTarget.h"
#include "common/JsonFile.h"
#include "scans/PipAuditParser.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto doc = JsonFile::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(doc);
    if (!doc)
        return 0;
    if (doc->isArray())
        (void)PipAuditParser::looksLikeLegacy(doc->array());
    fuzz::consume(PipAuditParser::parse(*doc, fuzz::inputName()));
    return 0;
}
