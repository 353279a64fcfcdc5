// Fuzz target sha256sums: a SHA256SUMS file (Sha256Sums::parse), and writing back what it read.
#include "FuzzTarget.h"
#include "workspace/Sha256Sums.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto sums = Sha256Sums::parse(fuzz::bytes(data, size), fuzz::inputName());
    fuzz::consume(sums);
    if (sums)
        (void)Sha256Sums::write(*sums);
    return 0;
}
