#pragma once

#include <QString>
#include <cstdint>

#include "common/Result.h"

namespace countersign {

// Writes a file of deterministic pseudo-random bytes (a model's weights, a benchmark shard)
// fast: xoshiro256** into an 8 MiB buffer, written block by block.
class DemoBlob {
public:
    static Status write(const QString& path, qint64 bytes, std::uint64_t seed);
};

}  // namespace countersign
