// Fuzz target strict-json: the strict JSON reader (JsonStrictCheck, then JsonFile::parse) and
// the place an error names.
#include "FuzzTarget.h"
#include "common/JsonFile.h"
#include "common/JsonStrictCheck.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text = fuzz::bytes(data, size);
    if (const auto problem = JsonStrictCheck::check(text)) {
        if (problem->offset < 0 || problem->offset > text.size())
            __builtin_trap();  // a problem must name a place inside the text
        (void)JsonFile::place(text, problem->offset);
    }
    fuzz::consume(JsonFile::parse(text, fuzz::inputName()));
    return 0;
}
