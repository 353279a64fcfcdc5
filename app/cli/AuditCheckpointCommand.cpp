
#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

QString AuditCheckpointCommand::name() const {
    return QStringLiteral("audit checkpoint");
}
QString AuditCheckpointCommand::summary() const {
    return QStringLiteral("Sign a checkpoint now and print it (signed note)");
}

void AuditCheckpointCommand::configure(QCommandLineParser& p) const {
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("Also save the checkpoint to this file (for an auditor)."),
                 QStringLiteral("FILE")});
}

int AuditCheckpointCommand::run(const QCommandLineParser& p, Context& ctx) const {
    auto store = AuditCli::openStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    auto cp = store.value()->checkpoint();
    if (!cp)
        return ctx.fail(cp.error());
    if (p.isSet(QStringLiteral("out")))
        if (auto s = cp->save(p.value(QStringLiteral("out"))); !s)
            return ctx.fail(s.error());
    if (ctx.json) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("origin"), cp->origin},
                        {QStringLiteral("size"), cp->size},
                        {QStringLiteral("root_hash"), QString::fromLatin1(cp->rootHash.toBase64())},
                        {QStringLiteral("signed_note"), cp->signedNote}});
    } else {
        ctx.out << cp->signedNote;
        ctx.out.flush();
    }
    return Ok;
}

}  // namespace countersign::cli
