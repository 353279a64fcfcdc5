#include "DemoInitCommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>

#include "demo/DemoWorkspace.h"
#include "release/ReleaseCalendar.h"
#include "workspace/Names.h"

namespace countersign::cli {

QString DemoInitCommand::summary() const {
    return QStringLiteral("Create the demo workspace in a new or empty folder");
}

void DemoInitCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(
        QStringLiteral("DIR"),
        QStringLiteral("The folder to create (must not exist, or be empty)."));
    parser.addOption(
        {QStringLiteral("seed"),
         QStringLiteral(
             "Seed of the generated data; the same seed gives identical files (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("scale"),
         QStringLiteral(
             "small (the demo, a few seconds) or bench (adds the large benchmark inputs: several "
             "GiB of "
             "artefacts, 10 million prediction rows, 1 million drift rows x 20 features)."),
         QStringLiteral("small|bench"), QStringLiteral("small")});
    parser.addOption(
        {QStringLiteral("at"),
         QStringLiteral(
             "Build the demo as if run at this instant (ISO 8601 with Z or an offset, such as "
             "2026-11-03T08:00:00Z), for tests and reproducible runs. Default: now. The current "
             "bundles fall in the change window open at that instant."),
         QStringLiteral("INSTANT")});
    parser.addOption(
        {QStringLiteral("bench-gib"),
         QStringLiteral("With --scale bench: GiB of benchmark model shards (default 4)."),
         QStringLiteral("N"), QStringLiteral("4")});
}

int DemoInitCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(
            Error::badInput(QStringLiteral("demo init needs exactly one folder (DIR)")));
    DemoOptions o;
    o.dir = QDir(args.front()).absolutePath();
    bool okSeed = false;
    o.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okSeed)
        return ctx.fail(
            Error::badInput(QStringLiteral("--seed needs a non-negative integer, found \"%1\"")
                                .arg(parser.value(QStringLiteral("seed")))));
    const QString scale = parser.value(QStringLiteral("scale"));
    if (scale == QLatin1String("bench"))
        o.scale = DemoOptions::Scale::Bench;
    else if (scale != QLatin1String("small"))
        return ctx.fail(Error::badInput(
            QStringLiteral("--scale must be small or bench, found \"%1\"").arg(scale)));
    bool okGib = false;
    const double gib = parser.value(QStringLiteral("bench-gib")).toDouble(&okGib);
    if (!okGib || !(gib > 0 && gib <= 1024))  // NaN fails both comparisons
        return ctx.fail(Error::badInput(
            QStringLiteral("--bench-gib needs a number of GiB between 0 and 1024")));
    o.benchArtefactBytes = static_cast<qint64>(gib * 1024 * 1024 * 1024);
    if (parser.isSet(QStringLiteral("at"))) {
        o.at = Names::parseUtc(parser.value(QStringLiteral("at")));
        if (!o.at.isValid())
            return ctx.fail(Error::badInput(
                QStringLiteral(
                    "--at needs an instant such as 2026-11-03T08:00:00Z (with Z or an offset), "
                    "found \"%1\"")
                    .arg(parser.value(QStringLiteral("at")))));
    } else {
        o.at = QDateTime::currentDateTimeUtc();
    }
    const CycleOpenAt open = DemoWorkspace::cycleOf(o);
    auto calendar = ReleaseCalendar::create(open.calendar, SystemClock::instance());
    if (!calendar)
        return ctx.fail(calendar.error());
    if (!ctx.json)
        o.progress = [&ctx](const QString& what) {
            ctx.err << QStringLiteral("  %1").arg(what) << Qt::endl;
        };

    QElapsedTimer timer;
    timer.start();
    if (auto s = DemoWorkspace::create(o); !s)
        return ctx.fail(s.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("workspace"), o.dir},
            {QStringLiteral("seed"), QString::number(static_cast<qulonglong>(o.seed))},
            {QStringLiteral("scale"), scale},
            {QStringLiteral("at"), o.at.toString(Qt::ISODate)},
            {QStringLiteral("retraining"), open.calendar.retraining},
            {QStringLiteral("window_opens"), open.cycle.windowStart.toString(Qt::ISODate)},
            {QStringLiteral("window_closes"), open.cycle.windowEnd.toString(Qt::ISODate)},
            {QStringLiteral("window_widened"), open.widened},
            {QStringLiteral("seconds"), seconds}});
    } else {
        ctx.out << QStringLiteral("Demo workspace written to %1 (seed %2, scale %3) in %4 s.")
                       .arg(o.dir)
                       .arg(static_cast<qulonglong>(o.seed))
                       .arg(scale)
                       .arg(seconds, 0, 'f', 1)
                << Qt::endl
                << QStringLiteral("Its change window (retraining \"%1\") is open from %2 to %3%4.")
                       .arg(
                           open.calendar.retraining, calendar->formatInZone(open.cycle.windowStart),
                           calendar->formatInZone(open.cycle.windowEnd),
                           open.widened
                               ? QStringLiteral(" (window_hours widened to %1 in controls.json: "
                                                "fewer than 6 hours of the day's window were left)")
                                     .arg(open.calendar.windowHours)
                               : QString())
                << Qt::endl
                << QStringLiteral(
                       "Demo operators' key passphrases are \"demo-<id>\" (DEMO ONLY); see "
                       "%1/README.md.")
                       .arg(o.dir)
                << Qt::endl;
    }
    return Ok;
}

}  // namespace countersign::cli
