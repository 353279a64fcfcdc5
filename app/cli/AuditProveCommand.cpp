
#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

QString AuditProveCommand::name() const {
    return QStringLiteral("audit prove");
}
QString AuditProveCommand::summary() const {
    return QStringLiteral("Inclusion proof of a record (JSON)");
}

void AuditProveCommand::configure(QCommandLineParser& p) const {
    p.addOption({QStringLiteral("index"),
                 QStringLiteral("The record's 0-based sequence number (leaf index). Required."),
                 QStringLiteral("I")});
    p.addOption({QStringLiteral("size"),
                 QStringLiteral("The tree size to prove against (default: the whole store)."),
                 QStringLiteral("N")});
}

int AuditProveCommand::run(const QCommandLineParser& p, Context& ctx) const {
    if (!p.isSet(QStringLiteral("index")))
        return ctx.fail(Error::badInput(QStringLiteral("audit prove needs --index")));
    auto index = AuditCli::integerOption(p, QStringLiteral("index"), 0);
    if (!index)
        return ctx.fail(index.error());
    auto size = AuditCli::integerOption(p, QStringLiteral("size"), -1);
    if (!size)
        return ctx.fail(size.error());
    auto store = AuditCli::openExistingStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    auto proof = store.value()->inclusionProof(index.value(), size.value());
    if (!proof)
        return ctx.fail(proof.error());
    ctx.printJson(proof->toJson());
    return Ok;
}

}  // namespace countersign::cli
