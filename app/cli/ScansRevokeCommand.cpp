#include "ScansRevokeCommand.h"

#include <QJsonObject>

#include "AuditCli.h"
#include "NowOption.h"
#include "PassphrasePrompt.h"
#include "scans/AcceptanceRefusal.h"
#include "scans/AcceptanceRevocations.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString ScansRevokeCommand::summary() const {
    return QStringLiteral(
        "Revoke a risk acceptance before it expires (Security Engineer), signed and "
        "recorded");
}

void ScansRevokeCommand::configure(QCommandLineParser& p) const {
    p.addOption(
        {QStringLiteral("acceptance"),
         QStringLiteral("The acceptance's envelope SHA-256 (as `scans acceptances` lists it; 8 or "
                        "more leading hex digits do when they name one acceptance)."),
         QStringLiteral("SHA256")});
    p.addOption({QStringLiteral("reason"), QStringLiteral("Why the acceptance is withdrawn."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("operator"), QStringLiteral("Your operator id on the roster."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("key"), QStringLiteral("Your encrypted key file."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("passphrase-file"),
         QStringLiteral("Read the passphrase from the first line of FILE instead of asking."),
         QStringLiteral("FILE")});
    NowOption::add(p);
}

int ScansRevokeCommand::run(const QCommandLineParser& p, Context& ctx) const {
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(Error::badInput(QStringLiteral(
            "scans revoke: no positional argument; name the acceptance with --acceptance")));
    for (const char* required : {"acceptance", "reason", "operator", "key"})
        if (p.value(QLatin1String(required)).trimmed().isEmpty())
            return ctx.fail(Error::badInput(
                QStringLiteral("scans revoke: --%1 is required").arg(QLatin1String(required))));
    const auto clockOrError = NowOption::clock(p, ctx.workspace);
    if (!clockOrError)
        return ctx.fail(clockOrError.error());
    const Clock& clock = **clockOrError;
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    auto store = AuditCli::openWorkspaceStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    const AcceptanceStore::Loaded loaded = AcceptanceStore::load(*store.value(), ws->roster());
    auto acceptance =
        AcceptanceRevocations::find(loaded, p.value(QStringLiteral("acceptance")).trimmed());
    if (!acceptance)
        return ctx.fail(acceptance.error());

    RiskRevocation r;
    r.acceptanceDigest = acceptance->envelopeDigest;
    r.findingId = acceptance->findingId;
    r.package = acceptance->package;
    r.reason = p.value(QStringLiteral("reason")).trimmed();
    r.revokedBy = p.value(QStringLiteral("operator")).trimmed();
    r.revokedAt = clock.now();
    // A refusal is recorded (acceptance.refused), and says whether it could be.
    const auto refuse = [&](const Error& e, const QString& code) {
        return ctx.fail(
            AcceptanceRefusal::recordAndSay(*store.value(), AcceptanceRefusal::kindRevoke(),
                                            r.revokedBy, acceptance->bundle, r.findingId, code, e));
    };
    // Refuse before asking for a passphrase.
    if (auto s = AcceptanceRevocations::check(r, loaded, ws->roster(), clock); !s)
        return refuse(s.error(), QStringLiteral("acceptance.rules"));
    const QString keyFile = p.value(QStringLiteral("key"));
    auto passphrase = PassphrasePrompt::obtain(p.value(QStringLiteral("passphrase-file")),
                                               QStringLiteral("Passphrase for %1: ").arg(keyFile));
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto envelope = AcceptanceRevocations::unlockAndSign(r, keyFile, *passphrase,
                                                         ws->roster().find(r.revokedBy)->keyId);
    if (!envelope && AcceptanceRefusal::isKeyNotRoster(envelope.error()))
        return refuse(envelope.error(), QStringLiteral("sod.key_not_roster"));
    if (!envelope)
        return ctx.fail(envelope.error());
    auto made = AcceptanceRevocations::record(*store.value(), r, envelope.value(), ws->roster());
    if (!made)
        return ctx.fail(made.error());
    if (ctx.json) {
        QJsonObject o = made->revocation.toJson();
        o.insert(QStringLiteral("audit_seq"), made->auditSequence);
        o.insert(QStringLiteral("envelope_sha256"), made->envelopeDigest);
        ctx.printJson(o);
        return Ok;
    }
    ctx.out << QStringLiteral("Revoked: the acceptance of %1 in %2 by %3 (audit record %4), by %5.")
                   .arg(acceptance->findingId, acceptance->package, acceptance->acceptedBy)
                   .arg(acceptance->auditSequence)
                   .arg(r.revokedBy)
            << '\n'
            << QStringLiteral("  signed and recorded as audit record %1 (envelope sha256 %2)")
                   .arg(made->auditSequence)
                   .arg(made->envelopeDigest)
            << Qt::endl;
    return Ok;
}

}  // namespace countersign::cli
