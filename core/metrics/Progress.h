#pragma once

#include <QtGlobal>
#include <functional>

namespace countersign {

// Reports progress of long work (done out of total, in the unit the worker chooses, e.g.
// bytes). Returning false asks the worker to stop; it then returns a "cancelled" error.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

}  // namespace countersign
