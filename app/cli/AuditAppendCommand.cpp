#include <QFile>

#include "AuditCli.h"
#include "AuditCommands.h"
#include "audit/AuditActions.h"
#include "common/JsonFile.h"

namespace countersign::cli {

QString AuditAppendCommand::name() const {
    return QStringLiteral("audit append");
}
QString AuditAppendCommand::summary() const {
    return QStringLiteral("Append a note (action note.*) to the audit store (for scripts)");
}

void AuditAppendCommand::configure(QCommandLineParser& p) const {
    p.addOption({QStringLiteral("actor"), QStringLiteral("Who acts (operator id). Required."),
                 QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("role"), QStringLiteral("The role acted in."), QStringLiteral("ROLE")});
    p.addOption(
        {QStringLiteral("action"),
         QStringLiteral(
             "Dotted action name in the note. namespace, e.g. note.deploy-script. Required."),
         QStringLiteral("ACTION")});
    p.addOption({QStringLiteral("subject"), QStringLiteral("model@version or a change request id."),
                 QStringLiteral("SUBJECT")});
    p.addOption({QStringLiteral("payload"),
                 QStringLiteral("A JSON object file for the payload, or - for stdin."),
                 QStringLiteral("FILE")});
}

int AuditAppendCommand::run(const QCommandLineParser& p, Context& ctx) const {
    AuditEntry e;
    e.actor = p.value(QStringLiteral("actor"));
    e.role = p.value(QStringLiteral("role"));
    e.action = p.value(QStringLiteral("action"));
    e.subject = p.value(QStringLiteral("subject"));
    if (e.actor.isEmpty())
        return ctx.fail(Error::badInput(QStringLiteral("audit append needs --actor")));
    static const QRegularExpression dotted(QStringLiteral("^[a-z0-9_-]+(\\.[a-z0-9_-]+)*$"));
    if (!dotted.match(e.action).hasMatch())
        return ctx.fail(Error::badInput(
            QStringLiteral(
                "--action must be a dotted lowercase name such as note.deploy-script, not \"%1\"")
                .arg(e.action)));
    // The workflow reads only signed evidence; what scripts write stays in its own namespace.
    if (!AuditActions::isNote(e.action))
        return ctx.fail(Error::badInput(
            QStringLiteral(
                "audit append writes only notes: --action must be in the note. namespace (such "
                "as note.deploy-script), which the workflow never reads; not \"%1\"")
                .arg(e.action)));
    if (p.isSet(QStringLiteral("payload"))) {
        const QString file = p.value(QStringLiteral("payload"));
        QByteArray bytes;
        if (file == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return ctx.fail(Error::badInput(QStringLiteral("cannot read stdin")));
            bytes = in.readAll();
        } else {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly))
                return ctx.fail(Error::badInput(in.errorString(), file));
            bytes = in.readAll();
        }
        auto doc =
            JsonFile::parse(bytes, file == QLatin1String("-") ? QStringLiteral("stdin") : file);
        if (!doc)
            return ctx.fail(doc.error());
        if (!doc->isObject())
            return ctx.fail(Error::badInput(QStringLiteral("the payload must be a JSON object"),
                                            file, QStringLiteral("/")));
        e.payload = doc->object();
    }
    auto store = AuditCli::openStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    auto rec = store.value()->append(e);
    if (!rec)
        return ctx.fail(rec.error());
    if (ctx.json) {
        ctx.printJson(AuditCli::recordJson(rec.value()));
    } else {
        ctx.out << QStringLiteral("appended record %1 %2")
                       .arg(rec->seq)
                       .arg(QString::fromLatin1(rec->hash.toHex()))
                << Qt::endl;
    }
    return Ok;
}

}  // namespace countersign::cli
