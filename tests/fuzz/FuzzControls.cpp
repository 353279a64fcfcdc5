// Fuzz target controls: config/ml/controls.json (strict JSON, then Controls::fromJson).
#include "FuzzTarget.h"
#include "common/JsonFile.h"
#include "workspace/Controls.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto doc = JsonFile::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(doc);
    if (doc && doc->isObject()) {
        const auto controls = Controls::fromJson(doc->object(), fuzz::inputName());
        fuzz::consume(controls);
        if (controls)
            (void)controls->calendar.timeZone();
    }
    return 0;
}
