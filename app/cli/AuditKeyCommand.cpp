#include <QJsonDocument>
#include <QJsonObject>

#include "AuditCli.h"
#include "AuditCommands.h"

namespace countersign::cli {

QString AuditKeyCommand::name() const {
    return QStringLiteral("audit key");
}
QString AuditKeyCommand::summary() const {
    return QStringLiteral(
        "The store's verifier key (signed-note vkey); --pin: the controls.json entry");
}
void AuditKeyCommand::configure(QCommandLineParser& p) const {
    p.addOption(
        {QStringLiteral("pin"),
         QStringLiteral("Print the entry that pins this key in config/ml/controls.json (add it to "
                        "the top-level object and commit it): `audit verify` and the console's "
                        "Verify then fail on a store signed by any other key.")});
}

namespace {
// The controls.json entry that pins the key (docs/formats.md, controls.json "audit").
QJsonObject pinEntry(const NoteVerifier& v) {
    return QJsonObject{{QStringLiteral("store_vkey"), v.toString()}};
}
}  // namespace

int AuditKeyCommand::run(const QCommandLineParser& p, Context& ctx) const {
    auto store = AuditCli::openExistingStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    const NoteVerifier v = store.value()->verifier();
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("vkey"), v.toString()},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("key_id"), QStringLiteral("%1").arg(v.keyId, 8, 16, QLatin1Char('0'))},
            {QStringLiteral("public_key"), QString::fromLatin1(v.publicKey.toBase64())},
            {QStringLiteral("controls_json"),
             QJsonObject{{QStringLiteral("audit"), pinEntry(v)}}}});
    } else if (p.isSet(QStringLiteral("pin"))) {
        ctx.out << QStringLiteral("\"audit\": %1")
                       .arg(QString::fromUtf8(
                           QJsonDocument(pinEntry(v)).toJson(QJsonDocument::Compact)))
                << Qt::endl;
    } else {
        ctx.out << v.toString() << Qt::endl;
    }
    return Ok;
}

}  // namespace countersign::cli
