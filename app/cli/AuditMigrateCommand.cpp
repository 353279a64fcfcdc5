#include <QJsonObject>

#include "AuditCli.h"
#include "AuditCommands.h"
#include "audit/AuditMigration.h"

namespace countersign::cli {

QString AuditMigrateCommand::name() const {
    return QStringLiteral("audit migrate");
}
QString AuditMigrateCommand::summary() const {
    return QStringLiteral(
        "Convert a store of an earlier schema (verified first; the old file is kept)");
}
void AuditMigrateCommand::configure(QCommandLineParser&) const {}

int AuditMigrateCommand::run(const QCommandLineParser&, Context& ctx) const {
    auto outcome = AuditMigration::migrate(ctx.store);
    if (!outcome)
        return ctx.fail(outcome.error());
    const AuditMigration::Outcome& o = outcome.value();
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("migrated"), o.migrated},
                                  {QStringLiteral("records"), o.records},
                                  {QStringLiteral("checkpoints"), o.checkpoints},
                                  {QStringLiteral("backup"), o.backupPath}});
    } else if (o.migrated) {
        ctx.out << QStringLiteral(
                       "audit store migrated to schema 2 and verified: %1 records, %2 "
                       "checkpoints; the schema 1 file is kept as %3")
                       .arg(o.records)
                       .arg(o.checkpoints)
                       .arg(o.backupPath)
                << Qt::endl;
    } else {
        ctx.out << QStringLiteral("the audit store already has schema 2: nothing to do")
                << Qt::endl;
    }
    return Ok;
}

}  // namespace countersign::cli
