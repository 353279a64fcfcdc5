#include <QJsonArray>

#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

QString AuditListCommand::name() const {
    return QStringLiteral("audit list");
}
QString AuditListCommand::summary() const {
    return QStringLiteral("List audit records, with filters");
}

void AuditListCommand::configure(QCommandLineParser& p) const {
    AuditCli::addFilterOptions(p);
    p.addOption({QStringLiteral("offset"), QStringLiteral("Skip this many matching records."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("limit"),
                 QStringLiteral("At most this many records (default 100)."), QStringLiteral("N")});
}

int AuditListCommand::run(const QCommandLineParser& p, Context& ctx) const {
    auto filter = AuditCli::filterFrom(p);
    if (!filter)
        return ctx.fail(filter.error());
    auto offset = AuditCli::integerOption(p, QStringLiteral("offset"), 0);
    if (!offset)
        return ctx.fail(offset.error());
    auto limit = AuditCli::integerOption(p, QStringLiteral("limit"), 100);
    if (!limit)
        return ctx.fail(limit.error());
    auto store = AuditCli::openExistingStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    auto records = store.value()->records(filter.value(), offset.value(), limit.value());
    if (!records)
        return ctx.fail(records.error());
    if (ctx.json) {
        QJsonArray a;
        for (const AuditRecord& r : records.value()) a.append(AuditCli::recordJson(r));
        ctx.printJson(QJsonObject{{QStringLiteral("records"), a}});
        return Ok;
    }
    for (const AuditRecord& r : records.value())
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(r.seq, 6)
                       .arg(r.time.toUTC().toString(Qt::ISODateWithMs), r.actor, r.role, r.action,
                            r.subject);
    ctx.out.flush();
    return Ok;
}

}  // namespace countersign::cli
