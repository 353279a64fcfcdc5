#pragma once

#include <QString>
#include <cstdint>

#include "common/Result.h"
#include "demo/DemoPlan.h"

namespace countersign {

// Writes one demo bundle folder: model files, requirements.txt, evaluation/predictions.csv and
// metrics.json, drift samples, scans/ and finally bundle.json (or SHA256SUMS), then applies the
// plan's defect (an artefact altered after the manifest was written).
class DemoBundleWriter {
public:
    struct Size {
        qint64 predictionRows = 100000;
        qint64 driftRows = 20000;
        int driftFeatures = 14;
        int shards = 0;  // extra model/shard-NN.bin files (bench)
        qint64 shardBytes = 0;
        int smallFiles = 0;  // extra model/parts/part-NNN.bin files of 16 KiB (bench)
    };
    static Status write(const QString& bundleDir, const DemoPlan::Entry& plan, std::uint64_t seed,
                        const Size& size, const QString& owner);
};

}  // namespace countersign
