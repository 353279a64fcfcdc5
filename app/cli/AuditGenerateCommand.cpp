#include <QElapsedTimer>
#include <QFileInfo>

#include "AuditCli.h"
#include "AuditCommands.h"
#include "workspace/TrainingWorkspace.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString AuditGenerateCommand::name() const {
    return QStringLiteral("audit generate");
}
QString AuditGenerateCommand::summary() const {
    return QStringLiteral(
        "Append N synthetic records in one transaction (benchmarks; only a store of its own "
        "or a training workspace's)");
}

void AuditGenerateCommand::configure(QCommandLineParser& p) const {
    p.addOption({QStringLiteral("count"), QStringLiteral("How many records. Required."),
                 QStringLiteral("N")});
}

int AuditGenerateCommand::run(const QCommandLineParser& p, Context& ctx) const {
    if (!p.isSet(QStringLiteral("count")))
        return ctx.fail(Error::badInput(QStringLiteral("audit generate needs --count")));
    auto count = AuditCli::integerOption(p, QStringLiteral("count"), 0);
    if (!count)
        return ctx.fail(count.error());
    // Synthetic records under real operators' names and real bundles are for a store of their
    // own (benchmarks) or a training workspace, never a production workspace's trail.
    if (AuditCli::requireWorkspaceStore(ctx)) {
        const Result<bool> training = TrainingWorkspace::isTraining(ctx.workspace);
        if (!training)
            return ctx.fail(training.error());
        if (!*training && QFileInfo::exists(Workspace::controlsPath(ctx.workspace)))
            return ctx.fail(Error::badInput(QStringLiteral(
                "audit generate writes synthetic records: only into a store of its own "
                "(--store FILE outside a workspace) or a training workspace's")));
    }
    auto store = AuditCli::openStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    static const QString actors[] = {QStringLiteral("r.ahmed"), QStringLiteral("s.okafor"),
                                     QStringLiteral("o.lindqvist"), QStringLiteral("pipeline")};
    static const QString roles[] = {QStringLiteral("risk_officer"),
                                    QStringLiteral("security_engineer"), QStringLiteral("ops_lead"),
                                    QStringLiteral("pipeline")};
    static const QString actions[] = {
        QStringLiteral("gate.integrity"), QStringLiteral("gate.bias"),
        QStringLiteral("gate.drift"),     QStringLiteral("signoff.risk"),
        QStringLiteral("gate.security"),  QStringLiteral("oversight.page")};
    static const QString subjects[] = {QStringLiteral("fraud-detection@2026.11.0"),
                                       QStringLiteral("remittance-scoring@2026.11.0"),
                                       QStringLiteral("device-risk@2026.10.2")};
    qint64 i = 0;
    QElapsedTimer timer;
    timer.start();
    auto r = store.value()->appendBatch([&](AuditEntry& e) {
        if (i >= count.value())
            return false;
        e.actor = actors[i % 4];
        e.role = roles[i % 4];
        e.action = actions[i % 6];
        e.subject = subjects[i % 3];
        e.payload = QJsonObject{
            {QStringLiteral("verdict"), (i % 17) ? QStringLiteral("pass") : QStringLiteral("fail")},
            {QStringLiteral("measured"), static_cast<double>(i % 1000) / 1000.0},
            {QStringLiteral("run"), i},
            {QStringLiteral("note"), QStringLiteral("synthetic record %1").arg(i)}};
        ++i;
        return true;
    });
    if (!r)
        return ctx.fail(r.error());
    const double secs = static_cast<double>(timer.elapsed()) / 1000.0;
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("appended"), r.value()},
                                  {QStringLiteral("seconds"), secs}});
    else
        ctx.out << QStringLiteral("appended %1 records in %2 s").arg(r.value()).arg(secs, 0, 'f', 2)
                << Qt::endl;
    return Ok;
}

}  // namespace countersign::cli
