#pragma once

#include <QString>
#include <optional>

#include "common/Error.h"
#include "workspace/Bundle.h"

namespace countersign {

// One folder under artifacts/models/<model>/<version>/ as the workspace found it.
// error set: the bundle is invalid (listed, never hidden). bundle may still be set when the
// manifest itself was read but fails a workspace-level check (an owner not on the roster).
struct BundleEntry {
    QString model, version;  // the folder names
    QString dir;             // absolute folder
    std::optional<Bundle> bundle;
    std::optional<Error> error;

    QString id() const { return model + QLatin1Char('@') + version; }
    bool valid() const { return bundle.has_value() && !error.has_value(); }
};

}  // namespace countersign
