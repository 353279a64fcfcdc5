// Fuzz target scan-report: ScanParser::parse, which recognises the scanner from the content.
#include "FuzzTarget.h"
#include "scans/ScanParser.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::consume(ScanParser::parse(fuzz::bytes(data, size), fuzz::inputName()));
    return 0;
}
