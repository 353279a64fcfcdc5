#include <QCoreApplication>

#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("cli", s);
}
}  // namespace

QString AuditConsistencyCommand::name() const {
    return QStringLiteral("audit consistency");
}
QString AuditConsistencyCommand::summary() const {
    return tr("Consistency proof between two tree sizes (JSON)");
}

void AuditConsistencyCommand::configure(QCommandLineParser& p) const {
    p.addOption(
        {QStringLiteral("from"), tr("The older tree size. Required."), QStringLiteral("M")});
    p.addOption({QStringLiteral("to"), tr("The newer tree size (default: the whole store)."),
                 QStringLiteral("N")});
}

int AuditConsistencyCommand::run(const QCommandLineParser& p, Context& ctx) const {
    if (!p.isSet(QStringLiteral("from")))
        return ctx.fail(Error::badInput(tr("audit consistency needs --from")));
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
