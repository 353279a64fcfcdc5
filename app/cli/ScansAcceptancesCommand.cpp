#include "ScansAcceptancesCommand.h"

#include <QJsonArray>
#include <QJsonObject>

#include "BundleSecurityRun.h"
#include "NowOption.h"

namespace countersign::cli {

QString ScansAcceptancesCommand::summary() const {
    return QStringLiteral("List the risk acceptances recorded for a bundle's model");
}

void ScansAcceptancesCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("MODEL@VERSION"),
                            QStringLiteral("a bundle of the workspace"));
    NowOption::add(p);
}

int ScansAcceptancesCommand::run(const QCommandLineParser& p, Context& ctx) const {
    const auto r = BundleSecurityRun::run(
        p, ctx, QStringLiteral("scans acceptances: give exactly one MODEL@VERSION"),
        BundleSecurityRun::Acceptances::Ignored);
    if (!r)
        return ctx.fail(r.error());
    const Clock& clock = *r->clock;
    const Bundle& bundle = r->bundle;
    const AcceptanceStore::Loaded& loaded = r->acceptances;
    const SecurityAssessment& assessment = r->assessment;

    QJsonArray list;
    QStringList lines;
    for (const RiskAcceptance& a : loaded.acceptances) {
        if (!a.model.isEmpty() && a.model != bundle.model)
            continue;
        QStringList covers;
        for (const AssessedFinding& f : assessment.findings)
            if (a.covers(f.finding, bundle.model))
                covers << f.finding.id + QLatin1Char(' ') + f.finding.package + QLatin1Char(' ') +
                              f.finding.installed;
        const QString status = a.isRevoked(clock)   ? QStringLiteral("revoked")
                               : a.isExpired(clock) ? QStringLiteral("expired")
                                                    : QStringLiteral("active");
        QJsonObject o = a.toJson();
        o.insert(QStringLiteral("status"), status);
        o.insert(QStringLiteral("audit_seq"), a.auditSequence);
        o.insert(QStringLiteral("envelope_sha256"), a.envelopeDigest);
        if (a.revokedAt.isValid()) {
            o.insert(QStringLiteral("revoked_by"), a.revokedBy);
            o.insert(QStringLiteral("revoked_at"), a.revokedAt.toUTC().toString(Qt::ISODate));
            o.insert(QStringLiteral("revocation_reason"), a.revocationReason);
        }
        o.insert(QStringLiteral("covers"), QJsonArray::fromStringList(covers));
        list.append(o);
        lines << QStringLiteral(
                     "%1  %2 in %3 (%4)  by %5  expires %6  audit record %7\n    %8\n    %9")
                     .arg(status.toUpper(), -7)
                     .arg(a.findingId, a.package, a.versionRange, a.acceptedBy,
                          a.expires.toString(Qt::ISODate))
                     .arg(a.auditSequence)
                     .arg(a.justification,
                          covers.isEmpty()
                              ? QStringLiteral("covers no finding of %1").arg(bundle.id())
                              : QStringLiteral("covers in %1: %2")
                                    .arg(bundle.id(), covers.join(QStringLiteral(", "))));
        lines.last() +=
            QStringLiteral("\n    ") + QStringLiteral("envelope sha256 %1").arg(a.envelopeDigest);
        if (a.revokedAt.isValid())
            lines.last() += QStringLiteral("\n    ") +
                            QStringLiteral("revoked by %1 at %2: %3")
                                .arg(a.revokedBy, a.revokedAt.toUTC().toString(Qt::ISODate),
                                     a.revocationReason);
    }
    QJsonArray problems;
    for (const Error& e : loaded.problems) problems.append(e.toString());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("bundle"), bundle.id()},
                                  {QStringLiteral("acceptances"), list},
                                  {QStringLiteral("problems"), problems}});
    } else {
        if (lines.isEmpty())
            ctx.out << QStringLiteral("No risk acceptance recorded for %1.").arg(bundle.model)
                    << '\n';
        for (const QString& l : std::as_const(lines)) ctx.out << l << '\n';
        for (const Error& e : loaded.problems)
            ctx.out << QStringLiteral("NOT COUNTED: %1").arg(e.toString()) << '\n';
        ctx.out.flush();
    }
    return loaded.problems.isEmpty() ? Ok : CheckFailed;
}

}  // namespace countersign::cli
