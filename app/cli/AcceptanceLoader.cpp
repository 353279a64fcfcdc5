#include "AcceptanceLoader.h"

#include <QFileInfo>

#include "AuditCli.h"

namespace countersign::cli {

AcceptanceStore::Loaded AcceptanceLoader::load(const Context& ctx, const Roster& roster) {
    if (!QFileInfo::exists(ctx.store))
        return {};
    auto store = AuditCli::openStore(ctx);
    if (!store) {
        AcceptanceStore::Loaded out;
        out.problems.append(store.error());
        return out;
    }
    return AcceptanceStore::load(*store.value(), roster);
}

}  // namespace countersign::cli
