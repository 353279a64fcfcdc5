#pragma once

#include <QString>

namespace countersign {

// A training or evaluation dataset named in the bundle, by digest (data_hashes[]).
struct DataHash {
    QString name;
    QString sha256;  // 64 lowercase hex characters
};

}  // namespace countersign
