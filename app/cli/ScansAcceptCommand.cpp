#include "ScansAcceptCommand.h"

#include <QJsonObject>
#include <QTimeZone>

#include "AuditCli.h"
#include "NowOption.h"
#include "PassphrasePrompt.h"
#include "gates/SecurityGate.h"
#include "scans/AcceptanceRefusal.h"
#include "scans/AcceptanceStore.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString ScansAcceptCommand::summary() const {
    return QStringLiteral(
        "Accept the risk of one finding (Security Engineer), signed and recorded");
}

void ScansAcceptCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(
        QStringLiteral("MODEL@VERSION"),
        QStringLiteral("the bundle whose finding is accepted (for every version of the "
                       "model the range covers)"));
    p.addOption({QStringLiteral("id"),
                 QStringLiteral("The finding id (CVE-…, GHSA-…, or an alias)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("package"), QStringLiteral("The package the finding is in."),
                 QStringLiteral("PKG")});
    p.addOption(
        {QStringLiteral("versions"),
         QStringLiteral("The installed versions covered: \"=1.2.3\", \">=1.0 <1.4\", \"a || b\", "
                        "\"*\"."),
         QStringLiteral("RANGE")});
    p.addOption({QStringLiteral("justification"), QStringLiteral("Why the risk is accepted."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("expires"),
                 QStringLiteral(
                     "Last day it counts (YYYY-MM-DD, UTC; it expires at 00:00 UTC the day after) "
                     "or an ISO 8601 time."),
                 QStringLiteral("DATE")});
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

QDateTime ScansAcceptCommand::parseExpiry(const QString& text) {
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (day.isValid() && text.trimmed().size() == 10)
        return QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc()).toUTC();
    const QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

int ScansAcceptCommand::run(const QCommandLineParser& p, Context& ctx) const {
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(
            Error::badInput(QStringLiteral("scans accept: give exactly one MODEL@VERSION")));
    for (const char* required :
         {"id", "package", "versions", "justification", "expires", "operator", "key"})
        if (p.value(QLatin1String(required)).trimmed().isEmpty())
            return ctx.fail(Error::badInput(
                QStringLiteral("scans accept: --%1 is required").arg(QLatin1String(required))));
    const auto clockOrError = NowOption::clock(p, ctx.workspace);
    if (!clockOrError)
        return ctx.fail(clockOrError.error());
    const Clock& clock = **clockOrError;
    const QDateTime expires = parseExpiry(p.value(QStringLiteral("expires")));
    if (!expires.isValid())
        return ctx.fail(Error::badInput(
            QStringLiteral("--expires: \"%1\" is neither a date (YYYY-MM-DD) nor an ISO 8601 time")
                .arg(p.value(QStringLiteral("expires")))));
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    auto bundle = ws->findBundle(args.constFirst());
    if (!bundle)
        return ctx.fail(bundle.error());

    RiskAcceptance a;
    a.findingId = p.value(QStringLiteral("id")).trimmed();
    a.package = p.value(QStringLiteral("package")).trimmed();
    a.versionRange = p.value(QStringLiteral("versions")).trimmed();
    a.justification = p.value(QStringLiteral("justification")).trimmed();
    a.expires = expires;
    a.acceptedBy = p.value(QStringLiteral("operator")).trimmed();
    a.acceptedAt = clock.now();
    a.model = bundle->model;
    a.bundle = bundle->id();
    auto store = AuditCli::openWorkspaceStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    // A refusal is recorded (acceptance.refused), and says whether it could be.
    const auto refuse = [&](const Error& e, const QString& code) {
        return ctx.fail(
            AcceptanceRefusal::recordAndSay(*store.value(), AcceptanceRefusal::kindAccept(),
                                            a.acceptedBy, bundle->id(), a.findingId, code, e));
    };
    // Refuse before asking for a passphrase: the role, the fields, and the finding itself.
    if (auto s = AcceptanceStore::check(a, ws->roster(), clock); !s)
        return refuse(s.error(), QStringLiteral("acceptance.rules"));
    SecurityAssessment assessment;
    (void)SecurityGate::runBundle(*bundle, ws->controls(), clock, {}, &assessment);
    bool matches = false;
    for (const AssessedFinding& f : assessment.findings) matches = matches || a.covers(f.finding);
    if (!matches)
        return refuse(
            Error::badInput(
                QStringLiteral("%1 in %2 (versions %3) matches no finding of %4's scanner reports")
                    .arg(a.findingId, a.package, a.versionRange, bundle->id())),
            QStringLiteral("acceptance.no_finding"));
    const QString keyFile = p.value(QStringLiteral("key"));
    auto passphrase = PassphrasePrompt::obtain(p.value(QStringLiteral("passphrase-file")),
                                               QStringLiteral("Passphrase for %1: ").arg(keyFile));
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto envelope = AcceptanceStore::unlockAndSign(a, keyFile, *passphrase,
                                                   ws->roster().find(a.acceptedBy)->keyId);
    if (!envelope && AcceptanceRefusal::isKeyNotRoster(envelope.error()))
        return refuse(envelope.error(), QStringLiteral("sod.key_not_roster"));
    if (!envelope)
        return ctx.fail(envelope.error());
    auto made = AcceptanceStore::record(*store.value(), a, envelope.value(), ws->roster());
    if (!made)
        return ctx.fail(made.error());
    if (ctx.json) {
        QJsonObject o = made->acceptance.toJson();
        o.insert(QStringLiteral("audit_seq"), made->auditSequence);
        o.insert(QStringLiteral("envelope_sha256"), made->envelopeDigest);
        ctx.printJson(o);
        return Ok;
    }
    ctx.out << QStringLiteral("Accepted: %1 in %2 (versions %3) for %4, by %5, expires %6.")
                   .arg(a.findingId, a.package, a.versionRange, a.model, a.acceptedBy,
                        a.expires.toString(Qt::ISODate))
            << '\n'
            << QStringLiteral("  signed and recorded as audit record %1 (envelope sha256 %2)")
                   .arg(made->auditSequence)
                   .arg(made->envelopeDigest)
            << Qt::endl;
    return Ok;
}

}  // namespace countersign::cli
