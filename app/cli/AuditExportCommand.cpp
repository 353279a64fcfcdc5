#include <QFile>
#include <QSaveFile>

#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

QString AuditExportCommand::name() const {
    return QStringLiteral("audit export");
}
QString AuditExportCommand::summary() const {
    return QStringLiteral("Export records as JSON lines or CSV");
}

void AuditExportCommand::configure(QCommandLineParser& p) const {
    AuditCli::addFilterOptions(p);
    p.addOption({QStringLiteral("format"),
                 QStringLiteral("jsonl (the exact record bytes, one per line) or csv."),
                 QStringLiteral("FORMAT"), QStringLiteral("jsonl")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Write to this file instead of stdout."),
                 QStringLiteral("FILE")});
}

int AuditExportCommand::run(const QCommandLineParser& p, Context& ctx) const {
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
        return ctx.fail(Error::badInput(
            QStringLiteral("--format must be jsonl or csv, not \"%1\"").arg(format)));
    auto filter = AuditCli::filterFrom(p);
    if (!filter)
        return ctx.fail(filter.error());
    auto store = AuditCli::openExistingStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    const auto fmt = format == QLatin1String("csv") ? AuditStore::ExportFormat::Csv
                                                    : AuditStore::ExportFormat::JsonLines;
    Result<qint64> n = qint64(0);
    if (p.isSet(QStringLiteral("out"))) {
        QSaveFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly))
            return ctx.fail(Error::badInput(f.errorString(), f.fileName()));
        n = store.value()->exportRecords(filter.value(), fmt, f);
        if (n && !f.commit())
            return ctx.fail(Error::internal(f.errorString(), f.fileName()));
    } else {
        ctx.out.flush();
        QFile f;
        if (!f.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(Error::internal(QStringLiteral("cannot write to stdout")));
        n = store.value()->exportRecords(filter.value(), fmt, f);
    }
    if (!n)
        return ctx.fail(n.error());
    if (p.isSet(QStringLiteral("out")))
        ctx.err << QStringLiteral("exported %1 records").arg(n.value()) << Qt::endl;
    return Ok;
}

}  // namespace countersign::cli
