
#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

QString AuditConsistencyCommand::name() const {
    return QStringLiteral("audit consistency");
}
QString AuditConsistencyCommand::summary() const {
    return QStringLiteral("Consistency proof between two tree sizes (JSON)");
}

void AuditConsistencyCommand::configure(QCommandLineParser& p) const {
    p.addOption({QStringLiteral("from"), QStringLiteral("The older tree size. Required."),
                 QStringLiteral("M")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("The newer tree size (default: the whole store)."),
                 QStringLiteral("N")});
}

int AuditConsistencyCommand::run(const QCommandLineParser& p, Context& ctx) const {
    if (!p.isSet(QStringLiteral("from")))
        return ctx.fail(Error::badInput(QStringLiteral("audit consistency needs --from")));
    auto from = AuditCli::integerOption(p, QStringLiteral("from"), 0);
    if (!from)
        return ctx.fail(from.error());
    auto to = AuditCli::integerOption(p, QStringLiteral("to"), -1);
    if (!to)
        return ctx.fail(to.error());
    auto store = AuditCli::openExistingStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    auto proof = store.value()->consistencyProof(from.value(), to.value());
    if (!proof)
        return ctx.fail(proof.error());
    ctx.printJson(proof->toJson());
    return Ok;
}

}  // namespace countersign::cli
