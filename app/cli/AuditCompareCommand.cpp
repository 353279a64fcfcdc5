
#include "AuditCommands.h"
#include "audit/StoreComparison.h"

namespace countersign::cli {

namespace {
QString shortHash(const QByteArray& hash) {
    return hash.isEmpty() ? QStringLiteral("(no record)")
                          : QString::fromLatin1(hash.toHex().left(16));
}
}  // namespace

QString AuditCompareCommand::name() const {
    return QStringLiteral("audit compare");
}
QString AuditCompareCommand::summary() const {
    return QStringLiteral(
        "Compare two copies of a store: the first record where they diverge (exit 1)");
}

void AuditCompareCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(
        QStringLiteral("A"),
        QStringLiteral("One copy of the store (its .sqlite file), opened read-only."));
    p.addPositionalArgument(
        QStringLiteral("B"),
        QStringLiteral("The other copy, opened read-only. Nothing is created or "
                       "written; --store is not used."));
}

int AuditCompareCommand::run(const QCommandLineParser& p, Context& ctx) const {
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(
            Error::badInput(QStringLiteral("audit compare needs two store files (A B)")));
    auto c = StoreComparison::run(args.at(0), args.at(1));
    if (!c)
        return ctx.fail(c.error());
    const StoreComparison& r = c.value();
    if (ctx.json) {
        ctx.printJson(r.toJson());
    } else {
        if (r.a.origin != r.b.origin)
            ctx.out << QStringLiteral("note: the copies are of different logs (A: %1, B: %2)")
                           .arg(r.a.origin, r.b.origin)
                    << Qt::endl;
        switch (r.outcome) {
            case StoreComparison::Outcome::Identical:
                ctx.out
                    << QStringLiteral("identical: A and B hold the same %1 records").arg(r.a.size)
                    << Qt::endl;
                break;
            case StoreComparison::Outcome::Prefix: {
                const bool aShorter = r.aIsPrefix();
                ctx.out << QStringLiteral(
                               "prefix: %1 (%2 records) is a prefix of %3 (%4 records); the "
                               "first record only %3 holds is %5")
                               .arg(aShorter ? QStringLiteral("A") : QStringLiteral("B"))
                               .arg(aShorter ? r.a.size : r.b.size)
                               .arg(aShorter ? QStringLiteral("B") : QStringLiteral("A"))
                               .arg(aShorter ? r.b.size : r.a.size)
                               .arg(r.firstDifferentSeq)
                        << Qt::endl;
                break;
            }
            case StoreComparison::Outcome::Diverged:
                ctx.out << QStringLiteral(
                               "diverged: the first record that differs is %1, in %6 (A: %2 "
                               "records, record hash %3; B: %4 records, record hash %5)")
                               .arg(r.firstDifferentSeq)
                               .arg(r.a.size)
                               .arg(shortHash(r.a.hashAtDifference))
                               .arg(r.b.size)
                               .arg(shortHash(r.b.hashAtDifference))
                               .arg(r.difference)
                        << Qt::endl;
                break;
        }
    }
    return r.outcome == StoreComparison::Outcome::Diverged ? CheckFailed : Ok;
}

}  // namespace countersign::cli
