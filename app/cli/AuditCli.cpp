#include "AuditCli.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include "audit/AuditVerifier.h"
#include "common/Clock.h"
#include "signoff/WorkspaceWitnesses.h"
#include "workspace/TrainingWorkspace.h"

namespace countersign::cli {

Result<std::unique_ptr<AuditStore>> AuditCli::openStore(const Context& ctx, bool quickCheck,
                                                        const Clock& clock) {
    const Result<bool> training = TrainingWorkspace::isTraining(ctx.workspace);
    if (!training)
        return training.error();
    auto store =
        AuditStore::open(ctx.store, AuditStore::defaultKeyPath(ctx.store), clock, quickCheck);
    if (store)
        store.value()->markTraining(*training);
    return store;
}

Result<std::unique_ptr<AuditStore>> AuditCli::openWorkspaceStore(const Context& ctx,
                                                                 const Clock& clock) {
    if (Status s = requireWorkspaceStore(ctx); !s)
        return s.error();
    return openStore(ctx, true, clock);
}

Status AuditCli::requireWorkspaceStore(const Context& ctx) {
    const QString own = AuditStore::defaultStorePath(ctx.workspace);
    const auto samePath = [](const QString& a, const QString& b) {
        const QFileInfo fa(a), fb(b);
        if (fa.exists() && fb.exists())
            return fa.canonicalFilePath() == fb.canonicalFilePath();
        return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
    };
    if (!samePath(ctx.store, own))
        return Error::badInput(
            QStringLiteral(
                "--store %1: this command records evidence of the workspace, which only the "
                "workspace's own audit store %2 holds")
                .arg(QDir::toNativeSeparators(ctx.store), QDir::toNativeSeparators(own)));
    return ok();
}

Result<std::unique_ptr<AuditStore>> AuditCli::openExistingStore(const Context& ctx,
                                                                bool quickCheck) {
    return AuditStore::openExisting(ctx.store, AuditStore::defaultKeyPath(ctx.store),
                                    SystemClock::instance(), quickCheck);
}

Result<AuditVerification> AuditCli::verifyWithWitnesses(const Context& ctx,
                                                        const NoteVerifier& verifier,
                                                        const AuditWitnesses& extra) {
    WorkspaceWitnesses found = WorkspaceWitnesses::gather(ctx.workspace, ctx.store);
    if (found.configError)
        return *found.configError;
    found.witnesses.held += extra.held;
    found.witnesses.seen += extra.seen;
    found.witnesses.pinnedKeys += extra.pinnedKeys;
    for (const QString& unread : found.notRead)
        ctx.err
            << QStringLiteral("countersign-cli: warning: not checked as a witness: %1").arg(unread)
            << Qt::endl;
    return AuditVerifier::run(ctx.store, verifier, found.witnesses, {}, nullptr);
}

void AuditCli::addFilterOptions(QCommandLineParser& p) {
    p.addOption({QStringLiteral("actor"), QStringLiteral("Only records by this operator id."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("role"), QStringLiteral("Only records made in this role."),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("action"),
                 QStringLiteral("Only actions with this dotted prefix (signoff, signoff.risk)."),
                 QStringLiteral("PREFIX")});
    p.addOption({QStringLiteral("subject"),
                 QStringLiteral("Only records about this subject (model@version, CR id)."),
                 QStringLiteral("SUBJECT")});
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("Only records at or after this UTC time (ISO 8601)."),
                 QStringLiteral("TIME")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Only records at or before this UTC time (ISO 8601)."),
                 QStringLiteral("TIME")});
    p.addOption({QStringLiteral("text"),
                 QStringLiteral("Only records whose JSON contains this text (any case)."),
                 QStringLiteral("TEXT")});
}

Result<AuditFilter> AuditCli::filterFrom(const QCommandLineParser& p) {
    AuditFilter f;
    f.actor = p.value(QStringLiteral("actor"));
    f.role = p.value(QStringLiteral("role"));
    f.actionPrefix = p.value(QStringLiteral("action"));
    f.subject = p.value(QStringLiteral("subject"));
    f.text = p.value(QStringLiteral("text"));
    for (const auto& [name, into] :
         {std::pair{QStringLiteral("from"), &f.from}, std::pair{QStringLiteral("to"), &f.to}}) {
        if (!p.isSet(name))
            continue;
        QDateTime t = QDateTime::fromString(p.value(name), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(p.value(name), Qt::ISODate);
        if (!t.isValid())
            return Error::badInput(
                QStringLiteral("--%1 is not an ISO 8601 time: %2").arg(name, p.value(name)));
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        *into = t.toUTC();
    }
    return f;
}

QJsonObject AuditCli::recordJson(const AuditRecord& r) {
    return QJsonObject{{QStringLiteral("seq"), r.seq},
                       {QStringLiteral("time"), r.time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("actor"), r.actor},
                       {QStringLiteral("role"), r.role},
                       {QStringLiteral("action"), r.action},
                       {QStringLiteral("subject"), r.subject},
                       {QStringLiteral("payload"), r.payload},
                       {QStringLiteral("prev"), QString::fromLatin1(r.prevHash.toHex())},
                       {QStringLiteral("hash"), QString::fromLatin1(r.hash.toHex())}};
}

Result<qint64> AuditCli::integerOption(const QCommandLineParser& p, const QString& name,
                                       qint64 fallback) {
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < 0)
        return Error::badInput(QStringLiteral("--%1 needs a non-negative integer, not \"%2\"")
                                   .arg(name, p.value(name)));
    return v;
}

}  // namespace countersign::cli

#include "AuditCommands.h"

namespace countersign::cli {

void AuditCli::addCommands(std::vector<std::unique_ptr<Command>>& list) {
    list.push_back(std::make_unique<AuditAppendCommand>());
    list.push_back(std::make_unique<AuditListCommand>());
    list.push_back(std::make_unique<AuditVerifyCommand>());
    list.push_back(std::make_unique<AuditCheckpointCommand>());
    list.push_back(std::make_unique<AuditProveCommand>());
    list.push_back(std::make_unique<AuditConsistencyCommand>());
    list.push_back(std::make_unique<AuditCompareCommand>());
    list.push_back(std::make_unique<AuditKeyCommand>());
    list.push_back(std::make_unique<AuditExportCommand>());
    list.push_back(std::make_unique<AuditGenerateCommand>());
    list.push_back(std::make_unique<AuditMigrateCommand>());
}

}  // namespace countersign::cli
