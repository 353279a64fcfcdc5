#include <QCoreApplication>

#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("cli", s);
}
}  // namespace

QString AuditKeyCommand::name() const {
    return QStringLiteral("audit key");
}
QString AuditKeyCommand::summary() const {
    return tr("The store's verifier key (signed-note vkey)");
}
void AuditKeyCommand::configure(QCommandLineParser&) const {}

int AuditKeyCommand::run(const QCommandLineParser&, Context& ctx) const {
    auto store = AuditCli::openExistingStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    const NoteVerifier v = store.value()->verifier();
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("vkey"), v.toString()},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("key_id"), QStringLiteral("%1").arg(v.keyId, 8, 16, QLatin1Char('0'))},
            {QStringLiteral("public_key"), QString::fromLatin1(v.publicKey.toBase64())}});
    } else {
        ctx.out << v.toString() << Qt::endl;
    }
    return Ok;
}

}  // namespace countersign::cli
